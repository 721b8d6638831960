namespace TuyaMcu.Hal
{
    /// <summary>The battery's state, for uplinks and for the module's battery check before a firmware update.</summary>
    public interface IBatteryLevel
    {
        /// <summary>Charge in percent 0..100, or -1 on external power (no battery to drain).</summary>
        int Percent { get; }

        /// <summary>Battery voltage in millivolts, or -1 when not measured.</summary>
        int Millivolts { get; }
    }
}
