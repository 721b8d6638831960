using TuyaMcu.Hal;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// What the two detector inputs put in the log: each change that is an event (AT+INTMOD),
    /// dated when its level settled, and the clock-log samples of the state that held through their
    /// ticks. The state it logs is also saved (<see cref="Pom01nState"/>), so a wake or a reboot knows
    /// what held before. Allocates nothing.
    /// </summary>
    public sealed class Pom01nEvents
    {
        /// <summary><see cref="Update"/>: a change that is an event was logged (an uplink is due).</summary>
        public const int EventLogged = 1;

        /// <summary><see cref="Update"/>: power_outage changed (battery mode follows it).</summary>
        public const int OutageChanged = 2;

        private readonly DetectorInput _outage;
        private readonly DetectorInput _lowVoltage;
        private readonly Pom01nState _state;
        private readonly IRealTimeClock _rtc;
        private readonly Persistence _persistence;

        /// <summary>Logs the changes of <paramref name="outage"/> and <paramref name="lowVoltage"/> and the clock-log samples in <paramref name="state"/>'s log, saved with it.</summary>
        public Pom01nEvents(DetectorInput outage, DetectorInput lowVoltage, Pom01nState state, IRealTimeClock rtc, Persistence persistence)
        {
            _outage = outage;
            _lowVoltage = lowVoltage;
            _state = state;
            _rtc = rtc;
            _persistence = persistence;
        }

        /// <summary>Input changes that were events (AT+INTMOD).</summary>
        public long Count { get; private set; }

        /// <summary>The log the changes and samples go in.</summary>
        public Pom01nLog Entries
        {
            get { return _state.Log; }
        }

        /// <summary>power_outage as held now.</summary>
        public bool PowerOutage
        {
            get { return _outage.IsActive; }
        }

        /// <summary>low_voltage as held now.</summary>
        public bool LowVoltage
        {
            get { return _lowVoltage.IsActive; }
        }

        /// <summary>When an input's level next settles, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long outage = _outage.NextDueMs;
                long low = _lowVoltage.NextDueMs;
                return outage < low ? outage : low;
            }
        }

        /// <summary>
        /// Reads the inputs: from the states saved before a deep sleep or reboot when there are any
        /// (a change since, which may be what woke the chip, is reported once it has held), else as
        /// they are now, saved at once.
        /// </summary>
        public void Setup(long nowMs)
        {
            if (_state.InputsKnown)
            {
                _outage.Resume(nowMs, _state.PowerOutage);
                _lowVoltage.Resume(nowMs, _state.LowVoltage);
                return;
            }

            _outage.Setup(nowMs);
            _lowVoltage.Setup(nowMs);
            _state.InputsKnown = true;
            _state.PowerOutage = _outage.IsActive;
            _state.LowVoltage = _lowVoltage.IsActive;
            _persistence.StateChanged(0, true);
        }

        /// <summary>Takes AT+INTMOD from <paramref name="settings"/>.</summary>
        public void ApplyTriggers(Pom01nSettings settings)
        {
            _outage.Trigger = settings.OutageTrigger;
            _lowVoltage.Trigger = settings.LowVoltageTrigger;
        }

        /// <summary>Reads both inputs; returns what changed, as <see cref="EventLogged"/> and <see cref="OutageChanged"/>, or 0.</summary>
        public int Update(long nowMs)
        {
            int changes = 0;
            if (_outage.Update(nowMs))
            {
                changes |= OnInputChanged(_outage, nowMs) | OutageChanged;
            }

            if (_lowVoltage.Update(nowMs))
            {
                changes |= OnInputChanged(_lowVoltage, nowMs);
            }

            return changes;
        }

        /// <summary>Logs every clock-log sample due by now (none while the time is unknown), with the state that held through its tick.</summary>
        public void TakeClockSamples()
        {
            ClockLogSchedule schedule = _state.Schedule;
            if (!_rtc.IsSet || schedule.NextTickUnix > _rtc.UnixSeconds)
            {
                return;
            }

            if (schedule.TakeDue(_rtc.UnixSeconds, _state.Log, _outage.IsActive, _lowVoltage.IsActive) > 0)
            {
                _persistence.StateChanged(0, true);
            }
        }

        /// <summary>Starts the clock log anew from now; without a clock it starts at the sync. The caller saves the state.</summary>
        public void RestartClockLog()
        {
            ClockLogSchedule schedule = _state.Schedule;
            schedule.Stop();
            if (_rtc.IsSet)
            {
                schedule.Start(_rtc.UnixSeconds);
            }
        }

        private int OnInputChanged(DetectorInput input, long nowMs)
        {
            bool timeKnown = _rtc.IsSet;
            long changedAt = input.ChangedAtMs;
            long stamp = timeKnown ? _rtc.UnixSeconds - (nowMs - changedAt) / 1000 : changedAt;
            _state.PowerOutage = _outage.IsActive;
            _state.LowVoltage = _lowVoltage.IsActive;
            int changes = 0;
            if (input.ChangeIsEvent)
            {
                Count++;
                _state.Log.Add(LogEntryKind.Event, _outage.IsActive, _lowVoltage.IsActive, timeKnown, stamp);
                changes = EventLogged;
            }

            _persistence.StateChanged(0, true);
            return changes;
        }
    }
}
