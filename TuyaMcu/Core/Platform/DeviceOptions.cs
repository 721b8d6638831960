using TuyaMcu.Dispatch;
using TuyaMcu.Link;

namespace TuyaMcu.Platform
{
    /// <summary>How the platform is put together, whatever the profile: link timing, product information, power.</summary>
    public sealed class DeviceOptions
    {
        /// <summary>Link timing.</summary>
        public LinkOptions Link = new LinkOptions();

        /// <summary>Product information and start-up timing.</summary>
        public DispatcherOptions Dispatcher = new DispatcherOptions();

        /// <summary>Always-on or battery (deep sleep between events).</summary>
        public PowerMode PowerMode = PowerMode.AlwaysOn;

        /// <summary>
        /// Battery mode: how long the line must have been quiet before sleeping, ms. The module
        /// delivers DP commands from the cloud in the seconds after an uplink, so the MCU waits
        /// for them.
        /// </summary>
        public int IdleBeforeSleepMs = 10000;

        /// <summary>Battery mode: after a wake that made no uplink (the cloud was out of reach), how long the line must have been quiet before sleeping, ms.</summary>
        public int SettleBeforeSleepMs = 1000;

        /// <summary>Battery mode: sleep only if the next timer is at least this far away, ms (a wake costs a boot).</summary>
        public int MinSleepMs = 30000;

        /// <summary>Time between battery measurements, ms.</summary>
        public long BatteryIntervalMs = 60L * 60 * 1000;

    }
}
