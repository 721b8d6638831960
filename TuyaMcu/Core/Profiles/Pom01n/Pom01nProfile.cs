using TuyaMcu.Battery;
using TuyaMcu.Platform;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N-style power-outage monitor as a device profile: Dragino's POM01-N on a Tuya
    /// NB-IoT module, with a rechargeable Li-ion backup battery. Its options are the settings used
    /// when storage holds none and the size of its log.
    /// </summary>
    public sealed class Pom01nProfile : IDeviceProfile
    {
        /// <summary>The profile's name.</summary>
        public const string ProfileName = "pom01n";

        /// <summary>The POM01-N's factory console password (the manual's six characters).</summary>
        public const string DefaultPassword = "123456";

        /// <summary>The product ID reported when none is configured: a placeholder; a real module activates only with the PID of the user's own product.</summary>
        public const string PlaceholderProductId = "tuyamcupom01n";

        /// <summary>A POM01-N with its factory settings and a log of <see cref="Pom01nLog.DefaultCapacity"/> entries.</summary>
        public Pom01nProfile()
            : this(null, Pom01nLog.DefaultCapacity)
        {
        }

        /// <summary>A POM01-N whose settings are <paramref name="defaults"/> (null: the factory settings) until others are saved, keeping <paramref name="logCapacity"/> log entries.</summary>
        public Pom01nProfile(Pom01nSettings defaults, int logCapacity)
        {
            Defaults = defaults;
            LogCapacity = logCapacity;
        }

        /// <summary>The settings used when storage holds none, or null for the factory settings.</summary>
        public Pom01nSettings Defaults { get; private set; }

        /// <summary>Log entries kept.</summary>
        public int LogCapacity { get; private set; }

        /// <inheritdoc />
        public string Name
        {
            get { return ProfileName; }
        }

        /// <inheritdoc />
        public string ProductName
        {
            get { return "TuyaMcu POM01-N-compatible power-outage monitor (Tuya NB-IoT)"; }
        }

        /// <inheritdoc />
        public string DefaultProductId
        {
            get { return PlaceholderProductId; }
        }

        /// <inheritdoc />
        public DeviceSettings CreateDeviceSettings()
        {
            // AT+PWORD: six characters for this profile.
            return new DeviceSettings(DefaultPassword, 6, 6);
        }

        /// <inheritdoc />
        public BatteryCurve CreateBatteryCurve()
        {
            return Pom01nBattery.LiIonCurve();
        }

        /// <inheritdoc />
        public IApplication CreateApplication(Device device)
        {
            return new Pom01nApplication(device, Defaults, LogCapacity);
        }
    }
}
