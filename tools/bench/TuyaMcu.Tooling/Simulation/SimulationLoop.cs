namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// Runs poll-driven parts in virtual time. Each step polls every part at the current moment,
/// then jumps to the earliest moment any of them (or a byte on the wire) next has work,
/// so idle hours pass in one step and a simulated week takes seconds.
/// </summary>
public sealed class SimulationLoop(VirtualClock clock)
{
    private readonly List<(string Name, Action Poll, Func<long> NextDue)> _parts = [];
    private readonly List<SimulatedChannel> _channels = [];
    private readonly PriorityQueue<Action, (long At, long Seq)> _events = new();
    private long _seq;

    /// <summary>The clock being driven.</summary>
    public VirtualClock Clock => clock;

    /// <summary>Steps taken so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Adds a part; parts are polled in the order added.</summary>
    public SimulationLoop Add(string name, Action poll, Func<long> nextDue)
    {
        _parts.Add((name, poll, nextDue));
        return this;
    }

    /// <summary>Adds a wire whose arriving bytes wake the loop.</summary>
    public SimulationLoop Watch(SimulatedChannel channel)
    {
        _channels.Add(channel);
        return this;
    }

    /// <summary>Runs <paramref name="action"/> at <paramref name="atMs"/> (a scripted event).</summary>
    public void At(long atMs, Action action) => _events.Enqueue(action, (atMs, _seq++));

    /// <summary>Runs until <paramref name="endMs"/> (inclusive).</summary>
    public void RunUntil(long endMs)
    {
        while (true)
        {
            long now = clock.UptimeMs;
            while (_events.TryPeek(out Action? action, out var key) && key.At <= now)
            {
                _events.Dequeue();
                action();
            }

            foreach (var part in _parts)
            {
                part.Poll();
            }

            Steps++;
            if (now >= endMs)
            {
                return;
            }

            long next = endMs;
            foreach (var part in _parts)
            {
                next = Math.Min(next, part.NextDue());
            }

            foreach (SimulatedChannel channel in _channels)
            {
                next = Math.Min(next, channel.NextArrivalMs);
            }

            if (_events.TryPeek(out _, out var due))
            {
                next = Math.Min(next, due.At);
            }

            clock.AdvanceTo(Math.Max(now + 1, next));
        }
    }

    /// <summary>Runs for <paramref name="durationMs"/> more.</summary>
    public void RunFor(long durationMs) => RunUntil(clock.UptimeMs + durationMs);
}
