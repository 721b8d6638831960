using System;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Everything board-specific: which GPIO does what, which UARTs, the battery divider and the
    /// active levels. One instance per supported board (see <see cref="Boards"/>). <see cref="Validate"/>
    /// refuses a wrong or conflicting assignment at start-up with a message naming the pin.
    /// A pin of -1 means "not wired".
    /// </summary>
    public sealed class BoardConfiguration
    {
        /// <summary>Board name, for logs.</summary>
        public string Name = "custom";

        /// <summary>UART to the module (nanoFramework port name; COM1 is the debugger's).</summary>
        public string ModuleUart = "COM2";

        /// <summary>ESP32 pin receiving from the module's TX.</summary>
        public int ModuleRxPin = -1;

        /// <summary>ESP32 pin sending to the module's RX.</summary>
        public int ModuleTxPin = -1;

        /// <summary>Module line speed: 9600 (Tuya's default) or 115200.</summary>
        public int ModuleBaudRate = 9600;

        /// <summary>UART of the AT console, or null for none.</summary>
        public string ConsoleUart = "COM3";

        /// <summary>AT console receive pin.</summary>
        public int ConsoleRxPin = -1;

        /// <summary>AT console transmit pin.</summary>
        public int ConsoleTxPin = -1;

        /// <summary>AT console speed (the CPN01's console runs at 9600).</summary>
        public int ConsoleBaudRate = 9600;

        /// <summary>Dry-contact input; must be an RTC GPIO to wake the ESP32 from deep sleep.</summary>
        public int ContactPin = -1;

        /// <summary>Level the contact pin reads when the contact is closed (false: closed pulls it low, with the pull-up).</summary>
        public bool ContactClosedLevel;

        /// <summary>
        /// The contact pin's internal pull: <see cref="InputPull.None"/> (the default, as
        /// hardware/wiring.md recommends: the external 100 kΩ pull-up alone) or
        /// <see cref="InputPull.InternalPullUp"/> for a board without one. Only the external resistor
        /// is sure to hold the level through boot and deep sleep, so a battery board needs it.
        /// </summary>
        public InputPull ContactPull;

        /// <summary>
        /// Pulse input for meters (counted by the ESP32's PCNT). It has no pull setting: the ESP-IDF
        /// pulse counter driver turns the pin's internal pull-up on when it claims the pin, and
        /// nanoFramework's GpioPulseCounter offers no way to turn it off.
        /// </summary>
        public int PulsePin = -1;

        /// <summary>Module PSM wake input driver (the module wakes on a low pulse).</summary>
        public int WakePin = -1;

        /// <summary>Module reset driver.</summary>
        public int ModuleResetPin = -1;

        /// <summary>Level that resets the module (the module's RESET is active low; a transistor inverts).</summary>
        public bool ModuleResetActiveLevel;

        /// <summary>Status LED.</summary>
        public int LedPin = -1;

        /// <summary>Level that lights the LED.</summary>
        public bool LedOnLevel = true;

        /// <summary>Battery divider tap (an ADC1 pin: ADC2 is unusable while the radio or sleep stubs run).</summary>
        public int BatteryAdcPin = -1;

        /// <summary>ADC1 channel of <see cref="BatteryAdcPin"/>.</summary>
        public int BatteryAdcChannel = -1;

        /// <summary>Battery voltage / ADC pin voltage, × 1000 (2000 for two equal resistors).</summary>
        public int DividerRatioPermille = 2000;

        /// <summary>ADC full-scale voltage in mV at the configured attenuation (11 dB: about 3100).</summary>
        public int AdcFullScaleMv = 3100;

        /// <summary>Calibration: mV added after scaling (measure once with a meter).</summary>
        public int BatteryOffsetMv;

        private static readonly int[] Esp32Gpios = new int[] { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
        private static readonly int[] RtcGpios = new int[] { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
        private static readonly int[] Adc1Pins = new int[] { 36, 37, 38, 39, 32, 33, 34, 35 };
        private static readonly int[] Adc1Channels = new int[] { 0, 1, 2, 3, 4, 5, 6, 7 };

        /// <summary>Null when the assignment is usable, else a message naming the first problem.</summary>
        public string Validate()
        {
            string error = Require(ModuleRxPin, "module RX", false);
            if (error == null)
            {
                error = Require(ModuleTxPin, "module TX", true);
            }

            if (error == null && ModuleBaudRate != 9600 && ModuleBaudRate != 115200)
            {
                error = "module baud rate must be 9600 or 115200, got " + ModuleBaudRate.ToString();
            }

            if (error == null && !IsFreeUart(ModuleUart))
            {
                error = "module UART must be COM2 or COM3 (COM1 carries the nanoFramework debugger), got " + Describe(ModuleUart);
            }

            if (error == null && ConsoleUart != null)
            {
                if (!IsFreeUart(ConsoleUart))
                {
                    error = "console UART must be COM2 or COM3 (COM1 carries the nanoFramework debugger), got " + ConsoleUart;
                }
                else if (ConsoleUart == ModuleUart)
                {
                    error = "the AT console needs its own UART, not the module's " + ConsoleUart;
                }
                else
                {
                    error = Require(ConsoleRxPin, "console RX", false);
                    if (error == null)
                    {
                        error = Require(ConsoleTxPin, "console TX", true);
                    }
                }
            }

            if (error == null)
            {
                error = Require(ContactPin, "contact", false);
            }

            if (error == null && !Contains(RtcGpios, ContactPin))
            {
                error = "contact pin GPIO" + ContactPin.ToString() + " is not an RTC GPIO, so it cannot wake the ESP32 from deep sleep";
            }

            if (error == null && ContactPull != InputPull.None && ContactPull != InputPull.InternalPullUp)
            {
                error = "contact pull must be None or InternalPullUp, got " + ((int)ContactPull).ToString();
            }

            if (error == null)
            {
                error = Optional(PulsePin, "pulse", false);
            }

            if (error == null)
            {
                error = Optional(WakePin, "module wake", true);
            }

            if (error == null)
            {
                error = Optional(ModuleResetPin, "module reset", true);
            }

            if (error == null)
            {
                error = Optional(LedPin, "LED", true);
            }

            if (error == null && BatteryAdcPin >= 0)
            {
                int index = IndexOf(Adc1Pins, BatteryAdcPin);
                if (index < 0)
                {
                    error = "battery pin GPIO" + BatteryAdcPin.ToString() + " is not an ADC1 pin (GPIO32-39)";
                }
                else if (BatteryAdcChannel != Adc1Channels[index])
                {
                    error = "battery pin GPIO" + BatteryAdcPin.ToString() + " is ADC1 channel " + Adc1Channels[index].ToString() + ", not " + BatteryAdcChannel.ToString();
                }
                else if (DividerRatioPermille < 1000 || DividerRatioPermille > 20000 || AdcFullScaleMv < 500 || AdcFullScaleMv > 4000)
                {
                    error = "battery divider ratio must be 1.000..20.000 and ADC full scale 500..4000 mV";
                }
            }

            return error == null ? FindConflict() : error;
        }

        /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Validate"/>'s message.</summary>
        public void EnsureValid()
        {
            string error = Validate();
            if (error != null)
            {
                throw new ArgumentException("board '" + Name + "': " + error);
            }
        }

        private string FindConflict()
        {
            int[] pins = new int[] { ModuleRxPin, ModuleTxPin, ConsoleUart == null ? -1 : ConsoleRxPin, ConsoleUart == null ? -1 : ConsoleTxPin, ContactPin, PulsePin, WakePin, ModuleResetPin, LedPin, BatteryAdcPin };
            string[] roles = new string[] { "module RX", "module TX", "console RX", "console TX", "contact", "pulse", "module wake", "module reset", "LED", "battery" };
            for (int i = 0; i < pins.Length; i++)
            {
                for (int j = i + 1; j < pins.Length; j++)
                {
                    if (pins[i] >= 0 && pins[i] == pins[j])
                    {
                        return "GPIO" + pins[i].ToString() + " is assigned twice: " + roles[i] + " and " + roles[j];
                    }
                }
            }

            return null;
        }

        private static string Optional(int pin, string role, bool output)
        {
            return pin < 0 ? null : Require(pin, role, output);
        }

        private static string Require(int pin, string role, bool output)
        {
            if (pin < 0)
            {
                return role + " pin is not assigned";
            }

            if (pin >= 6 && pin <= 11)
            {
                return role + " pin GPIO" + pin.ToString() + " is wired to the SPI flash";
            }

            if (!Contains(Esp32Gpios, pin))
            {
                return role + " pin GPIO" + pin.ToString() + " does not exist on the ESP32";
            }

            if (output && pin >= 34)
            {
                return role + " pin GPIO" + pin.ToString() + " is input-only and cannot drive an output";
            }

            if (pin == 1 || pin == 3)
            {
                return role + " pin GPIO" + pin.ToString() + " belongs to COM1, the debugger's UART";
            }

            return null;
        }

        /// <summary>The UARTs the firmware can route to any pins (COM1 is the debugger's).</summary>
        private static bool IsFreeUart(string port)
        {
            return port == "COM2" || port == "COM3";
        }

        private static string Describe(string port)
        {
            return port == null ? "none" : port;
        }

        private static bool Contains(int[] values, int value)
        {
            return IndexOf(values, value) >= 0;
        }

        private static int IndexOf(int[] values, int value)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
