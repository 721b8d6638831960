using TuyaMcu.Hal;
using TuyaMcu.Inputs;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The ACT button (GPIO0, the DevKitC's BOOT button, by default), debounced, its presses told
    /// apart by their length and spacing: 1 s up to 3 s asks for an uplink (on release); 3 s asks to
    /// activate, at once while still held; five fast presses in a row, each shorter than 1 s with less
    /// than 1 s between one release and the next press, ask to deactivate (on the fifth release). A
    /// press shorter than 1 s that does not complete five does nothing. Call <see cref="Update"/> from
    /// the loop, and again at <see cref="NextDueMs"/>.
    /// </summary>
    public sealed class ActButton
    {
        /// <summary>Shortest press that asks for an uplink, ms; shorter presses are fast presses.</summary>
        public const int UplinkPressMs = 1000;

        /// <summary>Press that asks to activate, ms.</summary>
        public const int ActivatePressMs = 3000;

        /// <summary>Fast presses that deactivate.</summary>
        public const int DeactivatePresses = 5;

        /// <summary>Longest gap from a release to the next press within a fast sequence, ms.</summary>
        public const int FastGapMs = 1000;

        /// <summary>Default debounce, ms: a push button's bounce is over within a few ms.</summary>
        public const int DefaultDebounceMs = 30;

        private readonly ContactInput _button;
        private long _pressedAt;
        private long _releasedAt;
        private int _fastPresses;
        private bool _activateSent;

        /// <summary>The button on <paramref name="pin"/>; <paramref name="pressedLevel"/> is the level it reads pressed (low for BOOT).</summary>
        public ActButton(IDigitalInput pin, bool pressedLevel, int debounceMs)
        {
            _button = new ContactInput(pin, pressedLevel, debounceMs);
        }

        /// <summary>True while (debounced) pressed.</summary>
        public bool IsPressed
        {
            get { return _button.IsClosed; }
        }

        /// <summary>When <see cref="Update"/> has something to decide without a pin change, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _button.NextDueMs;
                long activateAt = _pressedAt + ActivatePressMs;
                return _button.IsClosed && !_activateSent && activateAt < due ? activateAt : due;
            }
        }

        /// <summary>
        /// Takes the current level: a button already pressed (it woke the chip from the shipping
        /// sleep) counts as pressed since <paramref name="nowMs"/>, so holding it on asks to activate.
        /// </summary>
        public void Setup(long nowMs)
        {
            _button.Setup(nowMs);
            _pressedAt = nowMs;
            _releasedAt = nowMs - FastGapMs;
            _fastPresses = 0;
            _activateSent = false;
        }

        /// <summary>Samples the button; returns what it asks for now, if anything.</summary>
        public ButtonAction Update(long nowMs)
        {
            if (_button.Update(nowMs))
            {
                return _button.IsClosed ? Pressed() : Released();
            }

            // Held until now, or until a release that is still settling began.
            long heldUntil = _button.NextDueMs == long.MaxValue ? nowMs : _button.NextDueMs - _button.DebounceMs;
            if (_button.IsClosed && !_activateSent && heldUntil - _pressedAt >= ActivatePressMs)
            {
                _activateSent = true;
                _fastPresses = 0;
                return ButtonAction.Activate;
            }

            return ButtonAction.None;
        }

        private ButtonAction Pressed()
        {
            _pressedAt = _button.ChangedAtMs;
            _activateSent = false;
            if (_pressedAt - _releasedAt >= FastGapMs)
            {
                _fastPresses = 0;
            }

            return ButtonAction.None;
        }

        private ButtonAction Released()
        {
            _releasedAt = _button.ChangedAtMs;
            long held = _releasedAt - _pressedAt;
            if (_activateSent)
            {
                return ButtonAction.None;
            }

            if (held >= UplinkPressMs)
            {
                _fastPresses = 0;
                return ButtonAction.Uplink;
            }

            if (++_fastPresses < DeactivatePresses)
            {
                return ButtonAction.None;
            }

            _fastPresses = 0;
            return ButtonAction.Deactivate;
        }
    }
}
