namespace TuyaMcu.Platform
{
    /// <summary>
    /// An application whose board runs from mains with a backup battery and switches the device
    /// between always-on and battery mode itself (<see cref="Device.UseBatteryMode"/>). After its
    /// state is loaded, the device asks whether it was on battery, so that a wake from a deep sleep
    /// is taken as one (<see cref="Device.IsResumed"/>) whatever <see cref="DeviceOptions.PowerMode"/> says.
    /// </summary>
    public interface IBackupPowered
    {
        /// <summary>True while the board runs on its backup battery, as the loaded state says.</summary>
        bool OnBattery { get; }
    }
}
