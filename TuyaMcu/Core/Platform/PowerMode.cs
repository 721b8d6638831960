namespace TuyaMcu.Platform
{
    /// <summary>How the device spends its time between events.</summary>
    public enum PowerMode
    {
        /// <summary>External power: the ESP32 stays up, the pulse counter runs continuously.</summary>
        AlwaysOn,

        /// <summary>Battery: deep sleep whenever idle, woken by the contact pin or the next TDC or TR timer.</summary>
        Battery,
    }
}
