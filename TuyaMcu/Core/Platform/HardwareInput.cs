using TuyaMcu.Hal;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// One input of the hardware as the firmware sees it: a level input or a pulse counter, under the
    /// role a device profile asks for (<see cref="DeviceHardware.Input"/>). The board layer builds one
    /// per row of its input table; host tests and the simulator build them over simulated parts.
    /// </summary>
    public sealed class HardwareInput
    {
        /// <summary>The role the profile asks for (<c>contact</c>, <c>pulse</c>).</summary>
        public string Role;

        /// <summary>The level input, or null for a pulse counter.</summary>
        public IDigitalInput Level;

        /// <summary>The pulse counter, or null for a level input.</summary>
        public IPulseCounter Counter;

        /// <summary>The level <see cref="Level"/> reads when the input is active (a contact closed).</summary>
        public bool ActiveLevel;

        /// <summary>True when a change of <see cref="Level"/> ends a deep sleep.</summary>
        public bool WakesChip;

        /// <summary>How long a new level must hold before it counts, ms; 0 for the profile's default.</summary>
        public int HoldMs;

        /// <summary>A level input for <paramref name="role"/>.</summary>
        public static HardwareInput ForLevel(string role, IDigitalInput level, bool activeLevel, bool wakesChip)
        {
            return new HardwareInput { Role = role, Level = level, ActiveLevel = activeLevel, WakesChip = wakesChip };
        }

        /// <summary>A pulse counter for <paramref name="role"/>.</summary>
        public static HardwareInput ForCounter(string role, IPulseCounter counter)
        {
            return new HardwareInput { Role = role, Counter = counter };
        }
    }
}
