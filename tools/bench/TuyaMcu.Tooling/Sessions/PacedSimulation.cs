using System.Diagnostics;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>Run, pause, step and speed of virtual time, as a front end offers them.</summary>
public interface ISimulationControls
{
    /// <summary>True while virtual time runs.</summary>
    bool Running { get; }

    /// <summary>Virtual ms per real ms.</summary>
    double Speed { get; set; }

    /// <summary>Lets virtual time run from now.</summary>
    void Run();

    /// <summary>Stops virtual time.</summary>
    void Pause();

    /// <summary>Advances virtual time by <paramref name="ms"/> at once (paused or not).</summary>
    void Step(long ms);
}

/// <summary>
/// A simulation (<see cref="SimulationLoop"/>) run against real time, in slices: while running,
/// virtual time follows real time times <see cref="Speed"/>; a run that cannot keep up does what
/// it can in a slice and drops the debt rather than racing to catch up. What the web bench's
/// <c>--sim</c> runs; <c>sim</c> itself runs as fast as it can (<see cref="SimulationLoop.RunUntil"/>).
/// </summary>
public sealed class PacedSimulation : ISimulationControls
{
    private readonly SimulationLoop _loop;
    private readonly Stopwatch _real = Stopwatch.StartNew();
    private long _realBaseMs;
    private long _virtualBaseMs;
    private double _speed;

    /// <summary>Paces <paramref name="loop"/> at <paramref name="speed"/>, running from the start or not.</summary>
    public PacedSimulation(SimulationLoop loop, double speed, bool running)
    {
        _loop = loop ?? throw new ArgumentNullException(nameof(loop));
        _speed = speed;
        Running = running;
    }

    /// <summary>Virtual time now, ms.</summary>
    public long NowMs => _loop.Clock.UptimeMs;

    /// <inheritdoc />
    public bool Running { get; private set; }

    /// <inheritdoc />
    public double Speed
    {
        get => _speed;
        set
        {
            Rebase();
            _speed = value;
        }
    }

    /// <summary>Runs virtual time up to where real time says (at most twice a slice's worth), then sleeps out the rest of <paramref name="maxRealMs"/>.</summary>
    public void RunSlice(int maxRealMs)
    {
        long started = _real.ElapsedMilliseconds;
        if (Running)
        {
            long target = _virtualBaseMs + (long)((started - _realBaseMs) * _speed);
            long most = NowMs + Math.Max(1, (long)(maxRealMs * 2 * _speed));
            if (target > most)
            {
                target = most;
                _virtualBaseMs = most;
                _realBaseMs = started;
            }

            if (target > NowMs)
            {
                _loop.RunUntil(target);
            }
        }

        int rest = maxRealMs - (int)(_real.ElapsedMilliseconds - started);
        if (rest > 0)
        {
            Thread.Sleep(rest);
        }
    }

    /// <inheritdoc />
    public void Run()
    {
        Rebase();
        Running = true;
    }

    /// <inheritdoc />
    public void Pause() => Running = false;

    /// <inheritdoc />
    public void Step(long ms)
    {
        _loop.RunFor(ms);
        Rebase();
    }

    private void Rebase()
    {
        _realBaseMs = _real.ElapsedMilliseconds;
        _virtualBaseMs = NowMs;
    }
}
