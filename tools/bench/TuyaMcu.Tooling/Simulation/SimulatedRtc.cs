using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>The MCU's wall clock off the board: unknown until set (by the module's time), then runs with <paramref name="clock"/>, virtual or real.</summary>
public sealed class SimulatedRtc(IClock clock) : IRealTimeClock
{
    private long _setAtUnix;
    private long _setAtUptime;

    /// <inheritdoc />
    public bool IsSet { get; private set; }

    /// <inheritdoc />
    public long UnixSeconds => IsSet ? _setAtUnix + (clock.UptimeMs - _setAtUptime) / 1000 : 0;

    /// <summary>How many times it was set.</summary>
    public int SetCount { get; private set; }

    /// <inheritdoc />
    public void Set(long unixSeconds)
    {
        _setAtUnix = unixSeconds;
        _setAtUptime = clock.UptimeMs;
        IsSet = true;
        SetCount++;
    }

    /// <summary>Forgets the time, as a board without a backed-up RTC does on power loss.</summary>
    public void Clear() => IsSet = false;
}
