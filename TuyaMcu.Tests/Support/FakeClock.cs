using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Time that moves only when a test says so.</summary>
    internal sealed class FakeClock : IClock, IRealTimeClock
    {
        public long Now;
        public long UnixAtZero = -1;

        public long UptimeMs
        {
            get { return Now; }
        }

        public bool IsSet
        {
            get { return UnixAtZero >= 0; }
        }

        public long UnixSeconds
        {
            get { return UnixAtZero + Now / 1000; }
        }

        public void Set(long unixSeconds)
        {
            UnixAtZero = unixSeconds - Now / 1000;
        }

        public void Advance(long ms)
        {
            Now += ms;
        }
    }
}
