using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    internal sealed class FakeAdc : IAnalogInput
    {
        public int Value;
        public int Reads;

        public int Read()
        {
            Reads++;
            return Value;
        }

        public int MaxValue
        {
            get { return 4095; }
        }
    }
}
