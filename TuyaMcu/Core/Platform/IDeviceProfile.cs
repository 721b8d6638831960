using TuyaMcu.Battery;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// A device the platform can be: what Tuya's MCU SDK keeps in its one product file, and nothing
    /// else. The profile names itself, gives its defaults (product ID, console password, battery
    /// curve) and builds its application on the platform's <see cref="Device"/>; the application then
    /// brings the rest — its DP schema and handler, its persisted settings and state, its inputs, its
    /// uplinks and downlinks, its AT commands (<see cref="IApplication"/>). The platform knows no profile
    /// by name, and a profile knows no other profile: a device is one folder under <c>Profiles/</c>.
    /// </summary>
    public interface IDeviceProfile
    {
        /// <summary>The profile's short name, as the host tool's <c>--profile</c> takes it (<c>cpn01</c>).</summary>
        string Name { get; }

        /// <summary>The product, as the AT console's banner names it.</summary>
        string ProductName { get; }

        /// <summary>The product ID (PID) the MCU reports when <see cref="TuyaMcu.Dispatch.DispatcherOptions.ProductId"/> is not set.</summary>
        string DefaultProductId { get; }

        /// <summary>The device's own settings as the profile wants them by default: its console password and the password's rules.</summary>
        DeviceSettings CreateDeviceSettings();

        /// <summary>The battery's charge against its voltage, for the battery measured on the board's ADC.</summary>
        BatteryCurve CreateBatteryCurve();

        /// <summary>
        /// Builds the application on <paramref name="device"/>: the dispatcher, hardware, storage,
        /// settings, identity and uplink back-off are ready; what storage holds is loaded after this,
        /// into the application's <see cref="IApplication.Settings"/> and <see cref="IApplication.State"/>.
        /// </summary>
        IApplication CreateApplication(Device device);
    }
}
