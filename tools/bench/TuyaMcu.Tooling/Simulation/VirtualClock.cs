using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// Simulated time: milliseconds since the simulation started, moved forward only by the
/// simulation loop. It is the MCU's <see cref="IClock"/>, and knows the world's true UTC time
/// (the module's time source) from the epoch the simulation starts at.
/// </summary>
public sealed class VirtualClock(long startUnixSeconds = 1_767_225_600) : ISimulationClock
{
    /// <summary>Milliseconds since the simulation started.</summary>
    public long UptimeMs { get; private set; }

    /// <summary>UTC seconds at the start of the simulation (default 2026-01-01T00:00:00Z).</summary>
    public long StartUnixSeconds { get; } = startUnixSeconds;

    /// <summary>The world's true UTC time now, in seconds.</summary>
    public long TrueUnixSeconds => StartUnixSeconds + UptimeMs / 1000;

    /// <summary>Moves time to <paramref name="ms"/>; never backwards.</summary>
    public void AdvanceTo(long ms)
    {
        if (ms < UptimeMs)
        {
            throw new InvalidOperationException($"time cannot go back from {UptimeMs} to {ms}");
        }

        UptimeMs = ms;
    }

    /// <summary>Moves time forward by <paramref name="ms"/>.</summary>
    public void Advance(long ms) => AdvanceTo(UptimeMs + ms);
}
