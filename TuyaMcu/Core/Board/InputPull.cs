namespace TuyaMcu.Board
{
    /// <summary>
    /// What pulls an input up while the ESP32 runs. The board's wiring decides: hardware/wiring.md
    /// puts an external 470 kΩ pull-up on the contact (<see cref="BoardInput.PullUpOhms"/>), which also
    /// holds the level through boot and deep sleep, and leaves the internal one off, because it adds
    /// about 73 µA while the contact is closed (3.3 V across its nominal 45 kΩ).
    /// </summary>
    public enum InputPull
    {
        /// <summary>No internal resistor: the board's external pull-up sets the level.</summary>
        None = 0,

        /// <summary>The ESP32's internal pull-up (45 kΩ typical, ESP32 datasheet, DC characteristics), for a board without an external one.</summary>
        InternalPullUp = 1,
    }
}
