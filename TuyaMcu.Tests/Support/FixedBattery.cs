using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    internal sealed class FixedBattery : IBatteryLevel
    {
        public int Level;

        public FixedBattery(int percent)
        {
            Level = percent;
        }

        public int Millivolts = -1;

        public int Percent
        {
            get { return Level; }
        }

        int IBatteryLevel.Millivolts
        {
            get { return Millivolts; }
        }
    }
}
