namespace TuyaMcu.Platform
{
    /// <summary>How the device is powered, which decides how it spends its time between events (the firmware's and the host tool's power estimate's one enum).</summary>
    public enum PowerMode
    {
        /// <summary>External power: the ESP32 stays up, the pulse counter runs continuously, and the module keeps its sleep lock, idle and reachable.</summary>
        AlwaysOn,

        /// <summary>Battery: deep sleep whenever idle, woken by an input the board marks as waking the chip or by the next timer; the module sits in PSM between sessions.</summary>
        Battery,
    }
}
