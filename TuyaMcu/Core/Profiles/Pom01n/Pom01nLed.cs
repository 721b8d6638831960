using TuyaMcu.Hal;
using TuyaMcu.Platform;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// Shows <see cref="LedPattern"/>s on one LED, through the CPN01's <see cref="StatusLed"/> (which
    /// drives the pin and never cuts a longer light short). A signal does not interrupt one that
    /// matters more: deactivation over activation and joining, those over an uplink's flash. Fast
    /// blinks wait while the LED is lit and go on when it is dark. Call <see cref="Update"/> from the
    /// loop, and again at <see cref="NextDueMs"/>.
    /// </summary>
    public sealed class Pom01nLed
    {
        /// <summary>Light for <see cref="LedPattern.Joined"/> and <see cref="LedPattern.Deactivated"/>, ms.</summary>
        public const int SolidMs = 5000;

        /// <summary>On and off time of each fast blink, ms.</summary>
        public const int FastBlinkMs = 100;

        /// <summary>Fast blinks of <see cref="LedPattern.Activating"/>.</summary>
        public const int FastBlinks = 5;

        private readonly StatusLed _led;
        private int _priority = -1;
        private long _busyUntil;
        private int _blinksLeft;
        private long _nextBlinkAt;

        /// <summary>Drives <paramref name="pin"/> (null: no LED); <paramref name="onLevel"/> lights it.</summary>
        public Pom01nLed(IDigitalOutput pin, bool onLevel)
        {
            _led = new StatusLed(pin, onLevel);
        }

        /// <summary>True while lit.</summary>
        public bool IsOn
        {
            get { return _led.IsOn; }
        }

        /// <summary>When the LED next changes, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _led.NextDueMs;
                return _blinksLeft > 0 && !_led.IsOn && _nextBlinkAt < due ? _nextBlinkAt : due;
            }
        }

        /// <summary>Shows <paramref name="pattern"/> from <paramref name="nowMs"/>, unless one that matters more is still showing.</summary>
        public void Show(LedPattern pattern, long nowMs)
        {
            int priority = Priority(pattern);
            if (priority < _priority && nowMs < _busyUntil)
            {
                return;
            }

            _priority = priority;
            _blinksLeft = 0;
            switch (pattern)
            {
                case LedPattern.Uplink:
                    Light(nowMs, StatusLed.UplinkMs);
                    break;
                case LedPattern.Activating:
                    _blinksLeft = FastBlinks;
                    _nextBlinkAt = nowMs;
                    _busyUntil = (_led.IsOn ? _led.NextDueMs : nowMs) + FastBlinks * 2 * FastBlinkMs;
                    Update(nowMs);
                    break;
                default:
                    Light(nowMs, SolidMs);
                    break;
            }
        }

        /// <summary>Turns the LED on and off as the pattern showing asks.</summary>
        public void Update(long nowMs)
        {
            _led.Update(nowMs);
            if (_blinksLeft > 0 && !_led.IsOn && nowMs >= _nextBlinkAt)
            {
                _blinksLeft--;
                Light(nowMs, FastBlinkMs);
                _nextBlinkAt = nowMs + 2 * FastBlinkMs;
            }
        }

        private void Light(long nowMs, int durationMs)
        {
            _led.Flash(nowMs, durationMs);
            if (nowMs + durationMs > _busyUntil)
            {
                _busyUntil = nowMs + durationMs;
            }
        }

        private static int Priority(LedPattern pattern)
        {
            return pattern == LedPattern.Uplink ? 0 : pattern == LedPattern.Deactivated ? 2 : 1;
        }
    }
}
