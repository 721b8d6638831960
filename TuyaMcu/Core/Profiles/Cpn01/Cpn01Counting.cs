using TuyaMcu.Hal;
using TuyaMcu.Inputs;
using TuyaMcu.Platform;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's counting: it debounces the contact, counts opens or closes (AT+TTRMOD) or meter
    /// pulses (AT+CFGMOD), measures the last open duration, arms and fires the open alarm (AT+TTRIG),
    /// and says when a change is an event to uplink (AT+INTMOD). What it counts goes into the
    /// application's <see cref="Cpn01Counters"/>, which persistence saves; the settings, counters and
    /// platform it reaches through the application rather than holding copies (a field is a 12-byte
    /// block of heap). Allocates nothing.
    /// </summary>
    public sealed class Cpn01Counting
    {
        private readonly Cpn01Application _app;
        private readonly ContactInput _contact;
        private readonly PulseInput _pulses;
        private readonly OpenAlarm _alarm = new OpenAlarm();

        private long _openedAtMs;
        private bool _openedKnown;

        /// <summary>Counts on <paramref name="contact"/> (a level input) and, when the board has one, <paramref name="pulses"/> (a counter) for <paramref name="app"/>.</summary>
        public Cpn01Counting(Cpn01Application app, HardwareInput contact, HardwareInput pulses, int debounceMs)
        {
            _app = app;
            _contact = new ContactInput(contact.Level, contact.ActiveLevel, debounceMs);
            _pulses = pulses == null || pulses.Counter == null ? null : new PulseInput(pulses.Counter);
        }

        /// <summary>True while the contact is closed.</summary>
        public bool IsClosed
        {
            get { return _contact.IsClosed; }
        }

        /// <summary>True while the open alarm is active.</summary>
        public bool IsAlarmActive
        {
            get { return _alarm.IsActive; }
        }

        /// <summary>Uptime at which the contact's level last settled.</summary>
        public long ChangedAtMs
        {
            get { return _contact.ChangedAtMs; }
        }

        /// <summary>True while no contact change is being debounced.</summary>
        public bool IsSettled
        {
            get { return _contact.NextDueMs == long.MaxValue; }
        }

        /// <summary>When the debounce or the alarm next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long contact = _contact.NextDueMs;
                long alarm = _alarm.NextDueMs;
                return contact < alarm ? contact : alarm;
            }
        }

        /// <summary>Contact changes seen.</summary>
        public long ContactEvents { get; private set; }

        /// <summary>Alarms fired.</summary>
        public long AlarmsFired { get; private set; }

        /// <summary>Reads the inputs, with the debounce the settings hold now.</summary>
        public void SetupInputs(long now)
        {
            _contact.DebounceMs = _app.Settings.DebounceMs;
            _contact.Setup(now);
            if (_pulses != null)
            {
                _pulses.Setup();
            }
        }

        /// <summary>
        /// Picks up where the previous boot left off: the open start and the alarm's arming continue in
        /// wall-clock time (<paramref name="clock"/>: it is known, <paramref name="unixNow"/> its second),
        /// and a contact change that happened meanwhile counts as an event now. True when that change
        /// is to be uplinked.
        /// </summary>
        public bool Restore(long now, bool clock, long unixNow)
        {
            Cpn01Settings settings = _app.Settings;
            Cpn01Counters counters = _app.Counters;
            bool closed = _contact.IsClosed;
            if (counters.HasContactState && counters.ContactClosed != closed)
            {
                // The alarm takes its settings first: the change re-arms it from now.
                _alarm.Restore(settings.AlarmKeepStatus, settings.AlarmKeepTimeSeconds, counters.ContactClosed, now, counters.AlarmFired);
                return OnContactChanged(closed, now);
            }

            long changedAt = clock && counters.ChangedAtUnix >= 0 ? now - Cpn01Application.NonNegative(unixNow - counters.ChangedAtUnix) * 1000 : now;
            if (!closed)
            {
                _openedAtMs = clock && counters.OpenedAtUnix >= 0 ? now - Cpn01Application.NonNegative(unixNow - counters.OpenedAtUnix) * 1000 : now;
                _openedKnown = true;
            }

            _alarm.Restore(settings.AlarmKeepStatus, settings.AlarmKeepTimeSeconds, closed, changedAt, counters.AlarmFired);
            if (!counters.HasContactState)
            {
                counters.HasContactState = true;
                counters.ContactClosed = closed;
                counters.ChangedAtUnix = clock ? unixNow : -1;
                counters.OpenedAtUnix = clock && !closed ? unixNow : -1;
                _app.Device.Persistence.StateChanged(0, false);
            }

            return false;
        }

        /// <summary>One pass: the contact, the pulses, the alarm. True when an uplink is due (an event per AT+INTMOD, or the alarm).</summary>
        public bool Update(long now)
        {
            bool uplink = false;
            if (_contact.Update(now))
            {
                uplink = OnContactChanged(_contact.IsClosed, _contact.ChangedAtMs);
            }

            if (_pulses != null)
            {
                long pulses = _pulses.Update();
                if (pulses > 0 && _app.Settings.WorkMode == Cpn01Settings.ModePulse)
                {
                    _app.Counters.Total += pulses;
                    _app.Device.Persistence.StateChanged(pulses > int.MaxValue ? int.MaxValue : (int)pulses, false);
                }
            }

            if (_alarm.Update(now))
            {
                AlarmsFired++;
                _app.Counters.AlarmFired = true;
                _app.Device.Persistence.StateChanged(0, false);
                _app.Log(LogLevel.Info, "open alarm");
                uplink = true;
            }

            return uplink;
        }

        /// <summary>The clock became known at <paramref name="unixSeconds"/>: the open start and the last change get their wall-clock seconds.</summary>
        public void OnTimeSynced(long unixSeconds, long now)
        {
            Cpn01Counters counters = _app.Counters;
            if (counters.OpenedAtUnix < 0 && _openedKnown && !_contact.IsClosed)
            {
                counters.OpenedAtUnix = unixSeconds - (now - _openedAtMs) / 1000;
            }

            if (counters.ChangedAtUnix < 0)
            {
                counters.ChangedAtUnix = unixSeconds - (now - _contact.ChangedAtMs) / 1000;
            }
        }

        /// <summary>The alarm's settings changed: it is set up again from <paramref name="now"/>.</summary>
        public void ConfigureAlarm(long now)
        {
            Cpn01Settings settings = _app.Settings;
            _alarm.Configure(settings.AlarmKeepStatus, settings.AlarmKeepTimeSeconds, _contact.IsClosed, now);
        }

        /// <summary>The work mode changed: the pulse counter starts over.</summary>
        public void RestartPulses()
        {
            if (_pulses != null)
            {
                _pulses.Setup();
            }
        }

        // True when the change is an event to uplink (AT+INTMOD).
        private bool OnContactChanged(bool closed, long changedAtMs)
        {
            ContactEvents++;
            Cpn01Settings settings = _app.Settings;
            Cpn01Counters counters = _app.Counters;
            Persistence persistence = _app.Device.Persistence;
            IRealTimeClock rtc = _app.Device.Hardware.Rtc;
            long changedAtUnix = rtc.IsSet ? rtc.UnixSeconds - (_app.Device.Hardware.Clock.UptimeMs - changedAtMs) / 1000 : -1;
            if (closed)
            {
                OnClosed(counters, changedAtMs, changedAtUnix);
            }
            else
            {
                _openedAtMs = changedAtMs;
                _openedKnown = true;
                counters.OpenedAtUnix = changedAtUnix;
            }

            counters.HasContactState = true;
            counters.ContactClosed = closed;
            counters.ChangedAtUnix = changedAtUnix;
            counters.AlarmFired = false;
            if (settings.WorkMode == Cpn01Settings.ModeContact)
            {
                bool counts = settings.TriggerMode == Cpn01Settings.CountOnOpen ? !closed : closed;
                if (counts)
                {
                    counters.Total++;
                }

                persistence.StateChanged(counts ? 1 : 0, false);
            }
            else
            {
                persistence.StateChanged(0, false);
            }

            _alarm.OnContactChanged(closed, changedAtMs);
            int mode = settings.EventUplinkMode;
            return mode == Cpn01Settings.EventsBoth || (mode == Cpn01Settings.EventsOpen && !closed) || (mode == Cpn01Settings.EventsClose && closed);
        }

        private void OnClosed(Cpn01Counters counters, long closedAtMs, long closedAtUnix)
        {
            long openMs = -1;
            if (_openedKnown)
            {
                openMs = closedAtMs - _openedAtMs;
            }
            else if (counters.OpenedAtUnix >= 0 && closedAtUnix >= 0)
            {
                // Opened before a reboot or deep sleep whose wall-clock time is known.
                openMs = (closedAtUnix - counters.OpenedAtUnix) * 1000;
            }

            if (openMs >= 0)
            {
                // Rounded to the nearest minute: 29 s shows 0, 30 s to 89 s show 1.
                long minutes = (openMs + 30000) / 60000;
                counters.LastOpenDurationMin = minutes > 0xFFFFFF ? 0xFFFFFF : (int)minutes;
            }

            _openedKnown = false;
            counters.OpenedAtUnix = -1;
        }
    }
}
