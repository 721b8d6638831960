namespace TuyaMcu.Hal
{
    /// <summary>What the firmware asks of the chip itself.</summary>
    public interface ISystemControl
    {
        /// <summary>Restarts the MCU (after the caller has saved what must survive).</summary>
        void Reboot();

        /// <summary>
        /// Enters deep sleep (after the caller has saved what must survive) until
        /// <paramref name="wakeAfterMs"/> has passed or one of <paramref name="wake"/>'s inputs reads
        /// its level; the chip then boots again.
        /// </summary>
        void DeepSleep(long wakeAfterMs, WakeSources wake);
    }
}
