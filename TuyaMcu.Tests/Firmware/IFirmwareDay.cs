namespace TuyaMcu.Tests.Firmware
{
    /// <summary>A scripted day of the whole firmware of one profile, as the whole-firmware test and the memory bench run it.</summary>
    public interface IFirmwareDay
    {
        /// <summary>The firmware and its stand-ins.</summary>
        FirmwareRig Rig { get; }

        /// <summary>Builds and sets up the firmware (the boot).</summary>
        void Start();

        /// <summary>Runs the firmware and the script's events until <paramref name="uptimeMs"/>.</summary>
        void RunUntil(long uptimeMs);
    }
}
