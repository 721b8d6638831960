using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>The MCU's wall clock on the host: unknown until set (by the module's GMT time), then runs with <paramref name="clock"/>.</summary>
public sealed class ClockRtc(IClock clock) : IRealTimeClock
{
    private long _setAtUnix;
    private long _setAtUptime;

    /// <inheritdoc />
    public bool IsSet { get; private set; }

    /// <inheritdoc />
    public long UnixSeconds => IsSet ? _setAtUnix + (clock.UptimeMs - _setAtUptime) / 1000 : 0;

    /// <inheritdoc />
    public void Set(long unixSeconds)
    {
        _setAtUnix = unixSeconds;
        _setAtUptime = clock.UptimeMs;
        IsSet = true;
    }
}
