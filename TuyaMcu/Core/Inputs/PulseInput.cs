using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Inputs
{
    /// <summary>
    /// Meter pulses from a free-running hardware counter, taken as differences between readings
    /// (never read-and-reset, which loses the pulses that arrive in between), so a counter that
    /// wraps at its width is followed exactly as long as it is read before it wraps twice.
    /// </summary>
    public sealed class PulseInput
    {
        private readonly IPulseCounter _counter;
        private readonly ulong _mask;
        private ulong _last;

        /// <summary>Follows <paramref name="counter"/>.</summary>
        public PulseInput(IPulseCounter counter)
        {
            if (counter == null)
            {
                throw new ArgumentNullException("counter");
            }

            int bits = counter.CounterBits;
            if (bits < 8 || bits > 64)
            {
                throw new ArgumentOutOfRangeException("counter", "counter width must be 8..64 bits");
            }

            _counter = counter;
            _mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        }

        /// <summary>Takes the counter's current reading as the starting point.</summary>
        public void Setup()
        {
            _last = _counter.Read() & _mask;
        }

        /// <summary>Pulses since the previous call (or <see cref="Setup"/>).</summary>
        public long Update()
        {
            ulong now = _counter.Read() & _mask;
            ulong delta = (now - _last) & _mask;
            _last = now;
            return (long)delta;
        }
    }
}
