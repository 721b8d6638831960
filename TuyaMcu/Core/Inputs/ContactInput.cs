using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Inputs
{
    /// <summary>
    /// A dry contact, debounced in time: a new level counts once it has held for the debounce
    /// time, and the change is dated when the level settled, not when it was confirmed. Call
    /// <see cref="Update"/> from the loop (the board wakes the loop on every pin edge).
    /// </summary>
    public sealed class ContactInput
    {
        private readonly IDigitalInput _pin;
        private readonly bool _closedLevel;
        private int _debounceMs;
        private bool _raw;
        private long _rawChangedAt;
        private bool _closed;
        private long _changedAt;

        /// <summary>Creates the input; <paramref name="closedLevel"/> is the level the pin reads with the contact closed.</summary>
        public ContactInput(IDigitalInput pin, bool closedLevel, int debounceMs)
        {
            if (pin == null)
            {
                throw new ArgumentNullException("pin");
            }

            _pin = pin;
            _closedLevel = closedLevel;
            DebounceMs = debounceMs;
        }

        /// <summary>Debounce time, ms (0..1000). The ESP32's own pin debounce works in 10 ms steps; this one is exact.</summary>
        public int DebounceMs
        {
            get { return _debounceMs; }
            set
            {
                if (value < 0 || value > 1000)
                {
                    throw new ArgumentOutOfRangeException("value", "debounce must be 0..1000 ms");
                }

                _debounceMs = value;
            }
        }

        /// <summary>True while the contact is (debounced) closed.</summary>
        public bool IsClosed
        {
            get { return _closed; }
        }

        /// <summary>Uptime at which the current state began.</summary>
        public long ChangedAtMs
        {
            get { return _changedAt; }
        }

        /// <summary>When a level that has not yet held long enough will be confirmed, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return _raw != _closed ? _rawChangedAt + _debounceMs : long.MaxValue; }
        }

        /// <summary>Takes the current level as the initial state, without an event.</summary>
        public void Setup(long nowMs)
        {
            _raw = _pin.Read() == _closedLevel;
            _rawChangedAt = nowMs;
            _closed = _raw;
            _changedAt = nowMs;
        }

        /// <summary>Samples the pin; returns true when the debounced state changed (see <see cref="IsClosed"/>, <see cref="ChangedAtMs"/>).</summary>
        public bool Update(long nowMs)
        {
            bool raw = _pin.Read() == _closedLevel;
            if (raw != _raw)
            {
                _raw = raw;
                _rawChangedAt = nowMs;
            }

            if (_raw == _closed || nowMs - _rawChangedAt < _debounceMs)
            {
                return false;
            }

            _closed = _raw;
            _changedAt = _rawChangedAt;
            return true;
        }
    }
}
