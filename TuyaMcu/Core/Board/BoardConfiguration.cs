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

        /// <summary>
        /// The inputs, by the role the device profile knows them by (the CPN01 reads <c>contact</c>
        /// and <c>pulse</c>): pin, active level, pull, whether it wakes the chip, or a pulse counter.
        /// </summary>
        public BoardInput[] Inputs = new BoardInput[0];

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

        /// <summary>
        /// Smallest external pull-up an input may declare, Ω: below 1 kΩ a closed contact would draw
        /// more than 3.3 mA, which is a value written in kΩ by mistake rather than a design.
        /// </summary>
        public const int MinPullUpOhms = 1000;

        /// <summary>Largest external pull-up an input may declare, Ω: above 10 MΩ board leakage decides the level.</summary>
        public const int MaxPullUpOhms = 10000000;

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

            for (int i = 0; error == null && i < Inputs.Length; i++)
            {
                error = CheckInput(i);
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
                int channel = Adc1Channel(BatteryAdcPin);
                if (channel < 0)
                {
                    error = "battery pin GPIO" + BatteryAdcPin.ToString() + " is not an ADC1 pin (GPIO32-39)";
                }
                else if (BatteryAdcChannel != channel)
                {
                    error = "battery pin GPIO" + BatteryAdcPin.ToString() + " is ADC1 channel " + channel.ToString() + ", not " + BatteryAdcChannel.ToString();
                }
                else if (DividerRatioPermille < 1000 || DividerRatioPermille > 20000 || AdcFullScaleMv < 500 || AdcFullScaleMv > 4000)
                {
                    error = "battery divider ratio must be 1.000..20.000 and ADC full scale 500..4000 mV";
                }
            }

            return error == null ? FindConflict() : error;
        }

        /// <summary>The input for <paramref name="role"/>, or null when the board has none.</summary>
        public BoardInput Input(string role)
        {
            for (int i = 0; i < Inputs.Length; i++)
            {
                if (Inputs[i] != null && Inputs[i].Role == role)
                {
                    return Inputs[i];
                }
            }

            return null;
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

        private string CheckInput(int index)
        {
            BoardInput input = Inputs[index];
            if (input == null || input.Role == null || input.Role.Length == 0)
            {
                return "input " + index.ToString() + " has no role";
            }

            for (int i = 0; i < index; i++)
            {
                if (Inputs[i].Role == input.Role)
                {
                    return "two inputs have the role " + input.Role;
                }
            }

            if (input.Pin < 0)
            {
                return null;
            }

            string error = Require(input.Pin, input.Role, false);
            if (error == null && input.IsCounter && input.WakesChip)
            {
                error = input.Role + " is a pulse counter, which cannot wake the ESP32 from deep sleep";
            }

            if (error == null && input.WakesChip && !IsRtcGpio(input.Pin))
            {
                error = input.Role + " pin GPIO" + input.Pin.ToString() + " is not an RTC GPIO, so it cannot wake the ESP32 from deep sleep";
            }

            if (error == null && (input.HoldMs < 0 || input.HoldMs > 1000))
            {
                error = input.Role + " hold time must be 0..1000 ms, got " + input.HoldMs.ToString();
            }

            if (error == null && input.Pull != InputPull.None && input.Pull != InputPull.InternalPullUp)
            {
                error = input.Role + " pull must be None or InternalPullUp, got " + ((int)input.Pull).ToString();
            }

            if (error == null && input.PullUpOhms != 0 && (input.PullUpOhms < MinPullUpOhms || input.PullUpOhms > MaxPullUpOhms))
            {
                error = input.Role + " external pull-up must be 0 (none) or " + MinPullUpOhms.ToString() + ".." + MaxPullUpOhms.ToString() + " ohms, got " + input.PullUpOhms.ToString();
            }

            return error;
        }

        private string FindConflict()
        {
            // In the order messages name them: the UARTs, the inputs, then the outputs and the ADC.
            int n = Inputs.Length;
            int[] pins = new int[8 + n];
            string[] roles = new string[8 + n];
            pins[0] = ModuleRxPin;
            pins[1] = ModuleTxPin;
            pins[2] = ConsoleUart == null ? -1 : ConsoleRxPin;
            pins[3] = ConsoleUart == null ? -1 : ConsoleTxPin;
            roles[0] = "module RX";
            roles[1] = "module TX";
            roles[2] = "console RX";
            roles[3] = "console TX";
            for (int i = 0; i < n; i++)
            {
                pins[4 + i] = Inputs[i].Pin;
                roles[4 + i] = Inputs[i].Role;
            }

            pins[4 + n] = WakePin;
            pins[5 + n] = ModuleResetPin;
            pins[6 + n] = LedPin;
            pins[7 + n] = BatteryAdcPin;
            roles[4 + n] = "module wake";
            roles[5 + n] = "module reset";
            roles[6 + n] = "LED";
            roles[7 + n] = "battery";
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

            if (!IsEsp32Gpio(pin))
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

        // The pin tables are code, not arrays: nanoCLR keeps code in flash, a static array on the heap.

        // GPIO0..39 less the ones the ESP32 does not have (20, 24, 28..31) and the SPI flash's (6..11).
        private static bool IsEsp32Gpio(int pin)
        {
            return pin >= 0 && pin <= 39 && (pin < 6 || pin > 11) && pin != 20 && pin != 24 && (pin < 28 || pin > 31);
        }

        // The RTC GPIOs, the only ones that can wake the chip from deep sleep.
        private static bool IsRtcGpio(int pin)
        {
            switch (pin)
            {
                case 0:
                case 2:
                case 4:
                case 12:
                case 13:
                case 14:
                case 15:
                case 25:
                case 26:
                case 27:
                    return true;
                default:
                    return pin >= 32 && pin <= 39;
            }
        }

        // The ADC1 channel of a pin (GPIO32..39), or -1.
        private static int Adc1Channel(int pin)
        {
            switch (pin)
            {
                case 36: return 0;
                case 37: return 1;
                case 38: return 2;
                case 39: return 3;
                case 32: return 4;
                case 33: return 5;
                case 34: return 6;
                case 35: return 7;
                default: return -1;
            }
        }
    }
}
