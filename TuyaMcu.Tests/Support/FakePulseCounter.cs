using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    internal sealed class FakePulseCounter : IPulseCounter
    {
        public ulong Count;
        public int Bits;

        public FakePulseCounter(int bits)
        {
            Bits = bits;
        }

        public ulong Read()
        {
            return Bits == 64 ? Count : Count & ((1UL << Bits) - 1);
        }

        public int CounterBits
        {
            get { return Bits; }
        }
    }
}
