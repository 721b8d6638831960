using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>What the MCU tells the module about itself, and the timing of its start-up and time keeping.</summary>
    public sealed class DispatcherOptions
    {
        /// <summary>
        /// The product's PID on the Tuya IoT Platform (a module activates only with the PID of a
        /// product the user created there); null for the device profile's placeholder.
        /// </summary>
        public string ProductId;

        /// <summary>MCU firmware version, x.x.x.</summary>
        public string McuVersion = "1.0.0";

        /// <summary>psm, drx or edrx.</summary>
        public string PowerMode = ProductInfo.PowerModePsm;

        /// <summary>isp or tuya.</summary>
        public string Connection = ProductInfo.ConnectionIsp;

        /// <summary>Battery charge (percent) at or above which a firmware update may start; the spec suggests more than 50.</summary>
        public int BatteryThresholdPercent = 50;

        /// <summary>If the module has not asked for product information this long after start-up (the MCU restarted alone), probe it, ms.</summary>
        public int ProductQueryWaitMs = 5000;

        /// <summary>While no network status has arrived, ask for it this often, ms.</summary>
        public int NetworkPollMs = 30000;

        /// <summary>
        /// How long the module has to show it is working — ask for product information, or report
        /// a network status of 2 or more — after the MCU starts (or a deep-sleep wake needs it), after
        /// the reset command and after a reset pulse, before recovery takes the next step, ms. A
        /// module boots in seconds and asks at once; the spec gives it about 30 s to reach the cloud.
        /// </summary>
        public int ModuleActivationWaitMs = 30000;

        /// <summary>How long the module's reset line is held active, ms (modules ask for 100 ms or more; check the datasheet).</summary>
        public int ModuleResetPulseMs = 200;

        /// <summary>Time before the next recovery after one did not bring the module back, ms; doubles each time up to <see cref="RecoveryBackoffMaxMs"/>.</summary>
        public int RecoveryBackoffMs = 10 * 60 * 1000;

        /// <summary>Longest time between two recoveries, ms.</summary>
        public int RecoveryBackoffMaxMs = 6 * 60 * 60 * 1000;

        /// <summary>After the module asked for product information, how long it may take to reach the cloud before an uplink is put off, ms.</summary>
        public int NetworkJoinWaitMs = 60000;

        /// <summary>Retry interval of a failed time query while the cloud is connected; the spec asks for 3 s, ms.</summary>
        public int TimeRetryMs = 3000;

        /// <summary>Resynchronise the clock this often, ms.</summary>
        public long TimeResyncMs = 24L * 3600 * 1000;

        /// <summary>
        /// Start-up after a deep-sleep wake: the module has been up all along and the clock survived,
        /// so nothing is asked until the application needs the module
        /// (<see cref="CommandDispatcher.StartLink"/>), and then only the network status; time,
        /// identity and signal are not fetched again. A wake that only takes a datalog record never
        /// wakes the module. A product query from the module (it restarted) still runs the full start-up.
        /// </summary>
        public bool QuickStart;

        /// <summary>A copy.</summary>
        public DispatcherOptions Clone()
        {
            return (DispatcherOptions)MemberwiseClone();
        }

        /// <summary>The product information these options describe.</summary>
        public ProductInfo ToProductInfo()
        {
            return new ProductInfo(ProductId, McuVersion, PowerMode, Connection);
        }

        /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
        public void Validate()
        {
            string error = ToProductInfo().Validate();
            if (error != null)
            {
                throw new ArgumentException(error);
            }

            if (BatteryThresholdPercent < 0 || BatteryThresholdPercent > 100)
            {
                throw new ArgumentException("BatteryThresholdPercent must be 0..100");
            }

            if (ProductQueryWaitMs < 100 || NetworkPollMs < 1000 || TimeRetryMs < 1000 || TimeResyncMs < 60000)
            {
                throw new ArgumentException("start-up and time intervals are too short");
            }

            if (ModuleActivationWaitMs < 1000 || NetworkJoinWaitMs < 1000 || ModuleResetPulseMs < 1 || ModuleResetPulseMs > 10000
                || RecoveryBackoffMs < 1000 || RecoveryBackoffMaxMs < RecoveryBackoffMs)
            {
                throw new ArgumentException("module recovery timings: waits of at least 1 s, a reset pulse of 1..10000 ms, a back-off of at least 1 s and no more than its maximum");
            }
        }
    }
}
