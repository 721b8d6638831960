namespace TuyaMcu.Board
{
    /// <summary>The supported boards' configurations. <c>hardware/</c> documents each pin.</summary>
    public static class Boards
    {
        /// <summary>
        /// The contact's external pull-up hardware/wiring.md recommends (R1), Ω: 7 µA while the contact
        /// is closed, with a 10 nF filter capacitor well inside the 50 ms debounce.
        /// </summary>
        public const int ContactPullUpOhms = 470000;

        /// <summary>
        /// Espressif ESP32-DevKitC (ESP32-WROOM-32): module on COM2 (GPIO16/17, UART2's usual
        /// pins), AT console on COM3 (GPIO26/25), contact on GPIO33 (RTC GPIO, wakes from deep
        /// sleep; its 470 kΩ external pull-up alone, the internal one off: hardware/wiring.md,
        /// "Choosing the contact's pull-up"), pulse meter on GPIO32,
        /// module PSM wake on GPIO18 and reset on GPIO19 (through an NPN transistor, so high resets),
        /// LED on GPIO2, battery divider on GPIO34 (ADC1 channel 6). A DevKitC without the external
        /// pull-up (a bare board on the bench) needs <c>Input("contact").Pull = InputPull.InternalPullUp</c>.
        /// </summary>
        public static BoardConfiguration Esp32DevKitC()
        {
            BoardConfiguration board = new BoardConfiguration();
            board.Name = "ESP32-DevKitC";
            board.ModuleUart = "COM2";
            board.ModuleRxPin = 16;
            board.ModuleTxPin = 17;
            board.ModuleBaudRate = 9600;
            board.ConsoleUart = "COM3";
            board.ConsoleRxPin = 26;
            board.ConsoleTxPin = 25;
            board.ConsoleBaudRate = 9600;

            // The CPN01's inputs: the contact closes to ground against its pull-up and wakes the chip;
            // the meter's pulses are counted by the PCNT.
            board.Inputs = new BoardInput[]
            {
                BoardInput.PulledUp("contact", 33, ContactPullUpOhms, InputPull.None, true),
                BoardInput.Counter("pulse", 32),
            };
            board.WakePin = 18;
            board.ModuleResetPin = 19;
            board.ModuleResetActiveLevel = true;
            board.LedPin = 2;
            board.LedOnLevel = true;
            board.BatteryAdcPin = 34;
            board.BatteryAdcChannel = 6;
            board.DividerRatioPermille = 2000;
            board.AdcFullScaleMv = 3100;
            return board;
        }

        /// <summary>
        /// The ESP32-DevKitC wired as a POM01-N-style power-outage monitor: as <see cref="Esp32DevKitC"/>,
        /// but the AC-detect module's DATA1 (power_outage) on GPIO33 and DATA2 (low_voltage) on GPIO32,
        /// both high for 1 as the manual wires them, held 100 ms and waking the chip; the ACT button on
        /// GPIO0 (the DevKitC's BOOT button, low when pressed, waking the chip). The LED is GPIO2's.
        /// </summary>
        public static BoardConfiguration Esp32DevKitCPom01n()
        {
            BoardConfiguration board = Esp32DevKitC();
            board.Name = "ESP32-DevKitC (POM01-N)";
            board.Inputs = new BoardInput[]
            {
                BoardInput.Level("power_outage", 33, true, InputPull.None, true),
                BoardInput.Level("low_voltage", 32, true, InputPull.None, true),
                BoardInput.Level("act_button", 0, false, InputPull.None, true),
            };
            board.Inputs[0].HoldMs = 100;
            board.Inputs[1].HoldMs = 100;
            return board;
        }
    }
}
