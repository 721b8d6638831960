using System;
using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;
using TuyaMcu.Inputs;

// Why this file is long: counting, the TDC/TR schedule, the DP handler and the console's
// changes all act on one staged change and one set of counters, which a split would hand around. The
// uplink is its own class (Cpn01Uplink); counting and the DP handler are the next to move out (issue 12,
// part 2).
namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01-style dry-contact and pulse sensor on top of the command dispatcher: it debounces
    /// the contact, counts opens (per the trigger mode) or meter pulses, measures the last open
    /// duration, raises the open alarm, writes a datalog record every TR seconds, and uplinks
    /// every TDC seconds, on contact events (per INTMOD) and on alarm: one real-time report of the
    /// state DPs (including the Dragino-layout payload) followed by up to NOUD pending datalog
    /// records, each as a record report with its own timestamp. An uplink the cloud cannot take
    /// now is put off and tried again (<see cref="UplinkRetry"/>); records go out only while the
    /// cloud is connected and stay pending otherwise. It owns the sensor's DPs: commands
    /// from the cloud, Dragino downlinks and (through <see cref="Set"/>) AT commands all pass the
    /// same schema limits. Driven by <see cref="Loop"/>; allocates nothing in steady state.
    /// Once the clock is known the TR schedule is kept in wall-clock seconds and each record carries its
    /// tick's own time, so a battery-mode chip need not wake for a record: every boot writes the records
    /// of the ticks it slept through (<see cref="IBackFilling"/>), the same ones always-on power writes.
    /// </summary>
    public sealed class Cpn01Application : IApplication, IDpHandler, IBackFilling
    {
        private const string Component = "sensor";

        /// <summary>battery_state (DP 3) is low below this charge, %.</summary>
        public const int BatteryLowBelowPercent = 20;

        /// <summary>battery_state is middle from <see cref="BatteryLowBelowPercent"/> to below this charge, %, and high from it.</summary>
        public const int BatteryHighFromPercent = 60;

        // battery_state's enum values, in the schema's order (low, middle, high).
        private const int BatteryStateLow = 0;
        private const int BatteryStateMiddle = 1;
        private const int BatteryStateHigh = 2;

        /// <summary>After the cloud comes back, wait this long before uplinking, while the module uploads what it retained.</summary>
        public const int CatchUpDelayMs = 30000;

        /// <summary>Time between a reset command and the reboot, so its acknowledgement goes out.</summary>
        public const int RebootDelayMs = 2000;

        private readonly Device _device;
        private readonly CommandDispatcher _dispatcher;
        private readonly Persistence _persistence;
        private readonly IClock _clock;
        private readonly IRealTimeClock _rtc;
        private readonly ContactInput _contact;
        private readonly PulseInput _pulses;
        private readonly StatusLed _led;
        private readonly ILog _log;
        private readonly Cpn01Settings _settings;
        private readonly Cpn01Counters _counters = new Cpn01Counters();
        private readonly Datalog _datalog;
        private readonly Cpn01SettingsFormat _settingsFormat;
        private readonly Cpn01StateFormat _stateFormat;
        private readonly OpenAlarm _alarm = new OpenAlarm();
        private readonly UplinkRetry _retry;
        private readonly Cpn01Payload _payload = new Cpn01Payload();
        private readonly Cpn01Uplink _uplink;
        private readonly int _version;

        private long _openedAtMs;
        private bool _openedKnown;
        private long _nextTdcAt;
        private long _nextTrAt;
        private long _catchUpAt = long.MaxValue;
        private bool _catchingUp;
        private bool _online;
        private bool _joinedOnce;
        private bool _started;

        // A change is staged, saved, and only then taken over (see Commit).
        private readonly StagedChange _change;

        /// <summary>
        /// Builds the application on <paramref name="device"/>'s platform: <paramref name="defaults"/>
        /// are the settings used when storage holds none, the datalog keeps
        /// <paramref name="datalogCapacity"/> records; the DPs (from <see cref="Cpn01Schema"/>) are
        /// registered with the dispatcher.
        /// </summary>
        public Cpn01Application(Device device, Cpn01Settings defaults, int datalogCapacity)
        {
            DeviceHardware hardware = device.Hardware;
            HardwareInput contact = hardware.Input(Cpn01Profile.ContactRole);
            if (contact == null || contact.Level == null)
            {
                throw new ArgumentException("the CPN01 needs a level input with the role '" + Cpn01Profile.ContactRole + "'");
            }

            HardwareInput pulses = hardware.Input(Cpn01Profile.PulseRole);

            _device = device;
            _dispatcher = device.Dispatcher;
            _persistence = device.Persistence;
            _clock = hardware.Clock;
            _rtc = hardware.Rtc;
            _retry = device.Retry;
            _log = hardware.Log == null ? NullLog.Instance : hardware.Log;
            _settings = defaults == null ? new Cpn01Settings() : defaults.Clone();
            _datalog = new Datalog(datalogCapacity);
            _contact = new ContactInput(contact.Level, contact.ActiveLevel, _settings.DebounceMs);
            _pulses = pulses == null || pulses.Counter == null ? null : new PulseInput(pulses.Counter);
            _led = new StatusLed(hardware.Led, hardware.LedOnLevel);
            _version = Cpn01Payload.VersionNumber(device.Options.Dispatcher.McuVersion);
            _settingsFormat = new Cpn01SettingsFormat(_settings, _dispatcher.Dps);
            _stateFormat = new Cpn01StateFormat(_counters, _datalog);
            _change = new StagedChange(_settingsFormat, _stateFormat);
            _uplink = new Cpn01Uplink(device, this, _datalog, _settings);

            DpDefinition[] schema = Cpn01Schema.Create();
            for (int i = 0; i < schema.Length; i++)
            {
                _dispatcher.Dps.Register(schema[i], this);
            }
        }

        IPersistedObject IApplication.Settings
        {
            get { return _settingsFormat; }
        }

        IPersistedObject IApplication.State
        {
            get { return _stateFormat; }
        }

        /// <summary>The settings in use (change them through <see cref="Set"/>).</summary>
        public Cpn01Settings Settings
        {
            get { return _settings; }
        }

        /// <summary>The counters.</summary>
        public Cpn01Counters Counters
        {
            get { return _counters; }
        }

        /// <summary>The datalog.</summary>
        public Datalog Datalog
        {
            get { return _datalog; }
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

        /// <summary>The uplink: its state and counters.</summary>
        public Cpn01Uplink Uplink
        {
            get { return _uplink; }
        }

        /// <inheritdoc />
        public bool HasUplinked
        {
            get { return _uplink.Uplinks > 0; }
        }

        /// <summary>Contact changes seen.</summary>
        public long ContactEvents { get; private set; }

        /// <summary>Alarms fired.</summary>
        public long AlarmsFired { get; private set; }

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return Min(WakeDueMs, _nextTrAt); }
        }

        /// <summary>
        /// When a deep-sleeping chip must wake: <see cref="NextDueMs"/> without the TR ticks, whose
        /// records the next boot writes (the contact wakes the chip, so nothing they hold can change
        /// unseen); with them while the clock is unknown, as a record's time then is this boot's uptime.
        /// </summary>
        public long WakeDueMs
        {
            get
            {
                long due = Min(_contact.NextDueMs, _alarm.NextDueMs);
                due = Min(due, BackFills ? _nextTdcAt : Min(_nextTdcAt, _nextTrAt));
                due = Min(due, _led.NextDueMs);
                due = Min(due, _catchUpAt == long.MaxValue ? _retry.RetryAtMs : _catchUpAt);
                if ((_uplink.Due && _uplink.IsIdle && _online && _started) || _uplink.HasSettingReports)
                {
                    due = _clock.UptimeMs;
                }

                return due;
            }
        }

        /// <summary>
        /// Reads the inputs and picks up where the previous boot (or deep sleep) left off: the
        /// schedule, the open start and the alarm's arming continue in wall-clock time, and a
        /// contact change that happened meanwhile (it may be what woke the chip) counts as an
        /// event now. Call once before <see cref="Loop"/>.
        /// </summary>
        public void Setup()
        {
            long now = _clock.UptimeMs;
            _contact.DebounceMs = _settings.DebounceMs;
            _contact.Setup(now);
            if (_pulses != null)
            {
                _pulses.Setup();
            }

            bool clock = _rtc.IsSet;
            long unixNow = clock ? _rtc.UnixSeconds : 0;
            SetTdcDue(now, clock && _counters.NextTdcUnix >= 0 ? now + NonNegative(_counters.NextTdcUnix - unixNow) * 1000 : now + _settings.TdcSeconds * 1000L);
            bool closed = _contact.IsClosed;
            if (clock && _counters.NextTrUnix >= 0)
            {
                // The records of the ticks slept through (or missed in a reboot) hold what held before
                // this boot: a change found now belongs to the ticks after it.
                WriteDueRecords(now, _counters.HasContactState ? _counters.ContactClosed : closed);
            }
            else
            {
                SetTrDue(now, now + _settings.TrSeconds * 1000L);
            }

            if (_counters.HasContactState && _counters.ContactClosed != closed)
            {
                // The alarm takes its settings first: the change re-arms it from now.
                _alarm.Restore(_settings.AlarmKeepStatus, _settings.AlarmKeepTimeSeconds, _counters.ContactClosed, now, _counters.AlarmFired);
                OnContactChanged(closed, now);
            }
            else
            {
                long changedAt = clock && _counters.ChangedAtUnix >= 0 ? now - NonNegative(unixNow - _counters.ChangedAtUnix) * 1000 : now;
                if (!closed)
                {
                    _openedAtMs = clock && _counters.OpenedAtUnix >= 0 ? now - NonNegative(unixNow - _counters.OpenedAtUnix) * 1000 : now;
                    _openedKnown = true;
                }

                _alarm.Restore(_settings.AlarmKeepStatus, _settings.AlarmKeepTimeSeconds, closed, changedAt, _counters.AlarmFired);
                if (!_counters.HasContactState)
                {
                    _counters.HasContactState = true;
                    _counters.ContactClosed = closed;
                    _counters.ChangedAtUnix = clock ? unixNow : -1;
                    _counters.OpenedAtUnix = clock && !closed ? unixNow : -1;
                    _persistence.StateChanged(0, false);
                }
            }

            _led.Flash(now, StatusLed.BootMs);
        }

        /// <summary>
        /// True when nothing is under way or due now: no uplink, no report waiting, no contact change
        /// being debounced, no reset pending. Battery mode sleeps only then.
        /// </summary>
        public bool IsIdle
        {
            get
            {
                return _uplink.IsIdle && !_uplink.Due && !_uplink.HasSettingReports && _contact.NextDueMs == long.MaxValue;
            }
        }

        /// <summary>One pass: inputs, alarm, timers, uplinks, LED. Non-blocking.</summary>
        public void Loop()
        {
            long now = _clock.UptimeMs;

            // Before the inputs: a change confirmed in this pass belongs to the ticks after it, as at a wake.
            if (now >= _nextTrAt)
            {
                WriteDueRecords(now, _contact.IsClosed);
            }

            if (_contact.Update(now))
            {
                OnContactChanged(_contact.IsClosed, _contact.ChangedAtMs);
            }

            if (_pulses != null)
            {
                long pulses = _pulses.Update();
                if (pulses > 0 && _settings.WorkMode == Cpn01Settings.ModePulse)
                {
                    _counters.Total += pulses;
                    _persistence.StateChanged(pulses > int.MaxValue ? int.MaxValue : (int)pulses, false);
                }
            }

            if (_alarm.Update(now))
            {
                AlarmsFired++;
                _counters.AlarmFired = true;
                _persistence.StateChanged(0, false);
                _log.Write(LogLevel.Info, Component, "open alarm");
                _uplink.Due = true;
            }

            if (now >= _nextTdcAt)
            {
                SetTdcDue(now, Next(_nextTdcAt, _settings.TdcSeconds, now));
                _uplink.Due |= !_retry.JustFailed(now);
            }

            if (now >= _catchUpAt || (_catchUpAt == long.MaxValue && now >= _retry.RetryAtMs))
            {
                _catchingUp |= now >= _catchUpAt;
                _catchUpAt = long.MaxValue;
                _retry.Started();
                _uplink.Due = true;
            }

            if (_uplink.HasSettingReports)
            {
                _uplink.ReportSettings();
            }

            if (_uplink.Due && !_started)
            {
                // After a deep-sleep wake the link waits until there is something to send.
                _dispatcher.StartLink();
            }

            if (_uplink.Due && _uplink.IsIdle && _online && _started)
            {
                StartUplink(now);
            }
            else if (_uplink.Due && !_online && _dispatcher.IsCloudUnavailable)
            {
                _uplink.PutOff(now);
            }

            _led.Update(now);
        }

        /// <summary>Asks for an uplink as soon as the cloud is reachable.</summary>
        public void RequestUplink()
        {
            _uplink.Due = true;
        }

        /// <inheritdoc />
        public IAtCommandGroup CreateCommands(ConsoleOutput output)
        {
            return new Cpn01Commands(this, _dispatcher.Dps, output);
        }

        /// <summary>
        /// Changes a setting or count by DP id with the schema's limits — the path AT commands take.
        /// Null when saved, in use and reported to the cloud; else why not (nothing changed, on flash
        /// or in use: a value that cannot be saved is not taken).
        /// </summary>
        public string Set(byte dp, int value)
        {
            string error = CheckSet(dp, value);
            if (error != null)
            {
                return error;
            }

            Begin();
            _change.Stage(dp, value);
            return CommitAndReport(dp, dp);
        }

        /// <summary>Sets the open alarm's keep status and keep time together (AT+TTRIG): both or neither, as <see cref="Set"/>.</summary>
        public string SetAlarm(int keepStatus, int keepTimeSeconds)
        {
            string error = CheckSet(Cpn01Dp.AlarmKeepStatus, keepStatus);
            if (error == null)
            {
                error = CheckSet(Cpn01Dp.AlarmKeepTime, keepTimeSeconds);
            }

            if (error != null)
            {
                return error;
            }

            Begin();
            _change.Stage(Cpn01Dp.AlarmKeepStatus, keepStatus);
            _change.Stage(Cpn01Dp.AlarmKeepTime, keepTimeSeconds);
            return CommitAndReport(Cpn01Dp.AlarmKeepStatus, Cpn01Dp.AlarmKeepTime);
        }

        /// <summary>Marks every pending datalog record sent (AT+CDP=0). Null when saved and done, else why not (nothing changed).</summary>
        public string ForgetPendingRecords()
        {
            string error = _stateFormat.Save(_persistence, _counters.Total, DatalogChange.AllSent);
            if (error != null)
            {
                return NothingChanged(error);
            }

            for (int i = 0; i < _datalog.Count; i++)
            {
                if (_datalog.PendingAt(i))
                {
                    _datalog.MarkSent(_datalog.SequenceAt(i));
                }
            }

            return null;
        }

        /// <summary>Forgets every datalog record (AT+CLRDTA). Null when saved and done, else why not (nothing changed).</summary>
        public string ClearDatalog()
        {
            string error = _stateFormat.Save(_persistence, _counters.Total, DatalogChange.Cleared);
            if (error != null)
            {
                return NothingChanged(error);
            }

            _datalog.Clear();
            return null;
        }

        /// <summary>The current value of a numeric DP (settings and state), as its DP carries it.</summary>
        public int Get(byte dp)
        {
            switch (dp)
            {
                case Cpn01Dp.DoorContactState: return _contact.IsClosed ? 0 : 1;
                case Cpn01Dp.BatteryPercentage: return _device.Battery.Percent;
                case Cpn01Dp.BatteryState: return BatteryState();
                case Cpn01Dp.TotalCount: return _counters.Total24;
                case Cpn01Dp.LastOpenDuration: return _counters.LastOpenDurationMin;
                case Cpn01Dp.OpenAlarm: return _alarm.IsActive ? 1 : 0;
                case Cpn01Dp.BatteryVoltage: return _device.Battery.Millivolts;
                case Cpn01Dp.SignalStrength: return SignalConversion.RsrpLevelToDbm(_dispatcher.State.RsrpLevel);
                case Cpn01Dp.ReportInterval: return _settings.TdcSeconds;
                case Cpn01Dp.RecordInterval: return _settings.TrSeconds;
                case Cpn01Dp.RecordsPerUplink: return _settings.Noud;
                case Cpn01Dp.AlarmKeepStatus: return _settings.AlarmKeepStatus;
                case Cpn01Dp.AlarmKeepTime: return _settings.AlarmKeepTimeSeconds;
                case Cpn01Dp.TriggerMode: return _settings.TriggerMode;
                case Cpn01Dp.CalculateFlag: return _settings.CalculateFlag;
                case Cpn01Dp.EventUplink: return _settings.EventUplinkMode;
                case Cpn01Dp.WorkMode: return _settings.WorkMode;
                default: return 0;
            }
        }

        /// <summary>Fills <paramref name="payload"/> with the CPN01 payload as the next uplink would send it.</summary>
        public void FillPayload(Cpn01Payload payload, long now)
        {
            _device.Identity.AdoptImei(_dispatcher.State.Imei);
            _device.Identity.CopyTo(payload.DeviceId, 0);

            payload.Version = _version;
            int mv = _device.Battery.Millivolts;
            payload.BatteryMv = mv < 0 ? 0 : mv;
            payload.Signal = SignalConversion.RsrpLevelToCsq(_dispatcher.State.RsrpLevel);
            payload.Mod = _settings.WorkMode == Cpn01Settings.ModePulse ? 2 : 1;
            payload.CalculateFlag = _settings.CalculateFlag;
            payload.ContactStatus = _contact.IsClosed ? 1 : 0;
            payload.Alarm = _alarm.IsActive ? 1 : 0;
            payload.TotalPulse = _counters.Total24;
            payload.LastOpenDurationMin = _counters.LastOpenDurationMin;
            payload.Timestamp = _rtc.IsSet ? _rtc.UnixSeconds : 0;

            // The most recent records with a known time, newest first, as Dragino attaches them.
            int count = 0;
            for (int i = _datalog.Count - 1; i >= 0 && count < _settings.Noud; i--)
            {
                if (!_datalog.TimeKnownAt(i))
                {
                    continue;
                }

                payload.RecordContactStatus[count] = _datalog.ClosedAt(i) ? 1 : 0;
                payload.RecordTotalPulse[count] = _datalog.TotalAt(i);
                payload.RecordLastOpenDurationMin[count] = _datalog.DurationAt(i);
                payload.RecordTimestamp[count] = _datalog.StampAt(i);
                count++;
            }

            payload.RecordCount = count;
        }

        // ----- module events -----

        void IModuleObserver.OnNetworkStatusChanged(byte status)
        {
            bool online = status == NetworkStatus.CloudConnected;
            if (online && !_online)
            {
                long now = _clock.UptimeMs;
                if (!_joinedOnce)
                {
                    _joinedOnce = true;
                    _led.Flash(now, StatusLed.JoinedMs);

                    // An uplink put off before this boot (or start-up) reached the cloud goes now.
                    _uplink.Due |= _retry.IsOwed;
                }
                else
                {
                    // Back after an outage: let the module upload what it retained, then catch up.
                    _catchUpAt = now + CatchUpDelayMs;
                }
            }

            _online = online;
            _uplink.Online = online;
        }

        void IModuleObserver.OnOperatingStatusChanged(byte status)
        {
        }

        void IModuleObserver.OnTimeSynced(long unixSeconds)
        {
            long now = _clock.UptimeMs;
            _datalog.FixTimes(unixSeconds, now);
            if (_counters.OpenedAtUnix < 0 && _openedKnown && !_contact.IsClosed)
            {
                _counters.OpenedAtUnix = unixSeconds - (now - _openedAtMs) / 1000;
            }

            if (_counters.ChangedAtUnix < 0)
            {
                _counters.ChangedAtUnix = unixSeconds - (now - _contact.ChangedAtMs) / 1000;
            }

            SetTdcDue(now, _nextTdcAt);
            if (_counters.NextTrUnix < 0)
            {
                SetTrDue(now, _nextTrAt);
            }
            else
            {
                // A correction of the clock moves when the ticks come, not which seconds they stamp.
                _nextTrAt = now + (_counters.NextTrUnix - unixSeconds) * 1000;
            }

            _persistence.StateChanged(0, false);
        }

        void IModuleObserver.OnModuleRestarted()
        {
        }

        void IModuleObserver.OnStartupComplete()
        {
            if (!_started)
            {
                // The CPN01 uplinks once it has joined; so does this — but not at every wake from deep sleep.
                _started = true;
                _uplink.Due |= !_device.IsResumed;
            }
        }

        void IModuleObserver.OnSleepLockSet(bool locked)
        {
        }

        // ----- DP commands and values -----

        string IDpHandler.Check(DpReader unit)
        {
            if (unit.Id != Cpn01Dp.Cpn01Downlink)
            {
                return null;
            }

            byte type;
            int value;
            string error = Cpn01Downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength, out type, out value);
            if (error != null)
            {
                return error;
            }

            if (type == Cpn01Downlink.SetTdc)
            {
                return _dispatcher.Dps.Find(Cpn01Dp.ReportInterval).CheckNumber(value);
            }

            if (type == Cpn01Downlink.SetIntMod)
            {
                return _dispatcher.Dps.Find(Cpn01Dp.EventUplink).CheckNumber(value);
            }

            return null;
        }

        // Stages the unit; the dispatcher commits once every unit of the command is staged.
        void IDpHandler.Apply(DpReader unit)
        {
            if (!_change.IsOpen)
            {
                Begin();
            }

            if (unit.Id != Cpn01Dp.Cpn01Downlink)
            {
                _change.Stage(unit.Id, unit.Type == DpType.Bool ? (unit.ReadBool() ? 1 : 0) : unit.Type == DpType.Enum ? unit.ReadEnum() : unit.ReadValue());
                return;
            }

            byte type;
            int downlinkValue;
            Cpn01Downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength, out type, out downlinkValue);
            byte dp = type == Cpn01Downlink.SetTdc ? Cpn01Dp.ReportInterval : type == Cpn01Downlink.SetIntMod ? Cpn01Dp.EventUplink : Cpn01Dp.DeviceReset;
            _change.Stage(dp, type == Cpn01Downlink.Reset ? 1 : downlinkValue);
        }

        string IDpHandler.Commit()
        {
            return Commit();
        }

        // Saves the staged change, then puts it in use. Null when done (or nothing was staged); else
        // why not, and nothing changed: the staged change is dropped.
        private string Commit()
        {
            if (!_change.IsOpen)
            {
                return null;
            }

            string error = _change.Save(_persistence);
            if (error != null)
            {
                return NothingChanged(error);
            }

            int changes = _change.Changes;
            long now = _clock.UptimeMs;
            if ((changes & StagedChange.Tdc) != 0)
            {
                SetTdcDue(now, now + _settings.TdcSeconds * 1000L);
            }

            if ((changes & StagedChange.Tr) != 0)
            {
                SetTrDue(now, now + _settings.TrSeconds * 1000L);
            }

            if ((changes & StagedChange.Alarm) != 0)
            {
                _alarm.Configure(_settings.AlarmKeepStatus, _settings.AlarmKeepTimeSeconds, _contact.IsClosed, now);
            }

            if ((changes & StagedChange.WorkMode) != 0 && _pulses != null)
            {
                _pulses.Setup();
            }

            if ((changes & StagedChange.Count) != 0)
            {
                // Saved as it is now: no further save is due for it.
                _counters.Total = _change.Total;
            }

            if ((changes & StagedChange.Reboot) != 0)
            {
                _device.RestartAt(now + RebootDelayMs);
            }

            return null;
        }

        // The write-only DPs show their effect in other DPs, which the report back after a command
        // (applied or refused) carries: the counts in total_count, a downlink in the settings it sets.
        int IDpHandler.ReportedFor(byte id, int index)
        {
            if (index == 0)
            {
                return id == Cpn01Dp.SetCount || id == Cpn01Dp.ClearCount ? Cpn01Dp.TotalCount : id == Cpn01Dp.Cpn01Downlink ? Cpn01Dp.ReportInterval : 0;
            }

            return index == 1 && id == Cpn01Dp.Cpn01Downlink ? Cpn01Dp.EventUplink : 0;
        }

        bool IDpHandler.WriteCurrent(byte id, DpWriter writer)
        {
            switch (id)
            {
                case Cpn01Dp.DoorContactState:
                case Cpn01Dp.OpenAlarm:
                    return writer.WriteBool(id, Get(id) != 0);
                case Cpn01Dp.BatteryState:
                case Cpn01Dp.AlarmKeepStatus:
                case Cpn01Dp.TriggerMode:
                case Cpn01Dp.EventUplink:
                case Cpn01Dp.WorkMode:
                    return writer.WriteEnum(id, (byte)Get(id));
                case Cpn01Dp.BatteryPercentage:
                case Cpn01Dp.BatteryVoltage:
                    int battery = Get(id);
                    return battery < 0 || writer.WriteValue(id, battery);
                case Cpn01Dp.Cpn01Payload:
                    FillPayload(_payload, _clock.UptimeMs);
                    int at = writer.ReserveRaw(id, _payload.EncodedLength);
                    if (at < 0)
                    {
                        return false;
                    }

                    _payload.Encode(writer.Buffer, at);
                    return true;
                default:
                    return writer.WriteValue(id, Get(id));
            }
        }

        // ----- internals -----

        private void OnContactChanged(bool closed, long changedAtMs)
        {
            ContactEvents++;
            long changedAtUnix = _rtc.IsSet ? _rtc.UnixSeconds - (_clock.UptimeMs - changedAtMs) / 1000 : -1;
            if (closed)
            {
                OnClosed(changedAtMs, changedAtUnix);
            }
            else
            {
                _openedAtMs = changedAtMs;
                _openedKnown = true;
                _counters.OpenedAtUnix = changedAtUnix;
            }

            _counters.HasContactState = true;
            _counters.ContactClosed = closed;
            _counters.ChangedAtUnix = changedAtUnix;
            _counters.AlarmFired = false;
            if (_settings.WorkMode == Cpn01Settings.ModeContact)
            {
                bool counts = _settings.TriggerMode == Cpn01Settings.CountOnOpen ? !closed : closed;
                if (counts)
                {
                    _counters.Total++;
                }

                _persistence.StateChanged(counts ? 1 : 0, false);
            }
            else
            {
                _persistence.StateChanged(0, false);
            }

            _alarm.OnContactChanged(closed, changedAtMs);
            int mode = _settings.EventUplinkMode;
            if (mode == Cpn01Settings.EventsBoth || (mode == Cpn01Settings.EventsOpen && !closed) || (mode == Cpn01Settings.EventsClose && closed))
            {
                _uplink.Due = true;
            }
        }

        private void OnClosed(long closedAtMs, long closedAtUnix)
        {
            long openMs = -1;
            if (_openedKnown)
            {
                openMs = closedAtMs - _openedAtMs;
            }
            else if (_counters.OpenedAtUnix >= 0 && closedAtUnix >= 0)
            {
                // Opened before a reboot or deep sleep whose wall-clock time is known.
                openMs = (closedAtUnix - _counters.OpenedAtUnix) * 1000;
            }

            if (openMs >= 0)
            {
                // Rounded to the nearest minute: 29 s shows 0, 30 s to 89 s show 1.
                long minutes = (openMs + 30000) / 60000;
                _counters.LastOpenDurationMin = minutes > 0xFFFFFF ? 0xFFFFFF : (int)minutes;
            }

            _openedKnown = false;
            _counters.OpenedAtUnix = -1;
        }

        // The records of the TR ticks due by now, with the contact state closed and the counters as they
        // are: with the clock known every tick up to this second, each stamped with its own second (a ring's
        // worth at most: older ones would be overwritten at once, and are only counted); without it the one
        // tick due, stamped with the uptime.
        private void WriteDueRecords(long now, bool closed)
        {
            long overwritten = _datalog.OverwrittenPending;
            if (!BackFills)
            {
                if (now >= _nextTrAt)
                {
                    SetTrDue(now, Next(_nextTrAt, _settings.TrSeconds, now));
                    _datalog.Add(closed, _counters.Total24, _counters.LastOpenDurationMin, false, now);
                    _persistence.StateChanged(0, true);
                }

                return;
            }

            long unixNow = _rtc.UnixSeconds;
            long tick = _counters.NextTrUnix;
            if (tick <= unixNow)
            {
                long tr = _settings.TrSeconds;
                long samples = (unixNow - tick) / tr + 1;
                long skipped = samples - _datalog.Capacity;
                if (skipped > 0)
                {
                    _datalog.Skip(skipped);
                    tick += skipped * tr;
                    samples -= skipped;
                }

                for (long i = 0; i < samples; i++)
                {
                    _datalog.Add(closed, _counters.Total24, _counters.LastOpenDurationMin, true, tick);
                    tick += tr;
                }

                _counters.NextTrUnix = tick;
                _persistence.StateChanged(0, true);
            }

            _nextTrAt = now + (tick - unixNow) * 1000;
            long lost = _datalog.OverwrittenPending - overwritten;
            if (lost > 0)
            {
                // Counted in the datalog too (OverwrittenPending, for this boot).
                _log.Write(LogLevel.Warning, Component, "datalog full: " + lost.ToString() + " unsent records overwritten");
            }
        }

        // True when the TR schedule is in wall-clock seconds: records carry their tick's time and can be back-filled.
        private bool BackFills
        {
            get { return _rtc.IsSet && _counters.NextTrUnix >= 0; }
        }

        // Null when dp is a writable setting or count of this application and value passes its schema, else why not.
        private string CheckSet(byte dp, int value)
        {
            DpDefinition definition = _dispatcher.Dps.Find(dp);
            if (definition == null || _dispatcher.Dps.HandlerOf(dp) != this)
            {
                return "DP " + dp.ToString() + " is not a sensor setting";
            }

            if (!definition.IsWritable)
            {
                return "DP " + dp.ToString() + " (" + definition.Code + ") is read-only";
            }

            return definition.CheckNumber(value);
        }

        private void Begin()
        {
            _change.Begin(_counters.Total);
        }

        // An AT command's change: committed, then reported to the cloud (the DP command path is
        // reported back by the dispatcher).
        private string CommitAndReport(byte dp, byte alsoDp)
        {
            string error = Commit();
            if (error == null)
            {
                _uplink.QueueSettingReport(dp);
                _uplink.QueueSettingReport(alsoDp);
            }

            return error;
        }

        private string NothingChanged(string reason)
        {
            _log.Write(LogLevel.Warning, Component, "change refused: " + reason);
            return "nothing changed: " + reason;
        }

        private void StartUplink(long now)
        {
            _led.Flash(now, StatusLed.UplinkMs);
            bool wholeBacklog = _catchingUp || _retry.IsOwed;
            _catchingUp = false;
            _uplink.Start(wholeBacklog);
        }

        private int BatteryState()
        {
            int percent = _device.Battery.Percent;
            // No battery measured (external power) reads as high.
            return percent < 0 ? BatteryStateHigh : percent < BatteryLowBelowPercent ? BatteryStateLow : percent < BatteryHighFromPercent ? BatteryStateMiddle : BatteryStateHigh;
        }

        private void SetTdcDue(long now, long dueMs)
        {
            _nextTdcAt = dueMs;
            _counters.NextTdcUnix = _rtc.IsSet ? _rtc.UnixSeconds + (dueMs - now) / 1000 : -1;
        }

        private void SetTrDue(long now, long dueMs)
        {
            _nextTrAt = dueMs;
            _counters.NextTrUnix = _rtc.IsSet ? _rtc.UnixSeconds + (dueMs - now) / 1000 : -1;
        }

        private static long NonNegative(long value)
        {
            return value < 0 ? 0 : value;
        }

        private static long Next(long due, int intervalSeconds, long now)
        {
            long next = due + intervalSeconds * 1000L;

            // After a long stall (deep sleep, a debugger), skip the missed ones rather than burst.
            return next <= now ? now + intervalSeconds * 1000L : next;
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
