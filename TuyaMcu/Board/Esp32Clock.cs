using System;
using nanoFramework.Runtime.Native;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>Uptime from the system tick (milliseconds since the CLR started).</summary>
    public sealed class Esp32Clock : IClock
    {
        /// <inheritdoc />
        public long UptimeMs
        {
            get { return Environment.TickCount64; }
        }
    }

    /// <summary>
    /// The ESP32's RTC, which keeps running through deep sleep (not through a power cut). A year
    /// before 2024 means it was never set since power-up.
    /// </summary>
    public sealed class Esp32Rtc : IRealTimeClock
    {
        private const int FirstPlausibleYear = 2024;

        /// <inheritdoc />
        public bool IsSet
        {
            get { return DateTime.UtcNow.Year >= FirstPlausibleYear; }
        }

        /// <inheritdoc />
        public long UnixSeconds
        {
            get { return (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond; }
        }

        /// <inheritdoc />
        public void Set(long unixSeconds)
        {
            Rtc.SetSystemTime(new DateTime(DateTime.UnixEpoch.Ticks + unixSeconds * TimeSpan.TicksPerSecond, DateTimeKind.Utc));
        }
    }
}
