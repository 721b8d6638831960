using System;
using TuyaMcu.Hal;
using TuyaMcu.Inputs;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// One output of the AC-detect module (power_outage on DATA1, low_voltage on DATA2) as a
    /// logical state: a new level counts once it has held for the hold time (100 ms by default, so an
    /// optocoupler's chatter at the zero crossings never makes a change), dated when it settled; the
    /// trigger mode (AT+INTMOD) says which changes are events. Call <see cref="Update"/> from the loop.
    /// The held-level logic is the CPN01's <see cref="ContactInput"/>, whose job this is too.
    /// </summary>
    public sealed class DetectorInput
    {
        /// <summary>Default hold time, ms.</summary>
        public const int DefaultHoldMs = 100;

        private readonly ContactInput _level;
        private TriggerMode _trigger = TriggerMode.Both;
        private bool _active;
        private long _changedAt;
        private bool _resumePending;
        private long _resumedAt;

        // While a resumed change waits: the new level has not been seen since the old one was.
        private const long NotSeen = long.MinValue;

        /// <summary>
        /// The input on <paramref name="pin"/>; <paramref name="activeLevel"/> is the level the
        /// detector drives for 1 (high in the manual's wiring); <paramref name="holdMs"/> is 0..1000.
        /// </summary>
        public DetectorInput(IDigitalInput pin, bool activeLevel, int holdMs)
        {
            _level = new ContactInput(pin, activeLevel, holdMs);
        }

        /// <summary>Which changes are events.</summary>
        public TriggerMode Trigger
        {
            get { return _trigger; }
            set
            {
                if (value < TriggerMode.Off || value > TriggerMode.Rising)
                {
                    throw new ArgumentOutOfRangeException("value", "trigger mode must be 0..3");
                }

                _trigger = value;
            }
        }

        /// <summary>The held logical state: true for 1.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Uptime at which the current state began.</summary>
        public long ChangedAtMs
        {
            get { return _changedAt; }
        }

        /// <summary>True when the last change matched <see cref="Trigger"/>.</summary>
        public bool ChangeIsEvent { get; private set; }

        /// <summary>When a level not yet held long enough will count, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _level.NextDueMs;
                return _resumePending && _changedAt != NotSeen && _changedAt + _level.DebounceMs < due ? _changedAt + _level.DebounceMs : due;
            }
        }

        /// <summary>Takes the current level as the state, without a change (first start).</summary>
        public void Setup(long nowMs)
        {
            _level.Setup(nowMs);
            _active = _level.IsClosed;
            _changedAt = nowMs;
            _resumePending = false;
        }

        /// <summary>
        /// Starts from the state known before a reboot or deep sleep: when the level now differs (a
        /// change woke the chip) and still differs after the hold time, that is a change, dated
        /// <paramref name="nowMs"/>; when it goes back sooner (chatter woke the chip), there is none.
        /// </summary>
        public void Resume(long nowMs, bool lastActive)
        {
            _level.Setup(nowMs);
            _active = lastActive;
            _changedAt = nowMs;
            _resumedAt = nowMs;
            _resumePending = _level.IsClosed != lastActive;
        }

        /// <summary>Samples the pin; true when the held state changed (<see cref="IsActive"/>, <see cref="ChangedAtMs"/>, <see cref="ChangeIsEvent"/>).</summary>
        public bool Update(long nowMs)
        {
            bool changed = _level.Update(nowMs);
            if (_resumePending)
            {
                if (_level.IsClosed == _active)
                {
                    // The old level came back and held: chatter woke the chip, nothing changed.
                    _resumePending = false;
                    _changedAt = _resumedAt;
                    return false;
                }

                if (_level.NextDueMs != long.MaxValue)
                {
                    // The old level is back for now; the new one must hold again from when it returns.
                    _changedAt = NotSeen;
                    return false;
                }

                if (_changedAt == NotSeen)
                {
                    _changedAt = nowMs;
                }

                if (nowMs - _changedAt < _level.DebounceMs)
                {
                    return false;
                }

                _resumePending = false;
                changed = true;
            }
            else if (changed)
            {
                _changedAt = _level.ChangedAtMs;
            }

            if (!changed)
            {
                return false;
            }

            _active = _level.IsClosed;
            ChangeIsEvent = _trigger == TriggerMode.Both
                || (_trigger == TriggerMode.Rising && _active)
                || (_trigger == TriggerMode.Falling && !_active);
            return true;
        }
    }
}
