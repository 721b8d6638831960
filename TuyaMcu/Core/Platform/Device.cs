using System;
using TuyaMcu.Battery;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Storage;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// The firmware put together over <see cref="DeviceHardware"/>: the command dispatcher (and its
    /// link) to the module, the battery, persistence, the device's own settings and identity, and the
    /// application a device profile builds on them (<see cref="IDeviceProfile"/>). ESPHome-style:
    /// <see cref="Setup"/> once, then <see cref="Loop"/> as often as the board likes, never blocking;
    /// <see cref="NextDueMs"/> says how long the board may sleep. It is the dispatcher's one observer:
    /// it keeps what the module tells the device (its sleep lock, its IMEI as the device ID) and passes
    /// every event up to the application. In battery mode the <see cref="PowerManager"/> puts the chip
    /// to sleep whenever it is idle; the back-offs of uplink and module recovery carry across sleeps
    /// (<see cref="ResumeState"/>).
    /// </summary>
    public sealed class Device : IModuleObserver
    {
        private readonly DeviceHardware _hardware;
        private readonly DeviceOptions _options;
        private readonly IDeviceProfile _profile;
        private readonly CommandDispatcher _dispatcher;
        private readonly IApplication _application;
        private readonly Persistence _persistence;
        private readonly DeviceSettings _settings;
        private readonly DeviceIdentity _identity = new DeviceIdentity();
        private readonly UplinkRetry _retry = new UplinkRetry();
        private readonly BatteryMonitor _batteryMonitor;
        private readonly ResumeState _resume;
        private PowerManager _power;
        private long _restartAt = long.MaxValue;
        private bool _onBattery;

        /// <summary>
        /// Builds the firmware of <paramref name="profile"/> over <paramref name="hardware"/>: what
        /// storage holds (settings, state, device ID) is loaded once the application exists; what is not
        /// stored starts from the profile's defaults.
        /// </summary>
        public Device(DeviceHardware hardware, DeviceOptions options, IDeviceProfile profile)
        {
            if (hardware == null || options == null || profile == null)
            {
                throw new ArgumentNullException(hardware == null ? "hardware" : options == null ? "options" : "profile");
            }

            _hardware = hardware;
            _options = options;
            _profile = profile;
            if (options.Dispatcher.ProductId == null)
            {
                options.Dispatcher.ProductId = profile.DefaultProductId;
            }

            _settings = profile.CreateDeviceSettings();
            if (hardware.Battery == null)
            {
                _batteryMonitor = new BatteryMonitor(hardware.BatteryAdc, hardware.BatteryFullScaleMv, hardware.BatteryDividerPermille, hardware.BatteryOffsetMv, profile.CreateBatteryCurve(), options.BatteryIntervalMs);
                _batteryMonitor.Measure();
            }

            DpRegistry dps = new DpRegistry();
            TuyaLink link = new TuyaLink(hardware.ModuleTransport, hardware.Clock, options.Link, options.Link.WakeBeforeSend ? hardware.WakePin : null);
            _dispatcher = new CommandDispatcher(link, hardware.Clock, hardware.Rtc, options.Dispatcher, dps, Battery, hardware.Log);
            if (hardware.ModuleReset != null)
            {
                _dispatcher.SetModuleResetLine(hardware.ModuleReset, hardware.ModuleResetActiveLevel);
            }

            long now = hardware.Clock.UptimeMs;
            _persistence = new Persistence(hardware.Storage, hardware.Log);
            _settings.UseStore(_persistence);
            _identity.UseStore(_persistence);
            _application = profile.CreateApplication(this);
            _persistence.Keep(_application.Settings, _settings, _application.State, _identity, now);

            // A battery-mode boot with saved state and a running clock is a wake from deep sleep: the
            // module has been up all along.
            IBackupPowered backup = _application as IBackupPowered;
            _onBattery = options.PowerMode == PowerMode.Battery || (backup != null && _persistence.StateLoaded && backup.OnBattery);
            IsResumed = _onBattery && _persistence.StateLoaded && hardware.Rtc.IsSet;
            if (IsResumed)
            {
                _dispatcher.UseQuickStart();
            }

            _dispatcher.SetObserver(this);
            // Always-on power has nothing to manage: no manager, no heap.
            _power = _onBattery ? new PowerManager(this) : null;
            if (hardware.Storage != null)
            {
                _resume = new ResumeState(hardware.Storage, hardware.Rtc);
                _resume.Restore(_retry, _dispatcher.Recovery, now);
            }
        }

        /// <summary>The board's parts.</summary>
        public DeviceHardware Hardware
        {
            get { return _hardware; }
        }

        /// <summary>How the firmware is put together.</summary>
        public DeviceOptions Options
        {
            get { return _options; }
        }

        /// <summary>The device profile this firmware runs.</summary>
        public IDeviceProfile Profile
        {
            get { return _profile; }
        }

        /// <summary>The protocol side.</summary>
        public CommandDispatcher Dispatcher
        {
            get { return _dispatcher; }
        }

        /// <summary>The profile's application.</summary>
        public IApplication Application
        {
            get { return _application; }
        }

        /// <summary>The device's own settings: password, debug, the module's sleep lock.</summary>
        public DeviceSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The device ID.</summary>
        public DeviceIdentity Identity
        {
            get { return _identity; }
        }

        /// <summary>When a failed or put-off uplink is tried again (the application fails and starts uplinks; it survives deep sleep).</summary>
        public UplinkRetry Retry
        {
            get { return _retry; }
        }

        /// <summary>The battery's level: measured on the board's ADC, or given by the hardware.</summary>
        public IBatteryLevel Battery
        {
            get { return _batteryMonitor != null ? _batteryMonitor : _hardware.Battery; }
        }

        /// <summary>The battery monitor, or null when the hardware supplies the level.</summary>
        public BatteryMonitor BatteryMonitor
        {
            get { return _batteryMonitor; }
        }

        /// <summary>Persistence (without storage it keeps nothing).</summary>
        public Persistence Persistence
        {
            get { return _persistence; }
        }

        /// <summary>True when this boot is a wake from deep sleep (battery mode): the module was up all along, no start-up uplink.</summary>
        public bool IsResumed { get; private set; }

        /// <summary>True in battery mode: the chip deep-sleeps whenever the application is idle.</summary>
        public bool OnBattery
        {
            get { return _onBattery; }
        }

        /// <summary>
        /// Switches between always-on and battery mode at run time, for a board on mains with a
        /// backup battery (<see cref="IBackupPowered"/>): the application calls it when the mains goes
        /// and comes back. The power manager is allocated the first time battery mode is used.
        /// </summary>
        public void UseBatteryMode(bool onBattery)
        {
            _onBattery = onBattery;
            if (onBattery && _power == null)
            {
                _power = new PowerManager(this);
            }
        }

        /// <summary>Set while something outside the firmware core needs the chip awake (an open AT console session).</summary>
        public bool SleepInhibited { get; set; }

        /// <summary>Deep sleeps entered (battery mode).</summary>
        public int DeepSleeps
        {
            get { return _power == null ? 0 : _power.DeepSleeps; }
        }

        /// <summary>When a restart the application asked for is due, or <see cref="long.MaxValue"/>.</summary>
        public long RestartDueMs
        {
            get { return _restartAt; }
        }

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = Min(Min(_dispatcher.NextDueMs, _application.NextDueMs), _restartAt);
                if (_power != null && _onBattery)
                {
                    due = Min(due, _power.NextDueMs);
                }

                if (_batteryMonitor != null)
                {
                    due = Min(due, _batteryMonitor.NextDueMs);
                }

                return Min(due, _persistence.NextDueMs);
            }
        }

        /// <summary>Reads the inputs and starts the timers.</summary>
        public void Setup()
        {
            _application.Setup();
        }

        /// <summary>One non-blocking pass: the link and dispatcher first (answers go out at once), then the application, then saving and sleeping.</summary>
        public void Loop()
        {
            _dispatcher.Poll();
            long now = _hardware.Clock.UptimeMs;
            if (_batteryMonitor != null)
            {
                _batteryMonitor.Update(now);
            }

            _application.Loop();
            now = _hardware.Clock.UptimeMs;
            _persistence.Loop(now);
            if (now >= _restartAt)
            {
                _restartAt = long.MaxValue;
                Restart();
                return;
            }

            if (_power != null && _onBattery)
            {
                _power.ConsiderSleep(now);
            }
        }

        /// <summary>Restarts at <paramref name="atMs"/> (uptime), after saving: a reset command, once its acknowledgement is out.</summary>
        public void RestartAt(long atMs)
        {
            if (atMs < _restartAt)
            {
                _restartAt = atMs;
            }
        }

        /// <summary>Saves everything and reboots (ATZ, a reset DP or downlink).</summary>
        public void Restart()
        {
            SaveAll();
            if (_hardware.System != null)
            {
                _hardware.System.Reboot();
            }
        }

        /// <summary>Saves the settings, state and device ID now (before a reboot or deep sleep), and the back-offs. False if a write failed.</summary>
        public bool SaveAll()
        {
            long now = _hardware.Clock.UptimeMs;
            bool resumeSaved = _resume == null || _resume.Save(_retry, _dispatcher.Recovery, now);
            return _persistence.SaveAll(now) && resumeSaved;
        }

        /// <summary>AT+FDR: erases the stored settings and state (not the device ID) and reboots to defaults.</summary>
        public void FactoryReset()
        {
            _persistence.FactoryReset();
            if (_resume != null)
            {
                _resume.Erase();
            }

            if (_hardware.System != null)
            {
                _hardware.System.Reboot();
            }
        }

        // ----- the dispatcher's events: kept here, passed up -----

        void IModuleObserver.OnNetworkStatusChanged(byte status)
        {
            _application.OnNetworkStatusChanged(status);
        }

        void IModuleObserver.OnOperatingStatusChanged(byte status)
        {
            _application.OnOperatingStatusChanged(status);
        }

        void IModuleObserver.OnTimeSynced(long unixSeconds)
        {
            _application.OnTimeSynced(unixSeconds);
        }

        void IModuleObserver.OnModuleRestarted()
        {
            _application.OnModuleRestarted();
        }

        void IModuleObserver.OnStartupComplete()
        {
            _identity.AdoptImei(_dispatcher.State.Imei);
            _application.OnStartupComplete();
        }

        void IModuleObserver.OnSleepLockSet(bool locked)
        {
            // The module has it whatever the flash says: should saving fail, persistence tries again.
            _settings.RememberSleepLock(locked);
            _application.OnSleepLockSet(locked);
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
