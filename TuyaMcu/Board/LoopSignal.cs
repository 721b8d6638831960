using System;
using System.Threading;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Wakes the main loop early. A pin edge, or enough UART bytes to be worth a pass, wakes it at
    /// once (<see cref="Set"/>); a few UART bytes only ask it to wake within a few milliseconds
    /// (<see cref="SetWithin"/>), so that the bytes behind them gather and the loop parses them in
    /// one read instead of one pass per byte.
    /// </summary>
    // hot path: set for every UART event
    public sealed class LoopSignal
    {
        private readonly AutoResetEvent _event = new AutoResetEvent(false);

        // Set from the event thread, read by the loop: a long is two words on the ESP32.
        private readonly object _lock = new object();
        private bool _now;
        private long _wakeByMs = long.MaxValue;

        /// <summary>True when something asked the loop to wake at once since it last woke.</summary>
        public bool IsSet
        {
            get
            {
                lock (_lock)
                {
                    return _now;
                }
            }
        }

        /// <summary>The uptime by which the loop is to wake for gathered bytes, or <see cref="long.MaxValue"/>.</summary>
        public long WakeByMs
        {
            get
            {
                lock (_lock)
                {
                    return _wakeByMs;
                }
            }
        }

        /// <summary>Something happened: the loop wakes at once.</summary>
        public void Set()
        {
            lock (_lock)
            {
                _now = true;
            }

            _event.Set();
        }

        /// <summary>
        /// Something happened that can wait <paramref name="milliseconds"/>: the loop wakes by then.
        /// A later call does not postpone an earlier one's wake.
        /// </summary>
        public void SetWithin(int milliseconds)
        {
            long at = Environment.TickCount64 + milliseconds;
            lock (_lock)
            {
                if (_now || at >= _wakeByMs)
                {
                    return;
                }

                _wakeByMs = at;
            }

            // A loop already waiting shortens its wait to the new deadline.
            _event.Set();
        }

        /// <summary>Waits up to <paramref name="milliseconds"/>, less if <see cref="Set"/> or <see cref="SetWithin"/> asks for sooner.</summary>
        public void Wait(int milliseconds)
        {
            long until = Environment.TickCount64 + milliseconds;
            while (true)
            {
                long now = Environment.TickCount64;
                long deadline;
                lock (_lock)
                {
                    deadline = _wakeByMs < until ? _wakeByMs : until;
                    if (_now || now >= deadline)
                    {
                        // The pass that follows reads everything that has arrived.
                        _now = false;
                        _wakeByMs = long.MaxValue;
                        return;
                    }
                }

                _event.WaitOne((int)(deadline - now), false);
            }
        }
    }
}
