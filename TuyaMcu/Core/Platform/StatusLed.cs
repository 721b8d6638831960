using TuyaMcu.Hal;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// The status LED as Dragino's devices drive it: on for 1 s at start-up, 3 s after joining the network, 500 ms per
    /// uplink. A longer flash is never cut short by a shorter one.
    /// </summary>
    public sealed class StatusLed
    {
        /// <summary>Flash at start-up, ms.</summary>
        public const int BootMs = 1000;

        /// <summary>Flash after joining the network, ms.</summary>
        public const int JoinedMs = 3000;

        /// <summary>Flash per uplink, ms.</summary>
        public const int UplinkMs = 500;

        private readonly IDigitalOutput _pin;
        private readonly bool _onLevel;
        private long _offAt = long.MaxValue;

        /// <summary>Drives <paramref name="pin"/> (null: no LED); <paramref name="onLevel"/> lights it.</summary>
        public StatusLed(IDigitalOutput pin, bool onLevel)
        {
            _pin = pin;
            _onLevel = onLevel;
            if (pin != null)
            {
                pin.Write(!onLevel);
            }
        }

        /// <summary>True while lit.</summary>
        public bool IsOn
        {
            get { return _offAt != long.MaxValue; }
        }

        /// <summary>When the LED goes off, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return _offAt; }
        }

        /// <summary>Lights the LED for <paramref name="durationMs"/> from now (or keeps a longer flash).</summary>
        public void Flash(long nowMs, int durationMs)
        {
            long offAt = nowMs + durationMs;
            if (_offAt != long.MaxValue && _offAt >= offAt)
            {
                return;
            }

            _offAt = offAt;
            if (_pin != null)
            {
                _pin.Write(_onLevel);
            }
        }

        /// <summary>Turns the LED off when its flash is over.</summary>
        public void Update(long nowMs)
        {
            if (nowMs < _offAt)
            {
                return;
            }

            _offAt = long.MaxValue;
            if (_pin != null)
            {
                _pin.Write(!_onLevel);
            }
        }
    }
}
