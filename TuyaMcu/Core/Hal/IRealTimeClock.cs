namespace TuyaMcu.Hal
{
    /// <summary>
    /// Wall-clock time (UTC). Unknown until it is set from the module's GMT time; on the ESP32
    /// it survives deep sleep, so a woken device still knows it.
    /// </summary>
    public interface IRealTimeClock
    {
        /// <summary>True once the time has been set (and is plausible).</summary>
        bool IsSet { get; }

        /// <summary>Seconds since 1970-01-01 UTC; meaningful only when <see cref="IsSet"/>.</summary>
        long UnixSeconds { get; }

        /// <summary>Sets the clock (on the device: <c>Rtc.SetSystemTime</c>).</summary>
        void Set(long unixSeconds);
    }
}
