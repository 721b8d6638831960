using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Sensor;

namespace TuyaMcu.Device
{
    /// <summary>How the firmware is put together: link timing, product information, datalog size.</summary>
    public sealed class DeviceOptions
    {
        /// <summary>Link timing.</summary>
        public LinkOptions Link = new LinkOptions();

        /// <summary>Product information and start-up timing.</summary>
        public DispatcherOptions Dispatcher = new DispatcherOptions();

        /// <summary>Time between battery measurements, ms.</summary>
        public long BatteryIntervalMs = 60L * 60 * 1000;

        /// <summary>Datalog records kept.</summary>
        public int DatalogCapacity = Datalog.DefaultCapacity;
    }
}
