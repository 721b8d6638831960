using System.Collections;
using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>An output pin that remembers each level written and when.</summary>
    internal sealed class RecordingPin : IDigitalOutput
    {
        public readonly ArrayList Levels = new ArrayList();
        public readonly ArrayList Times = new ArrayList();
        private readonly FakeClock _clock;

        public RecordingPin(FakeClock clock)
        {
            _clock = clock;
        }

        public bool IsHigh = true;

        public void Write(bool high)
        {
            IsHigh = high;
            Levels.Add(high);
            Times.Add(_clock.Now);
        }
    }
}
