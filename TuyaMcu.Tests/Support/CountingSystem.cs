using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Counts the reboots and deep sleeps the firmware asks for; carries out neither.</summary>
    internal sealed class CountingSystem : ISystemControl
    {
        public int Reboots;
        public int DeepSleeps;
        public long LastSleepMs;

        public void Reboot()
        {
            Reboots++;
        }

        public void DeepSleep(long wakeAfterMs, WakeSources wake)
        {
            DeepSleeps++;
            LastSleepMs = wakeAfterMs;
        }
    }
}
