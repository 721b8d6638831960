using System;
using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

// Why this file is over 400 lines: besides construction, Setup/Loop and the wiring of its parts it keeps,
// as thin forwards, the names the console commands and the tests used before the split (Set, SetAlarm,
// ForgetPendingRecords, ClearDatalog, Get, IsClosed, IsAlarmActive, ContactEvents, AlarmsFired); none is
// on a per-frame path.
namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01-style dry-contact and pulse sensor on the platform: it builds the profile's parts once
    /// and drives them through the platform's lifecycle. <see cref="Cpn01Counting"/> debounces the
    /// contact, counts opens (per the trigger mode) or meter pulses, measures the last open duration
    /// and raises the open alarm; <see cref="Cpn01Schedule"/> keeps the TDC and writes a datalog record
    /// every TR seconds; <see cref="Cpn01Uplink"/> uplinks every TDC seconds, on contact events (per
    /// INTMOD) and on alarm: one real-time report of the state DPs (including the Dragino-layout
    /// payload) followed by up to NOUD pending datalog records, each as a record report with its own
    /// timestamp. An uplink the cloud cannot take now is put off and tried again
    /// (<see cref="UplinkRetry"/>); records go out only while the cloud is connected and stay pending
    /// otherwise. <see cref="Cpn01DpHandler"/> and <see cref="Cpn01SettingsChange"/> take DP commands
    /// from the cloud, Dragino downlinks and AT commands through the same schema limits, saved before
    /// taken. Driven by <see cref="Loop"/>; allocates nothing in steady state.
    /// Once the clock is known the TR schedule is kept in wall-clock seconds and each record carries its
    /// tick's own time, so a battery-mode chip need not wake for a record: every boot writes the records
    /// of the ticks it slept through (<see cref="IBackFilling"/>), the same ones always-on power writes.
    /// The parts reach the settings, the counters, the datalog and the platform through this class rather
    /// than holding copies (a field is a 12-byte block of heap).
    /// </summary>
    public sealed class Cpn01Application : IApplication, IBackFilling
    {
        private const string Component = "sensor";

        /// <summary>After the cloud comes back, wait this long before uplinking, while the module uploads what it retained.</summary>
        public const int CatchUpDelayMs = 30000;

        /// <summary>Time between a reset command and the reboot, so its acknowledgement goes out.</summary>
        public const int RebootDelayMs = 2000;

        // _flags: the cloud is connected, it was once this boot, the module's start-up is complete, and
        // the next uplink catches up after an outage; one field (a field is a 12-byte block of heap).
        private const int Online = 1;
        private const int JoinedOnce = 2;
        private const int Started = 4;
        private const int CatchingUp = 8;

        private readonly Device _device;
        private readonly Cpn01Settings _settings;
        private readonly Cpn01Counters _counters = new Cpn01Counters();
        private readonly Datalog _datalog;
        private readonly StatusLed _led;
        private readonly Cpn01Counting _counting;
        private readonly Cpn01Schedule _schedule;
        private readonly Cpn01SettingsChange _change;
        private readonly Cpn01DpHandler _dps;
        private readonly Cpn01Uplink _uplink;

        private long _catchUpAt = long.MaxValue;
        private int _flags;

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

            _device = device;
            _settings = defaults == null ? new Cpn01Settings() : defaults.Clone();
            _datalog = new Datalog(datalogCapacity);
            _counting = new Cpn01Counting(this, contact, hardware.Input(Cpn01Profile.PulseRole), _settings.DebounceMs);
            _led = new StatusLed(hardware.Led, hardware.LedOnLevel);
            _schedule = new Cpn01Schedule(this);
            DpRegistry registry = device.Dispatcher.Dps;
            _change = new Cpn01SettingsChange(this, new StagedChange(new Cpn01SettingsFormat(_settings, registry), new Cpn01StateFormat(_counters, _datalog)));
            _dps = new Cpn01DpHandler(this, Cpn01Payload.VersionNumber(device.Options.Dispatcher.McuVersion));
            _uplink = new Cpn01Uplink(device, _dps, _datalog, _settings);

            DpDefinition[] schema = Cpn01Schema.Create();
            for (int i = 0; i < schema.Length; i++)
            {
                registry.Register(schema[i], _dps);
            }
        }

        IPersistedObject IApplication.Settings
        {
            get { return _change.Staged.Format; }
        }

        IPersistedObject IApplication.State
        {
            get { return _change.Staged.StateFormat; }
        }

        /// <summary>The platform the application runs on.</summary>
        public Device Device
        {
            get { return _device; }
        }

        /// <summary>The settings in use (change them through <see cref="Change"/>).</summary>
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

        /// <summary>The counting: contact, pulses, open duration, open alarm.</summary>
        public Cpn01Counting Counting
        {
            get { return _counting; }
        }

        /// <summary>The TDC and TR schedule, and the datalog's back-fill.</summary>
        public Cpn01Schedule Schedule
        {
            get { return _schedule; }
        }

        /// <summary>The settings' changes: the Set methods the AT commands use, the staging of DP commands.</summary>
        public Cpn01SettingsChange Change
        {
            get { return _change; }
        }

        /// <summary>The DP handler: the DPs' current values and the CPN01 payload.</summary>
        public Cpn01DpHandler Dps
        {
            get { return _dps; }
        }

        /// <summary>The uplink: its state and counters.</summary>
        public Cpn01Uplink Uplink
        {
            get { return _uplink; }
        }

        /// <summary>True while the contact is closed.</summary>
        public bool IsClosed
        {
            get { return _counting.IsClosed; }
        }

        /// <summary>True while the open alarm is active.</summary>
        public bool IsAlarmActive
        {
            get { return _counting.IsAlarmActive; }
        }

        /// <summary>Contact changes seen.</summary>
        public long ContactEvents
        {
            get { return _counting.ContactEvents; }
        }

        /// <summary>Alarms fired.</summary>
        public long AlarmsFired
        {
            get { return _counting.AlarmsFired; }
        }

        /// <inheritdoc />
        public bool HasUplinked
        {
            get { return _uplink.Uplinks > 0; }
        }

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return Min(WakeDueMs, _schedule.NextTrAt); }
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
                long due = Min(_counting.NextDueMs, _schedule.WakeDueMs);
                due = Min(due, _led.NextDueMs);
                due = Min(due, _catchUpAt == long.MaxValue ? _device.Retry.RetryAtMs : _catchUpAt);
                if (UplinkReady || _uplink.HasSettingReports)
                {
                    due = _device.Hardware.Clock.UptimeMs;
                }

                return due;
            }
        }

        /// <summary>
        /// True when nothing is under way or due now: no uplink, no report waiting, no contact change
        /// being debounced, no reset pending. Battery mode sleeps only then.
        /// </summary>
        public bool IsIdle
        {
            get
            {
                return _uplink.IsIdle && !_uplink.Due && !_uplink.HasSettingReports && _counting.IsSettled;
            }
        }

        // An uplink is due and can start now.
        private bool UplinkReady
        {
            get { return _uplink.Due && _uplink.IsIdle && (_flags & (Online | Started)) == (Online | Started); }
        }

        /// <summary>
        /// Reads the inputs and picks up where the previous boot (or deep sleep) left off: the
        /// schedule, the open start and the alarm's arming continue in wall-clock time, and a
        /// contact change that happened meanwhile (it may be what woke the chip) counts as an
        /// event now. Call once before <see cref="Loop"/>.
        /// </summary>
        public void Setup()
        {
            long now = _device.Hardware.Clock.UptimeMs;
            _counting.SetupInputs(now);

            IRealTimeClock rtc = _device.Hardware.Rtc;
            bool clock = rtc.IsSet;
            long unixNow = clock ? rtc.UnixSeconds : 0;
            _schedule.Setup(now, clock, unixNow, _counting.IsClosed);
            if (_counting.Restore(now, clock, unixNow))
            {
                _uplink.Due = true;
            }

            _led.Flash(now, StatusLed.BootMs);
        }

        /// <summary>One pass: inputs, alarm, timers, uplinks, LED. Non-blocking.</summary>
        public void Loop()
        {
            long now = _device.Hardware.Clock.UptimeMs;

            // Before the inputs: a change confirmed in this pass belongs to the ticks after it, as at a wake.
            if (now >= _schedule.NextTrAt)
            {
                _schedule.WriteDueRecords(now, _counting.IsClosed);
            }

            if (_counting.Update(now))
            {
                _uplink.Due = true;
            }

            UplinkRetry retry = _device.Retry;
            if (_schedule.TdcElapsed(now))
            {
                _uplink.Due |= !retry.JustFailed(now);
            }

            if (now >= _catchUpAt || (_catchUpAt == long.MaxValue && now >= retry.RetryAtMs))
            {
                if (now >= _catchUpAt)
                {
                    _flags |= CatchingUp;
                }

                _catchUpAt = long.MaxValue;
                retry.Started();
                _uplink.Due = true;
            }

            if (_uplink.HasSettingReports)
            {
                _uplink.ReportSettings();
            }

            CommandDispatcher dispatcher = _device.Dispatcher;
            if (_uplink.Due && (_flags & Started) == 0)
            {
                // After a deep-sleep wake the link waits until there is something to send.
                dispatcher.StartLink();
            }

            if (UplinkReady)
            {
                StartUplink(now);
            }
            else if (_uplink.Due && (_flags & Online) == 0 && dispatcher.IsCloudUnavailable)
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
            return new Cpn01Commands(this, _device.Dispatcher.Dps, output);
        }

        /// <summary>As <see cref="Cpn01SettingsChange.Set"/>: a setting or count by DP id, the AT commands' path.</summary>
        public string Set(byte dp, int value)
        {
            return _change.Set(dp, value);
        }

        /// <summary>As <see cref="Cpn01SettingsChange.SetAlarm"/> (AT+TTRIG).</summary>
        public string SetAlarm(int keepStatus, int keepTimeSeconds)
        {
            return _change.SetAlarm(keepStatus, keepTimeSeconds);
        }

        /// <summary>As <see cref="Cpn01SettingsChange.ForgetPendingRecords"/> (AT+CDP=0).</summary>
        public string ForgetPendingRecords()
        {
            return _change.ForgetPendingRecords();
        }

        /// <summary>As <see cref="Cpn01SettingsChange.ClearDatalog"/> (AT+CLRDTA).</summary>
        public string ClearDatalog()
        {
            return _change.ClearDatalog();
        }

        /// <summary>As <see cref="Cpn01DpHandler.Get"/>: the current value of a numeric DP.</summary>
        public int Get(byte dp)
        {
            return _dps.Get(dp);
        }

        // ----- module events -----

        void IModuleObserver.OnNetworkStatusChanged(byte status)
        {
            bool online = status == NetworkStatus.CloudConnected;
            if (online && (_flags & Online) == 0)
            {
                long now = _device.Hardware.Clock.UptimeMs;
                if ((_flags & JoinedOnce) == 0)
                {
                    _flags |= JoinedOnce;
                    _led.Flash(now, StatusLed.JoinedMs);

                    // An uplink put off before this boot (or start-up) reached the cloud goes now.
                    _uplink.Due |= _device.Retry.IsOwed;
                }
                else
                {
                    // Back after an outage: let the module upload what it retained, then catch up.
                    _catchUpAt = now + CatchUpDelayMs;
                }
            }

            _flags = online ? _flags | Online : _flags & ~Online;
            _uplink.Online = online;
        }

        void IModuleObserver.OnOperatingStatusChanged(byte status)
        {
        }

        void IModuleObserver.OnTimeSynced(long unixSeconds)
        {
            long now = _device.Hardware.Clock.UptimeMs;
            _datalog.FixTimes(unixSeconds, now);
            _counting.OnTimeSynced(unixSeconds, now);
            _schedule.OnTimeSynced(unixSeconds, now);
            _device.Persistence.StateChanged(0, false);
        }

        void IModuleObserver.OnModuleRestarted()
        {
        }

        void IModuleObserver.OnStartupComplete()
        {
            if ((_flags & Started) == 0)
            {
                // The CPN01 uplinks once it has joined; so does this — but not at every wake from deep sleep.
                _flags |= Started;
                _uplink.Due |= !_device.IsResumed;
            }
        }

        void IModuleObserver.OnSleepLockSet(bool locked)
        {
        }

        // ----- for the parts -----

        /// <summary>Writes <paramref name="message"/> to the board's log, if it has one.</summary>
        internal void Log(LogLevel level, string message)
        {
            ILog log = _device.Hardware.Log;
            if (log != null)
            {
                log.Write(level, Component, message);
            }
        }

        internal static long NonNegative(long value)
        {
            return value < 0 ? 0 : value;
        }

        internal static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        private void StartUplink(long now)
        {
            _led.Flash(now, StatusLed.UplinkMs);
            UplinkRetry retry = _device.Retry;
            bool wholeBacklog = (_flags & CatchingUp) != 0 || retry.IsOwed;
            _flags &= ~CatchingUp;
            _uplink.Start(wholeBacklog);
        }
    }
}
