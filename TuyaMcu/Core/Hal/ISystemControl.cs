namespace TuyaMcu.Hal
{
    /// <summary>What the firmware asks of the chip itself.</summary>
    public interface ISystemControl
    {
        /// <summary>Restarts the MCU (after the caller has saved what must survive).</summary>
        void Reboot();
    }
}
