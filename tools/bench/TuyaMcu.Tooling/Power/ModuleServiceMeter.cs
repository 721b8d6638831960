using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Power;

/// <summary>
/// Measures, in a simulation, how long the module had no cloud connection: from power-up or a
/// reset until it reports network status 4, and through every outage. The power model charges
/// that time at the module's idle current instead of PSM (<see cref="ActivityCounts.ModuleNoServiceTime"/>).
/// Runs as a part of the bench's loop, so it sees every change at the moment it happens.
/// </summary>
public sealed class ModuleServiceMeter
{
    private readonly ModuleSimulator _module;
    private readonly VirtualClock _clock;
    private long _lastMs;
    private long _noServiceMs;
    private bool _inService;

    /// <summary>Starts measuring now.</summary>
    public ModuleServiceMeter(SimulationLoop loop, ModuleSimulator module)
    {
        ArgumentNullException.ThrowIfNull(loop);
        _module = module ?? throw new ArgumentNullException(nameof(module));
        _clock = loop.Clock;
        _lastMs = _clock.UptimeMs;
        _inService = InService();
        loop.Add("module service meter", Poll, () => long.MaxValue);
    }

    /// <summary>Time without a cloud connection so far, ms.</summary>
    public long NoServiceMs
    {
        get
        {
            Poll();
            return _noServiceMs;
        }
    }

    private void Poll()
    {
        long now = _clock.UptimeMs;
        if (!_inService)
        {
            _noServiceMs += now - _lastMs;
        }

        _lastMs = now;
        _inService = InService();
    }

    private bool InService() => _module.NetworkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected && !_module.IsOffline;
}
