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
        /// Battery mode: how long after the wake's first uplink began the MCU stays awake, ms. The
        /// cloud sends the DP commands it holds for the device once the uplink reaches it, and the
        /// module passes them on in the seconds after, so the MCU waits for them (the records sent
        /// meanwhile count towards it).
        /// </summary>
        public int IdleBeforeSleepMs = 10000;

        /// <summary>Battery mode: how long the line must have been quiet before sleeping, ms (the whole wait of a wake that made no uplink: the cloud was out of reach).</summary>
        public int SettleBeforeSleepMs = 1000;

        /// <summary>Battery mode: sleep only if the next timer is at least this far away, ms (a wake costs a boot).</summary>
        public int MinSleepMs = 30000;

        /// <summary>Time between battery measurements, ms.</summary>
        public long BatteryIntervalMs = 60L * 60 * 1000;

    }
}
