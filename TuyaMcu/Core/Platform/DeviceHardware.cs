using TuyaMcu.Hal;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// Everything the firmware touches outside itself, as interfaces: ESP32 bindings on the device,
    /// simulated parts in host tests and the simulator, a serial port for the bench tool's <c>mcu</c>.
    /// Optional parts are null when not fitted.
    /// </summary>
    public sealed class DeviceHardware
    {
        /// <summary>The UART to the module.</summary>
        public IByteTransport ModuleTransport;

        /// <summary>Monotonic time.</summary>
        public IClock Clock;

        /// <summary>Wall clock.</summary>
        public IRealTimeClock Rtc;

        /// <summary>The inputs a device profile reads, by role (the board's input table, opened).</summary>
        public HardwareInput[] Inputs;

        /// <summary>
        /// Battery level, when something else measures it; null to let the firmware measure it on
        /// <see cref="BatteryAdc"/> (or report external power when that is null too).
        /// </summary>
        public IBatteryLevel Battery;

        /// <summary>The battery divider's ADC channel, or null (external power).</summary>
        public IAnalogInput BatteryAdc;

        /// <summary>ADC full-scale voltage, mV.</summary>
        public int BatteryFullScaleMv = 3100;

        /// <summary>Battery voltage over ADC pin voltage, × 1000.</summary>
        public int BatteryDividerPermille = 2000;

        /// <summary>Calibration offset, mV.</summary>
        public int BatteryOffsetMv;

        /// <summary>Status LED, or null.</summary>
        public IDigitalOutput Led;

        /// <summary>Level that lights the LED.</summary>
        public bool LedOnLevel = true;

        /// <summary>The module's PSM wake input, or null.</summary>
        public IDigitalOutput WakePin;

        /// <summary>The module's reset line, or null when not wired (then only the reset command can restart it).</summary>
        public IDigitalOutput ModuleReset;

        /// <summary>Level that holds the module in reset (high on the DevKitC wiring: GPIO19 drives an NPN that pulls RESET low).</summary>
        public bool ModuleResetActiveLevel;

        /// <summary>Restart and sleep.</summary>
        public ISystemControl System;

        /// <summary>Non-volatile storage for configuration, counters and datalog, or null to keep nothing.</summary>
        public IStorage Storage;

        /// <summary>Where to log, or null.</summary>
        public ILog Log;

        /// <summary>The input for <paramref name="role"/>, or null when the hardware has none.</summary>
        public HardwareInput Input(string role)
        {
            if (Inputs == null)
            {
                return null;
            }

            for (int i = 0; i < Inputs.Length; i++)
            {
                if (Inputs[i] != null && Inputs[i].Role == role)
                {
                    return Inputs[i];
                }
            }

            return null;
        }
    }
}
