namespace TuyaMcu.Board
{
    /// <summary>
    /// One row of a board's input table: which GPIO carries the input a device profile knows by
    /// <see cref="Role"/> (the CPN01's <c>contact</c> and <c>pulse</c>), the level it reads when active,
    /// its pull, and whether it wakes the chip from deep sleep. The board layer opens each row as a
    /// level input or a pulse counter and hands the firmware the result by role.
    /// </summary>
    public sealed class BoardInput
    {
        /// <summary>The name the device profile asks for (<c>contact</c>), as log and error messages show it.</summary>
        public string Role;

        /// <summary>The GPIO, or -1 when not wired.</summary>
        public int Pin = -1;

        /// <summary>A level input: the level it reads when active (a contact closed); false with the pull-up, where closing pulls the pin low.</summary>
        public bool ActiveLevel;

        /// <summary>
        /// A level input's internal pull: <see cref="InputPull.None"/> (the default, as
        /// hardware/wiring.md recommends: the external pull-up of <see cref="PullUpOhms"/> alone) or
        /// <see cref="InputPull.InternalPullUp"/> for a board without one. Only the external resistor is
        /// sure to hold the level through boot and deep sleep, so a battery board needs it.
        /// </summary>
        public InputPull Pull;

        /// <summary>
        /// The external pull-up resistor the board fits on this input, Ω; 0 when it has none (an input
        /// driven by its source, or one left to <see cref="Pull"/>). The firmware never reads it: it
        /// documents the board, and the power model charges 3.3 V / this value while the input is
        /// pulled low (a contact closed). hardware/wiring.md ("Choosing the contact's pull-up")
        /// recommends 470 kΩ.
        /// </summary>
        public int PullUpOhms;

        /// <summary>A level input that ends a deep sleep when it changes; it must be an RTC GPIO.</summary>
        public bool WakesChip;

        /// <summary>A level input: how long a new level must hold before it counts, ms; 0 for the device profile's default.</summary>
        public int HoldMs;

        /// <summary>
        /// Counted by the ESP32's pulse counter (PCNT) instead of read as a level. It has no pull
        /// setting: the ESP-IDF pulse counter driver turns the pin's internal pull-up on when it claims
        /// the pin, and nanoFramework's GpioPulseCounter offers no way to turn it off.
        /// </summary>
        public bool IsCounter;

        /// <summary>A level input on <paramref name="pin"/> for <paramref name="role"/>.</summary>
        public static BoardInput Level(string role, int pin, bool activeLevel, InputPull pull, bool wakesChip)
        {
            return new BoardInput { Role = role, Pin = pin, ActiveLevel = activeLevel, Pull = pull, WakesChip = wakesChip };
        }

        /// <summary>A level input on <paramref name="pin"/> for <paramref name="role"/> with an external pull-up of <paramref name="pullUpOhms"/>.</summary>
        public static BoardInput PulledUp(string role, int pin, int pullUpOhms, InputPull pull, bool wakesChip)
        {
            BoardInput input = Level(role, pin, false, pull, wakesChip);
            input.PullUpOhms = pullUpOhms;
            return input;
        }

        /// <summary>A pulse-counter input on <paramref name="pin"/> for <paramref name="role"/>.</summary>
        public static BoardInput Counter(string role, int pin)
        {
            return new BoardInput { Role = role, Pin = pin, IsCounter = true };
        }
    }
}
