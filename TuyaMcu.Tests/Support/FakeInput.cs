using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    internal sealed class FakeInput : IDigitalInput
    {
        public bool Level;

        public bool Read()
        {
            return Level;
        }
    }
}
