using System.Device.Gpio;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// The ESP32's PCNT through GpioPulseCounter, counting rising edges, read and never reset
    /// (the firmware takes differences). nanoFramework extends the 16-bit hardware counter with
    /// its overflow interrupt, so the count is 64-bit.
    /// </summary>
    public sealed class Esp32PulseCounter : IPulseCounter
    {
        private readonly GpioPulseCounter _counter;

        /// <summary>Counts on <paramref name="pinNumber"/>.</summary>
        public Esp32PulseCounter(int pinNumber)
        {
            _counter = new GpioPulseCounter(pinNumber, -1);
            _counter.Polarity = GpioPulsePolarity.Rising;
            _counter.Start();
        }

        /// <inheritdoc />
        public ulong Read()
        {
            return _counter.Read().Count;
        }

        /// <inheritdoc />
        public int CounterBits
        {
            get { return 64; }
        }
    }
}
