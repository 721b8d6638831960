using TuyaMcu.Battery;
using TuyaMcu.Platform;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01-style dry-contact and pulse sensor as a device profile: Dragino's CPN01 on a Tuya
    /// NB-IoT module. Its options are the settings used when storage holds none and the size of its
    /// datalog.
    /// </summary>
    public sealed class Cpn01Profile : IDeviceProfile
    {
        /// <summary>The profile's name.</summary>
        public const string ProfileName = "cpn01";

        /// <summary>The role of the dry contact in the board's input table: a level input, active when closed, that wakes the chip.</summary>
        public const string ContactRole = "contact";

        /// <summary>The role of the meter's pulse counter in the board's input table (optional).</summary>
        public const string PulseRole = "pulse";

        /// <summary>The CPN01's factory console password.</summary>
        public const string DefaultPassword = "12345678";

        /// <summary>The product ID reported when none is configured: a placeholder; a real module activates only with the PID of the user's own product (hardware/bring-up.md).</summary>
        public const string PlaceholderProductId = "tuyamcucpn01";

        /// <summary>A CPN01 with its factory settings and a datalog of <see cref="Datalog.DefaultCapacity"/> records.</summary>
        public Cpn01Profile()
            : this(null, Datalog.DefaultCapacity)
        {
        }

        /// <summary>A CPN01 whose settings are <paramref name="defaults"/> (null: the factory settings) until others are saved, keeping <paramref name="datalogCapacity"/> records.</summary>
        public Cpn01Profile(Cpn01Settings defaults, int datalogCapacity)
        {
            Defaults = defaults;
            DatalogCapacity = datalogCapacity;
        }

        /// <summary>The settings used when storage holds none, or null for the factory settings.</summary>
        public Cpn01Settings Defaults { get; private set; }

        /// <summary>Datalog records kept.</summary>
        public int DatalogCapacity { get; private set; }

        /// <inheritdoc />
        public string Name
        {
            get { return ProfileName; }
        }

        /// <inheritdoc />
        public string ProductName
        {
            get { return "TuyaMcu CPN01-compatible contact/pulse sensor (Tuya NB-IoT)"; }
        }

        /// <inheritdoc />
        public string DefaultProductId
        {
            get { return PlaceholderProductId; }
        }

        /// <inheritdoc />
        public DeviceSettings CreateDeviceSettings()
        {
            return new DeviceSettings(DefaultPassword, 4, 16);
        }

        /// <inheritdoc />
        public BatteryCurve CreateBatteryCurve()
        {
            return BatteryCurve.LiSoCl2Er26500();
        }

        /// <inheritdoc />
        public IApplication CreateApplication(Device device)
        {
            return new Cpn01Application(device, Defaults, DatalogCapacity);
        }
    }
}
