// Over 400 lines: the application is one state machine (inputs, log, uplinks, settings and the
// DP handler share its fields); the self-contained parts are the other classes of this folder.
using System;
using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N-style power-outage monitor on the platform: it holds the two detector inputs
    /// (power_outage, low_voltage), logs each change that is an event (AT+INTMOD) and each clock-log
    /// sample, and uplinks at once on an event, every TDC, on the ACT button and at start-up. Every
    /// uplink carries the current state and the log entries no acknowledged uplink has carried yet,
    /// oldest first (at most AT+CLOCKLOG d of them, all 32 when an event waits), so an event that
    /// happened while the module was offline, asleep or busy reaches the cloud in the next uplink,
    /// once, with its own time. While power_outage is 1 the device runs in battery mode (the
    /// platform's deep sleep between events, TDC and clock-log samples, the state saved before each
    /// sleep). Commands from the cloud, downlinks and AT commands all pass the same checks; a change
    /// is saved before it is taken. Allocates nothing per event or per uplink.
    /// </summary>
    public sealed class Pom01nApplication : IApplication, IBackupPowered, IDpHandler, IRequestObserver
    {
        /// <summary>The power_outage input's role in the board's input table (the manual's DATA1).</summary>
        public const string PowerOutageRole = "power_outage";

        /// <summary>The low_voltage input's role in the board's input table (the manual's DATA2).</summary>
        public const string LowVoltageRole = "low_voltage";

        /// <summary>The ACT button's role in the board's input table (optional).</summary>
        public const string ButtonRole = "act_button";

        /// <summary>Time between a reset command and the reboot, so its acknowledgement goes out.</summary>
        public const int RebootDelayMs = 2000;

        private const string Component = "pom01n";
        private const int TagSignal = -1;
        private const int TagReport = -2;
        private const int TagSettings = -3;
        private const int StageIdle = 0;
        private const int StageSignal = 1;
        private const int StageReport = 2;

        private readonly Device _device;
        private readonly CommandDispatcher _dispatcher;
        private readonly Persistence _persistence;
        private readonly IClock _clock;
        private readonly IRealTimeClock _rtc;
        private readonly ILog _log;
        private readonly UplinkRetry _retry;
        private readonly DetectorInput _outage;
        private readonly DetectorInput _lowVoltage;
        private readonly ActButton _button;
        private readonly Pom01nLed _led;
        private readonly Pom01nSettings _settings;
        private readonly Pom01nSettings _defaults = new Pom01nSettings();
        private readonly Pom01nLog _entries;
        private readonly ClockLogSchedule _schedule;
        private readonly Pom01nState _state;
        private readonly Pom01nPayload _payload = new Pom01nPayload();
        private readonly Pom01nJson _json = new Pom01nJson();
        private readonly Pom01nDownlink _downlink = new Pom01nDownlink();
        private readonly DpWriter _writer = new DpWriter();
        private readonly byte[] _report;
        private readonly byte[] _lastPayload = new byte[Pom01nPayload.MaxLength];
        private readonly int _firmware;

        private long _nextTdcAt;
        private bool _uplinkDue;
        private int _stage;
        private bool _online;
        private bool _joinedOnce;
        private bool _started;
        private bool _settingsReportDue;
        private bool _changeOpen;
        private bool _resetStaged;
        private uint _inFlightNewest;
        private int _inFlightCount;
        private int _lastPayloadLength;

        /// <summary>
        /// Builds the application on <paramref name="device"/>: <paramref name="defaults"/> are the
        /// settings used when storage holds none (null: the factory settings), the log keeps
        /// <paramref name="logCapacity"/> entries (32..4096); the DPs of <see cref="Pom01nSchema"/> are
        /// registered with the dispatcher.
        /// </summary>
        public Pom01nApplication(Device device, Pom01nSettings defaults, int logCapacity)
        {
            DeviceHardware hardware = device.Hardware;
            HardwareInput outage = LevelInput(hardware, PowerOutageRole);
            HardwareInput low = LevelInput(hardware, LowVoltageRole);
            HardwareInput button = hardware.Input(ButtonRole);

            _device = device;
            _dispatcher = device.Dispatcher;
            _persistence = device.Persistence;
            _clock = hardware.Clock;
            _rtc = hardware.Rtc;
            _retry = device.Retry;
            _log = hardware.Log == null ? NullLog.Instance : hardware.Log;
            _settings = new Pom01nSettings();
            if (defaults != null)
            {
                _defaults.CopyFrom(defaults);
            }

            _settings.CopyFrom(_defaults);

            _outage = new DetectorInput(outage.Level, outage.ActiveLevel, HoldMs(outage));
            _lowVoltage = new DetectorInput(low.Level, low.ActiveLevel, HoldMs(low));
            _button = button == null || button.Level == null ? null : new ActButton(button.Level, button.ActiveLevel, button.HoldMs > 0 ? button.HoldMs : ActButton.DefaultDebounceMs);
            _led = new Pom01nLed(hardware.Led, hardware.LedOnLevel);
            _entries = new Pom01nLog(logCapacity);
            _schedule = new ClockLogSchedule(_settings.ClockLog);
            _state = new Pom01nState(_entries, _schedule);
            _firmware = Pom01nPayload.FirmwareByte(device.Options.Dispatcher.McuVersion);
            _report = _dispatcher.ReportBuffer;

            DpDefinition[] schema = Pom01nSchema.Create();
            for (int i = 0; i < schema.Length; i++)
            {
                _dispatcher.Dps.Register(schema[i], this);
            }
        }

        IPersistedObject IApplication.Settings
        {
            get { return _settings; }
        }

        IPersistedObject IApplication.State
        {
            get { return _state; }
        }

        /// <summary>The settings in use (change them through the Set methods).</summary>
        public Pom01nSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The log: events and clock-log samples, newest first.</summary>
        public Pom01nLog Log
        {
            get { return _entries; }
        }

        /// <summary>The clock log's schedule.</summary>
        public ClockLogSchedule Schedule
        {
            get { return _schedule; }
        }

        /// <summary>What is kept across reboots and sleeps (inputs, battery mode, delivery).</summary>
        public Pom01nState State
        {
            get { return _state; }
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

        /// <inheritdoc />
        public bool OnBattery
        {
            get { return _state.OnBattery || _state.Deactivated; }
        }

        /// <summary>True while deactivated for shipping (five fast presses): asleep until a long press of the ACT button.</summary>
        public bool IsDeactivated
        {
            get { return _state.Deactivated; }
        }

        /// <summary>Uplinks started.</summary>
        public long Uplinks { get; private set; }

        /// <summary>Uplinks the module acknowledged.</summary>
        public long UplinksAcknowledged { get; private set; }

        /// <summary>Uplinks that failed or were put off (tried again later, see <see cref="UplinkRetry"/>).</summary>
        public long UplinkFailures { get; private set; }

        /// <summary>Input changes that were events (AT+INTMOD).</summary>
        public long Events { get; private set; }

        /// <summary>The last payload the module acknowledged, in the hex layout (AT+LDATA); its length is <see cref="LastPayloadLength"/>.</summary>
        public byte[] LastPayload
        {
            get { return _lastPayload; }
        }

        /// <summary>Bytes of <see cref="LastPayload"/>, 0 before the first acknowledged uplink.</summary>
        public int LastPayloadLength
        {
            get { return _lastPayloadLength; }
        }

        /// <summary>Log entries no acknowledged uplink has carried yet (the newest ones).</summary>
        public int Undelivered
        {
            get
            {
                int pending;
                Sendable(0, out pending);
                return pending;
            }
        }

        /// <summary>The firmware version as the payload carries it (1.0.0).</summary>
        public string FirmwareText
        {
            get
            {
                _payload.Firmware = _firmware < 0 ? 0 : _firmware;
                return _payload.FirmwareText();
            }
        }

        /// <inheritdoc />
        public bool HasUplinked
        {
            get { return Uplinks > 0; }
        }

        /// <inheritdoc />
        public long NextDueMs
        {
            get
            {
                long now = _clock.UptimeMs;
                if (_state.Deactivated)
                {
                    // Shipping: only the button (and the LED's last signal) until a long press.
                    return Min(_led.NextDueMs, _button == null ? long.MaxValue : _button.NextDueMs);
                }

                if ((_uplinkDue && _stage == StageIdle && _online && _started) || _settingsReportDue)
                {
                    return now;
                }

                long due = Min(Min(_outage.NextDueMs, _lowVoltage.NextDueMs), Min(_nextTdcAt, _led.NextDueMs));
                due = Min(due, _retry.RetryAtMs);
                if (_button != null)
                {
                    due = Min(due, _button.NextDueMs);
                }

                long tick = _schedule.NextTickUnix;
                if (tick != ClockLogSchedule.NoTick && _rtc.IsSet)
                {
                    long wait = tick - _rtc.UnixSeconds;
                    due = Min(due, wait <= 0 ? now : now + wait * 1000);
                }

                return due;
            }
        }

        /// <inheritdoc />
        public bool IsIdle
        {
            get
            {
                if (_state.Deactivated)
                {
                    return _led.NextDueMs == long.MaxValue && (_button == null || _button.NextDueMs == long.MaxValue);
                }

                return _stage == StageIdle && !_uplinkDue && !_settingsReportDue && _outage.NextDueMs == long.MaxValue
                    && _lowVoltage.NextDueMs == long.MaxValue && (_button == null || _button.NextDueMs == long.MaxValue);
            }
        }

        /// <summary>
        /// Reads the inputs and picks up where the previous boot or deep sleep left off: a change
        /// since (it may be what woke the chip) is reported once it has held; the TDC continues in
        /// wall-clock time; after a deep sleep the clock-log ticks slept through are logged, after a
        /// cold boot the log starts again (README).
        /// </summary>
        public void Setup()
        {
            long now = _clock.UptimeMs;
            if (_state.InputsKnown)
            {
                _outage.Resume(now, _state.PowerOutage);
                _lowVoltage.Resume(now, _state.LowVoltage);
            }
            else
            {
                _outage.Setup(now);
                _lowVoltage.Setup(now);
                _state.InputsKnown = true;
                _state.PowerOutage = _outage.IsActive;
                _state.LowVoltage = _lowVoltage.IsActive;
                _persistence.StateChanged(0, true);
            }

            ApplyTriggers();
            if (_button != null)
            {
                _button.Setup(now);
            }

            bool clock = _rtc.IsSet;
            long unix = clock ? _rtc.UnixSeconds : 0;
            _nextTdcAt = clock && _state.NextTdcUnix >= 0 ? now + NonNegative(_state.NextTdcUnix - unix) * 1000 : now + _settings.TdcSeconds * 1000L;
            if (!_device.IsResumed)
            {
                // A cold boot: what fell while the board was down is unknown, so the log starts anew.
                _schedule.Stop();
                if (clock)
                {
                    _schedule.Start(unix);
                }
            }
            else if (!_state.Deactivated)
            {
                TakeClockSamples();
            }

            SetBatteryMode(_state.InputsKnown && _state.PowerOutage);
        }

        // Deactivated (shipping): the button is all that is watched; a long press activates again.
        private bool LoopDeactivated(long now)
        {
            if (!_state.Deactivated)
            {
                return false;
            }

            if (_button != null)
            {
                OnButton(_button.Update(now), now);
            }

            _led.Update(now);
            return true;
        }

        /// <inheritdoc />
        public void Loop()
        {
            long now = _clock.UptimeMs;
            if (LoopDeactivated(now))
            {
                return;
            }

            // Samples first: the state they log is the one that held through their ticks.
            TakeClockSamples();
            if (_outage.Update(now))
            {
                OnInputChanged(_outage, now);
            }

            if (_lowVoltage.Update(now))
            {
                OnInputChanged(_lowVoltage, now);
            }

            if (_button != null)
            {
                OnButton(_button.Update(now), now);
            }

            if (now >= _nextTdcAt)
            {
                SetTdcDue(now, Next(_nextTdcAt, _settings.TdcSeconds, now));
                _uplinkDue |= !_retry.JustFailed(now);
            }

            if (now >= _retry.RetryAtMs)
            {
                _retry.Started();
                _uplinkDue = true;
            }

            if (_settingsReportDue)
            {
                ReportSettings();
            }

            if (_uplinkDue && !_started)
            {
                // After a deep-sleep wake the link waits until there is something to send.
                _dispatcher.StartLink();
            }

            if (_uplinkDue && _stage == StageIdle && _online && _started)
            {
                StartUplink(now);
            }
            else if (_uplinkDue && !_online && _dispatcher.IsCloudUnavailable)
            {
                PutOffUplink(now);
            }

            _led.Update(now);
        }

        /// <inheritdoc />
        public void RequestUplink()
        {
            _uplinkDue = true;
        }

        /// <inheritdoc />
        public IAtCommandGroup CreateCommands(ConsoleOutput output)
        {
            return new Pom01nCommands(this, output);
        }

        // ----- settings: AT commands, DP commands and downlinks all come through here -----

        /// <summary>AT+TDC. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetTdc(long seconds)
        {
            string error = Pom01nSettings.CheckTdc(seconds);
            if (error != null)
            {
                return error;
            }

            Begin().TdcSeconds = (int)seconds;
            return CommitAndReport();
        }

        /// <summary>AT+INTMOD=a,b. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetTriggers(long a, long b)
        {
            string error = Pom01nDownlink.CheckTrigger("a (power_outage)", a < 0 || a > 3 ? -1 : (int)a);
            if (error == null)
            {
                error = Pom01nDownlink.CheckTrigger("b (low_voltage)", b < 0 || b > 3 ? -1 : (int)b);
            }

            if (error != null)
            {
                return error;
            }

            Pom01nSettings staged = Begin();
            staged.OutageTrigger = (TriggerMode)(int)a;
            staged.LowVoltageTrigger = (TriggerMode)(int)b;
            return CommitAndReport();
        }

        /// <summary>AT+CLOCKLOG=a,b,c,d. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetClockLog(int a, int b, int c, int d)
        {
            string error = ClockLogSettings.Check(a, b, c, d);
            if (error != null)
            {
                return error;
            }

            Begin().ClockLog.Set(a, b, c, d);
            return CommitAndReport();
        }

        /// <summary>AT+PRO=x,type: 0 hex, 5 General JSON. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetPayloadType(long type)
        {
            string error = Pom01nSettings.CheckPayloadType(type);
            if (error != null)
            {
                return error;
            }

            Begin().PayloadType = (int)type;
            return CommitAndReport();
        }

        /// <summary>AT+CDP=0: forgets the log (delivered or not). Null when saved and done; else why not, and nothing changed.</summary>
        public string ClearLog()
        {
            _state.WriteLogEmpty = true;
            string error = _persistence.SaveState();
            _state.WriteLogEmpty = false;
            if (error != null)
            {
                return "nothing changed: " + error;
            }

            _entries.Clear();
            return null;
        }

        /// <summary>
        /// AT+FDR1: the factory settings and an empty log are saved (the device's own settings, the
        /// password among them, stay), then the device reboots. Null when saved; else why not, and
        /// nothing changed.
        /// </summary>
        public string FactoryResetKeepingPassword()
        {
            Begin().CopyFrom(_defaults);
            string error = Commit();
            if (error != null)
            {
                return error;
            }

            _entries.Clear();
            _state.Delivered = 0;
            _schedule.Stop();
            error = _persistence.SaveState();
            _device.RestartAt(_clock.UptimeMs + RebootDelayMs);
            return error == null ? null : "settings reset, but the log could not be erased: " + error;
        }

        // ----- the DP handler -----

        string IDpHandler.Check(DpReader unit)
        {
            switch (unit.Id)
            {
                case Pom01nDp.Pom01nDownlink:
                    return _downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength);
                case Pom01nDp.ClockLogStart:
                    int start = unit.ReadValue();
                    return start > ClockLogSettings.MaxStartSecond && start != ClockLogSettings.AfterFirstUplink
                        ? "CLOCKLOG b (first sample, second of the hour) must be 0..3599 or 65535, got " + start.ToString()
                        : null;
                default:
                    return null;
            }
        }

        void IDpHandler.Apply(DpReader unit)
        {
            Pom01nSettings staged = _changeOpen ? _settings.Staged : Begin();
            switch (unit.Id)
            {
                case Pom01nDp.ReportInterval: staged.TdcSeconds = unit.ReadValue(); break;
                case Pom01nDp.OutageTrigger: staged.OutageTrigger = (TriggerMode)unit.ReadEnum(); break;
                case Pom01nDp.LowVoltageTrigger: staged.LowVoltageTrigger = (TriggerMode)unit.ReadEnum(); break;
                case Pom01nDp.ClockLogEnable: staged.ClockLog.Enabled = unit.ReadBool(); break;
                case Pom01nDp.ClockLogStart: staged.ClockLog.StartSecond = unit.ReadValue(); break;
                case Pom01nDp.ClockLogInterval: staged.ClockLog.IntervalMin = unit.ReadValue(); break;
                case Pom01nDp.ClockLogEntries: staged.ClockLog.EntriesPerUplink = unit.ReadValue(); break;
                case Pom01nDp.PayloadFormat: staged.PayloadType = unit.ReadEnum() == 1 ? Pom01nSettings.JsonPayload : Pom01nSettings.HexPayload; break;
                case Pom01nDp.DeviceReset: _resetStaged |= unit.ReadBool(); break;
                case Pom01nDp.Pom01nDownlink: ApplyDownlink(staged); break;
            }
        }

        string IDpHandler.Commit()
        {
            return Commit();
        }

        int IDpHandler.ReportedFor(byte id, int index)
        {
            if (id != Pom01nDp.Pom01nDownlink)
            {
                return 0;
            }

            // A downlink shows its effect in the settings it sets.
            return index < 7 ? Pom01nDp.ReportInterval + index : 0;
        }

        bool IDpHandler.WriteCurrent(byte id, DpWriter writer)
        {
            switch (id)
            {
                case Pom01nDp.PowerOutage:
                case Pom01nDp.LowVoltage:
                case Pom01nDp.ClockLogEnable:
                    return writer.WriteBool(id, Get(id) != 0);
                case Pom01nDp.OutageTrigger:
                case Pom01nDp.LowVoltageTrigger:
                case Pom01nDp.PayloadFormat:
                    return writer.WriteEnum(id, (byte)Get(id));
                case Pom01nDp.BatteryPercentage:
                case Pom01nDp.BatteryVoltage:
                    int battery = Get(id);
                    return battery < 0 || writer.WriteValue(id, battery);
                case Pom01nDp.Pom01nPayload:
                case Pom01nDp.Pom01nJson:
                    // Only an uplink writes the payload: it decides which log entries go.
                    return true;
                default:
                    return writer.WriteValue(id, Get(id));
            }
        }

        /// <summary>The current value of a numeric DP, as the DP carries it.</summary>
        public int Get(byte dp)
        {
            switch (dp)
            {
                case Pom01nDp.PowerOutage: return _outage.IsActive ? 1 : 0;
                case Pom01nDp.LowVoltage: return _lowVoltage.IsActive ? 1 : 0;
                case Pom01nDp.BatteryPercentage: return _device.Battery.Percent;
                case Pom01nDp.BatteryVoltage: return _device.Battery.Millivolts;
                case Pom01nDp.SignalStrength: return SignalConversion.RsrpLevelToDbm(_dispatcher.State.RsrpLevel);
                case Pom01nDp.ReportInterval: return _settings.TdcSeconds;
                case Pom01nDp.OutageTrigger: return (int)_settings.OutageTrigger;
                case Pom01nDp.LowVoltageTrigger: return (int)_settings.LowVoltageTrigger;
                case Pom01nDp.ClockLogEnable: return _settings.ClockLog.Enabled ? 1 : 0;
                case Pom01nDp.ClockLogStart: return _settings.ClockLog.StartSecond;
                case Pom01nDp.ClockLogInterval: return _settings.ClockLog.IntervalMin;
                case Pom01nDp.ClockLogEntries: return _settings.ClockLog.EntriesPerUplink;
                case Pom01nDp.PayloadFormat: return _settings.PayloadType == Pom01nSettings.JsonPayload ? 1 : 0;
                default: return 0;
            }
        }

        /// <summary>
        /// Fills <paramref name="payload"/> as the next uplink sends it: the current state and up to
        /// <paramref name="maxEntries"/> of the log entries not yet delivered, oldest first (newest
        /// first in the payload). Returns how many entries it carries.
        /// </summary>
        public int FillPayload(Pom01nPayload payload, int maxEntries)
        {
            _device.Identity.AdoptImei(_dispatcher.State.Imei);
            _device.Identity.CopyTo(payload.DeviceId, 0);
            payload.SetImsi(_dispatcher.State.Imsi);
            payload.Firmware = _firmware < 0 ? 0 : _firmware;
            int mv = _device.Battery.Millivolts;
            payload.BatteryMv = mv < 0 ? 0 : mv;
            payload.Signal = SignalConversion.RsrpLevelToCsq(_dispatcher.State.RsrpLevel);
            payload.Mod = 1;
            payload.PowerOutage = _outage.IsActive ? 1 : 0;
            payload.LowVoltage = _lowVoltage.IsActive ? 1 : 0;
            payload.Timestamp = _rtc.IsSet ? _rtc.UnixSeconds : 0;

            int pending;
            int count = Sendable(maxEntries, out pending);
            payload.TakeRange(_entries, pending - count, count);
            return count;
        }

        // ----- module events -----

        void IModuleObserver.OnNetworkStatusChanged(byte status)
        {
            bool online = status == NetworkStatus.CloudConnected;
            if (online && !_online)
            {
                if (!_joinedOnce)
                {
                    _joinedOnce = true;
                    _led.Show(LedPattern.Joined, _clock.UptimeMs);
                }

                // Back online: what waits goes now.
                _uplinkDue |= _retry.IsOwed || HasUndelivered();
            }

            _online = online;
        }

        void IModuleObserver.OnOperatingStatusChanged(byte status)
        {
        }

        void IModuleObserver.OnTimeSynced(long unixSeconds)
        {
            long now = _clock.UptimeMs;
            _entries.FixTimes(unixSeconds, now);
            if (!_schedule.IsStarted)
            {
                _schedule.Start(unixSeconds);
            }

            SetTdcDue(now, _nextTdcAt);
            _persistence.StateChanged(0, true);
        }

        void IModuleObserver.OnModuleRestarted()
        {
        }

        void IModuleObserver.OnStartupComplete()
        {
            if (!_started)
            {
                _started = true;
                _uplinkDue |= !_device.IsResumed;
            }
        }

        void IModuleObserver.OnSleepLockSet(bool locked)
        {
        }

        // ----- request outcomes -----

        void IRequestObserver.OnRequestCompleted(RequestOutcome outcome)
        {
            long now = _clock.UptimeMs;
            if (outcome.Tag == TagSignal)
            {
                SendReport(now);
                return;
            }

            if (outcome.Tag != TagReport)
            {
                return;
            }

            _stage = StageIdle;
            if (!CommandDispatcher.IsSuccess(outcome))
            {
                UplinkFailures++;
                _retry.Failed(now, _settings.TdcSeconds, outcome.Status == RequestStatus.Answered);
                _log.Write(LogLevel.Warning, Component, "uplink not acknowledged; its log entries wait for the next one");
                return;
            }

            UplinksAcknowledged++;
            _retry.Succeeded();
            _lastPayloadLength = _payload.Encode(_lastPayload, 0);
            if (_inFlightCount > 0)
            {
                _state.Delivered = _inFlightNewest;
                _persistence.StateChanged(0, true);

                // More waiting (a backlog larger than one uplink): the next goes at once.
                _uplinkDue |= HasUndelivered();
            }
        }

        // ----- internals -----

        private void OnInputChanged(DetectorInput input, long nowMs)
        {
            bool timeKnown = _rtc.IsSet;
            long changedAt = input.ChangedAtMs;
            long stamp = timeKnown ? _rtc.UnixSeconds - (nowMs - changedAt) / 1000 : changedAt;
            _state.PowerOutage = _outage.IsActive;
            _state.LowVoltage = _lowVoltage.IsActive;
            if (input.ChangeIsEvent)
            {
                Events++;
                _entries.Add(LogEntryKind.Event, _outage.IsActive, _lowVoltage.IsActive, timeKnown, stamp);
                _uplinkDue = true;
            }

            _persistence.StateChanged(0, true);
            if (input == _outage)
            {
                SetBatteryMode(_outage.IsActive);
            }
        }

        private void OnButton(ButtonAction action, long nowMs)
        {
            if (action == ButtonAction.Uplink)
            {
                _uplinkDue = true;
            }
            else if (action == ButtonAction.Activate)
            {
                _led.Show(LedPattern.Activating, nowMs);
                _uplinkDue = true;
                if (_state.Deactivated)
                {
                    // Back from shipping: the log starts again (the shipping time is not made up).
                    _state.Deactivated = false;
                    _schedule.Stop();
                    if (_rtc.IsSet)
                    {
                        _schedule.Start(_rtc.UnixSeconds);
                    }

                    _persistence.StateChanged(0, true);
                    SetBatteryMode(_outage.IsActive);
                }
            }
            else if (action == ButtonAction.Deactivate && !_state.Deactivated)
            {
                // Shipping: saved, then the platform's deep sleep, woken only to look at the button.
                _led.Show(LedPattern.Deactivated, nowMs);
                _state.Deactivated = true;
                _uplinkDue = false;
                _persistence.StateChanged(0, true);
                _device.UseBatteryMode(true);
            }
        }

        private void SetBatteryMode(bool onBattery)
        {
            if (_state.OnBattery != onBattery)
            {
                _state.OnBattery = onBattery;
                _persistence.StateChanged(0, true);
                _log.Write(LogLevel.Info, Component, onBattery ? "mains lost: battery mode" : "mains back: always on");
            }

            _device.UseBatteryMode(onBattery || _state.Deactivated);
        }

        private void TakeClockSamples()
        {
            if (!_rtc.IsSet || _schedule.NextTickUnix > _rtc.UnixSeconds)
            {
                return;
            }

            if (_schedule.TakeDue(_rtc.UnixSeconds, _entries, _outage.IsActive, _lowVoltage.IsActive) > 0)
            {
                _persistence.StateChanged(0, true);
            }
        }

        private bool HasUndelivered()
        {
            int pending;
            return Sendable(Pom01nPayload.MaxEntries, out pending) > 0;
        }

        // How many undelivered entries the next uplink carries, at most maxEntries: the oldest first,
        // up to AT+CLOCKLOG d (all an uplink holds when an event waits), and none with a time still
        // unknown. The undelivered ones are the newest: indices 0..pending-1.
        private int Sendable(int maxEntries, out int pending)
        {
            pending = 0;
            bool eventWaits = false;
            while (pending < _entries.Count && _entries.SequenceAt(pending) > _state.Delivered)
            {
                eventWaits |= _entries.KindAt(pending) == LogEntryKind.Event;
                pending++;
            }

            int limit = eventWaits ? Pom01nPayload.MaxEntries : _settings.ClockLog.EntriesPerUplink;
            int count = 0;
            for (int i = pending - 1; i >= 0 && count < limit && count < maxEntries && _entries.TimeKnownAt(i); i--)
            {
                count++;
            }

            return count;
        }

        private void StartUplink(long now)
        {
            _uplinkDue = false;
            _retry.Started();
            Uplinks++;
            _led.Show(LedPattern.Uplink, now);
            _stage = StageSignal;
            if (!_dispatcher.QuerySignal(this, TagSignal))
            {
                SendReport(now);
            }
        }

        private void SendReport(long now)
        {
            _writer.Reset(_report, 0, _report.Length);
            IDpHandler self = this;
            self.WriteCurrent(Pom01nDp.PowerOutage, _writer);
            self.WriteCurrent(Pom01nDp.LowVoltage, _writer);
            self.WriteCurrent(Pom01nDp.BatteryPercentage, _writer);
            self.WriteCurrent(Pom01nDp.BatteryVoltage, _writer);
            self.WriteCurrent(Pom01nDp.SignalStrength, _writer);
            int entries = Pom01nPayload.MaxEntries;
            bool written = false;
            while (!written && entries >= 0)
            {
                _inFlightCount = FillPayload(_payload, entries);
                written = _settings.PayloadType == Pom01nSettings.JsonPayload ? WriteJson() : WriteHex();

                // Too long for the frame: one entry fewer (the newest waits for the next uplink).
                entries = _inFlightCount - 1;
            }

            _inFlightNewest = 0;
            if (_inFlightCount > 0)
            {
                int pending;
                Sendable(_inFlightCount, out pending);
                _inFlightNewest = _entries.SequenceAt(pending - _inFlightCount);
            }

            if (_rtc.IsSet)
            {
                _schedule.OnUplink(_rtc.UnixSeconds);
            }

            _stage = StageReport;
            if (!_dispatcher.ReportStatus(_report, 0, _writer.Length, this, TagReport))
            {
                // The request queue is full (the module is busy): the uplink waits.
                _stage = StageIdle;
                _uplinkDue = true;
            }
        }

        private bool WriteHex()
        {
            int at = _writer.ReserveRaw(Pom01nDp.Pom01nPayload, _payload.EncodedLength);
            if (at < 0)
            {
                return false;
            }

            _payload.Encode(_writer.Buffer, at);
            return true;
        }

        private bool WriteJson()
        {
            int at = _writer.NextValueOffset;
            int room = _writer.Remaining - DpType.UnitHeaderLength;
            int length = room <= 0 ? -1 : _json.Write(_payload, _writer.Buffer, at, room < Pom01nSchema.MaxJsonLength ? room : Pom01nSchema.MaxJsonLength);
            return length >= 0 && _writer.CloseString(Pom01nDp.Pom01nJson, length);
        }

        // The cloud is out of reach: the chip need not wait for it; the uplink is tried again later.
        private void PutOffUplink(long now)
        {
            _uplinkDue = false;
            UplinkFailures++;
            _retry.Failed(now, _settings.TdcSeconds, false);
        }

        private void ReportSettings()
        {
            _writer.Reset(_report, 0, _report.Length);
            for (byte dp = Pom01nDp.ReportInterval; dp <= Pom01nDp.PayloadFormat; dp++)
            {
                ((IDpHandler)this).WriteCurrent(dp, _writer);
            }

            // A full queue: tried again on the next pass.
            _settingsReportDue = !_dispatcher.ReportStatus(_report, 0, _writer.Length, this, TagSettings);
        }

        private Pom01nSettings Begin()
        {
            Pom01nSettings staged = _settings.Staged;
            staged.CopyFrom(_settings);
            _changeOpen = true;
            _resetStaged = false;
            return staged;
        }

        private void ApplyDownlink(Pom01nSettings staged)
        {
            switch (_downlink.Type)
            {
                case Pom01nDownlink.SetTdc:
                    staged.TdcSeconds = _downlink.TdcSeconds;
                    break;
                case Pom01nDownlink.SetIntMod:
                    staged.OutageTrigger = _downlink.PowerOutageTrigger;
                    staged.LowVoltageTrigger = _downlink.LowVoltageTrigger;
                    break;
                case Pom01nDownlink.SetClockLog:
                    staged.ClockLog.CopyFrom(_downlink.ClockLog);
                    break;
                default:
                    _resetStaged = true;
                    break;
            }
        }

        private string CommitAndReport()
        {
            string error = Commit();
            _settingsReportDue |= error == null;
            return error;
        }

        // Saves the staged change, then takes it. Null when done (or nothing was staged); else why
        // not, and nothing changed.
        private string Commit()
        {
            if (!_changeOpen)
            {
                return null;
            }

            _changeOpen = false;
            Pom01nSettings staged = _settings.Staged;
            _settings.Staging = true;
            string error = _persistence.SaveConfiguration(false);
            _settings.Staging = false;
            if (error != null)
            {
                _log.Write(LogLevel.Warning, Component, "change refused: " + error);
                return "nothing changed: " + error;
            }

            long now = _clock.UptimeMs;
            bool tdc = staged.TdcSeconds != _settings.TdcSeconds;
            bool clockLog = staged.ClockLog.Enabled != _settings.ClockLog.Enabled || staged.ClockLog.StartSecond != _settings.ClockLog.StartSecond
                || staged.ClockLog.IntervalMin != _settings.ClockLog.IntervalMin;
            _settings.CopyFrom(staged);
            ApplyTriggers();
            if (tdc)
            {
                SetTdcDue(now, now + _settings.TdcSeconds * 1000L);
            }

            if (clockLog)
            {
                // New settings start the log again; without a clock it starts at the sync.
                _schedule.Stop();
                if (_rtc.IsSet)
                {
                    _schedule.Start(_rtc.UnixSeconds);
                }

                _persistence.StateChanged(0, true);
            }

            if (_resetStaged)
            {
                _resetStaged = false;
                _device.RestartAt(now + RebootDelayMs);
            }

            return null;
        }

        private void ApplyTriggers()
        {
            _outage.Trigger = _settings.OutageTrigger;
            _lowVoltage.Trigger = _settings.LowVoltageTrigger;
        }

        private void SetTdcDue(long now, long dueMs)
        {
            _nextTdcAt = dueMs;
            _state.NextTdcUnix = _rtc.IsSet ? _rtc.UnixSeconds + (dueMs - now) / 1000 : -1;
        }

        private static HardwareInput LevelInput(DeviceHardware hardware, string role)
        {
            HardwareInput input = hardware.Input(role);
            if (input == null || input.Level == null)
            {
                throw new ArgumentException("the POM01-N needs a level input with the role '" + role + "'");
            }

            return input;
        }

        private static int HoldMs(HardwareInput input)
        {
            return input.HoldMs > 0 ? input.HoldMs : DetectorInput.DefaultHoldMs;
        }

        private static long Next(long due, int intervalSeconds, long now)
        {
            long next = due + intervalSeconds * 1000L;

            // After a deep sleep or a long stall, the missed ones are skipped rather than burst.
            return next <= now ? now + intervalSeconds * 1000L : next;
        }

        private static long NonNegative(long value)
        {
            return value < 0 ? 0 : value;
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
