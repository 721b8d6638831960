using TuyaMcu.Sensor;

namespace TuyaMcu.Storage
{
    /// <summary>
    /// Where a change to the configuration, the counters or the device ID is saved by whoever makes
    /// it, at the moment it is made: each call writes to flash before it returns, so a command can be
    /// acknowledged only once its change is saved. Every call returns null when the copy is on flash,
    /// else why not (the previous copy is then still the one on flash).
    /// </summary>
    public interface ISettingsStore
    {
        /// <summary>Saves <paramref name="settings"/> as the configuration.</summary>
        string SaveSettings(SensorSettings settings);

        /// <summary>Saves the counters and the datalog as they are, except for the total, which is saved as <paramref name="total"/>, and the records, changed as <paramref name="change"/> says.</summary>
        string SaveCounters(long total, DatalogChange change);

        /// <summary>Saves the device ID; <paramref name="fixedByHand"/> when it was set by hand (AT+DEUI).</summary>
        string SaveDeviceId(byte[] deviceId, bool fixedByHand);
    }
}
