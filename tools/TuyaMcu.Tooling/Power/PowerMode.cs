namespace TuyaMcu.Tooling.Power;

/// <summary>How the device is powered, which decides what idles between events.</summary>
public enum PowerMode
{
    /// <summary>
    /// External power: the ESP32 stays active (or light-sleeps, <see cref="PowerTable.AlwaysOnLightSleep"/>)
    /// and the module keeps its sleep lock, idle and reachable, instead of entering PSM.
    /// </summary>
    AlwaysOn,

    /// <summary>Battery: the ESP32 deep-sleeps between events and the module sits in PSM between sessions.</summary>
    Battery,
}
