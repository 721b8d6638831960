using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>An output pin that keeps its level and counts writes, and nothing more (a day of writes costs nothing).</summary>
    internal sealed class LevelPin : IDigitalOutput
    {
        public bool IsHigh;
        public int Writes;

        public LevelPin(bool initialHigh)
        {
            IsHigh = initialHigh;
        }

        public void Write(bool high)
        {
            IsHigh = high;
            Writes++;
        }
    }
}
