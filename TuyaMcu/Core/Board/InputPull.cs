namespace TuyaMcu.Board
{
    /// <summary>
    /// What pulls an input up while the ESP32 runs. The board's wiring decides: hardware/wiring.md
    /// puts an external 100 kΩ pull-up on the contact, which also holds the level through boot and
    /// deep sleep, and leaves the internal one off, because it adds about 73 µA while the contact is
    /// closed.
    /// </summary>
    public enum InputPull
    {
        /// <summary>No internal resistor: the board's external pull-up sets the level.</summary>
        None = 0,

        /// <summary>The ESP32's internal pull-up (about 45 kΩ), for a board without an external one.</summary>
        InternalPullUp = 1,
    }
}
