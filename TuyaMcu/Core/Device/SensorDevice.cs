using System;
using TuyaMcu.Battery;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Sensor;
using TuyaMcu.Storage;

namespace TuyaMcu.Device
{
    /// <summary>
    /// The firmware put together: the command dispatcher (and its link) to the module, the
    /// CPN01-style sensor application on it, and persistence, over <see cref="DeviceHardware"/>.
    /// ESPHome-style: <see cref="Setup"/> once, then <see cref="Loop"/> as often as the board
    /// likes, never blocking; <see cref="NextDueMs"/> says how long the board may sleep. In battery
    /// mode an uplink the cloud cannot take is put off, not waited for: the chip sleeps until the
    /// retry, and the back-offs of uplink and module recovery carry across sleeps (<see cref="ResumeState"/>).
    /// </summary>
    public sealed class SensorDevice : IRequestObserver
    {
        private const int SleepTag = -100;
        private const int ModuleSleepTimeoutMs = 3000;

        private readonly DeviceHardware _hardware;
        private readonly CommandDispatcher _dispatcher;
        private readonly SensorApplication _application;
        private readonly Persistence _persistence;
        private readonly BatteryMonitor _batteryMonitor;
        private readonly DeviceOptions _options;
        private readonly ResumeState _resume;
        private bool _sleeping;
        private long _sleepDeadline;

        /// <summary>
        /// Builds the firmware over <paramref name="hardware"/>: what storage holds (configuration,
        /// counters, datalog, device ID) is loaded first; <paramref name="defaults"/> are the settings
        /// used when nothing valid is stored.
        /// </summary>
        public SensorDevice(DeviceHardware hardware, DeviceOptions options, SensorSettings defaults)
        {
            if (hardware == null || options == null)
            {
                throw new ArgumentNullException(hardware == null ? "hardware" : "options");
            }

            _hardware = hardware;
            _options = options;
            SensorSettings settings = defaults == null ? new SensorSettings() : defaults.Clone();
            SensorCounters counters = new SensorCounters();
            Datalog datalog = new Datalog(options.DatalogCapacity);
            byte[] deviceId = null;
            DpDefinition[] schema = SensorSchema.Create();
            if (hardware.Storage != null)
            {
                _persistence = new Persistence(hardware.Storage, schema, options.DatalogCapacity, hardware.Log);
                deviceId = _persistence.Load(settings, counters, datalog);
            }

            IBatteryLevel battery = hardware.Battery;
            if (battery == null)
            {
                _batteryMonitor = new BatteryMonitor(hardware.BatteryAdc, hardware.BatteryFullScaleMv, hardware.BatteryDividerPermille, hardware.BatteryOffsetMv, BatteryCurve.LiSoCl2Er26500(), options.BatteryIntervalMs);
                _batteryMonitor.Measure();
                battery = _batteryMonitor;
            }

            // A battery-mode boot with saved state and a running clock is a wake from deep sleep.
            bool resumed = options.PowerMode == PowerMode.Battery && counters.HasContactState && hardware.Rtc.IsSet;
            DispatcherOptions dispatcherOptions = options.Dispatcher;
            if (resumed)
            {
                dispatcherOptions = dispatcherOptions.Clone();
                dispatcherOptions.QuickStart = true;
            }

            DpRegistry dps = new DpRegistry();
            _dispatcher = new CommandDispatcher(hardware.ModuleTransport, hardware.Clock, hardware.Rtc, options.Link, dispatcherOptions, dps, battery, options.Link.WakeBeforeSend ? hardware.WakePin : null, hardware.Log);
            if (hardware.ModuleReset != null)
            {
                _dispatcher.SetModuleResetLine(hardware.ModuleReset, hardware.ModuleResetActiveLevel);
            }
            ContactInput contact = new ContactInput(hardware.Contact, hardware.ContactClosedLevel, settings.DebounceMs);
            StatusLed led = new StatusLed(hardware.Led, hardware.LedOnLevel);
            _application = new SensorApplication(_dispatcher, schema, hardware.Clock, hardware.Rtc, contact, hardware.Pulses, battery, led, settings, counters, datalog, options.Dispatcher.McuVersion, hardware.Log);
            _application.Resumed = resumed;
            _dispatcher.State.SleepLocked = settings.SleepLock;
            if (deviceId != null)
            {
                _application.RestoreDeviceId(deviceId, _persistence.DeviceIdFixed);
            }

            if (_persistence != null)
            {
                _persistence.Attach(_application, hardware.Clock.UptimeMs);
                _resume = new ResumeState(hardware.Storage, hardware.Rtc);
                _resume.Restore(_application.Retry, _dispatcher.Recovery, hardware.Clock.UptimeMs);
            }
        }

        /// <summary>The protocol side.</summary>
        public CommandDispatcher Dispatcher
        {
            get { return _dispatcher; }
        }

        /// <summary>The sensor application.</summary>
        public SensorApplication Application
        {
            get { return _application; }
        }

        /// <summary>The battery monitor, or null when the hardware supplies the level.</summary>
        public BatteryMonitor BatteryMonitor
        {
            get { return _batteryMonitor; }
        }

        /// <summary>Persistence, or null without storage.</summary>
        public Persistence Persistence
        {
            get { return _persistence; }
        }

        /// <summary>Set while something outside the firmware core needs the chip awake (an open AT console session).</summary>
        public bool SleepInhibited { get; set; }

        /// <summary>Deep sleeps entered (battery mode).</summary>
        public int DeepSleeps { get; private set; }

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = Min(_dispatcher.NextDueMs, _application.NextDueMs);
                if (_options.PowerMode == PowerMode.Battery)
                {
                    // The end of the quiet before sleeping is worth a pass; once past, what else keeps
                    // the chip awake has its own due time.
                    long quiet = _sleeping ? _sleepDeadline : QuietFrom();
                    due = Min(due, quiet > _hardware.Clock.UptimeMs ? quiet : long.MaxValue);
                }

                if (_batteryMonitor != null)
                {
                    due = Min(due, _batteryMonitor.NextDueMs);
                }

                return _persistence == null ? due : Min(due, _persistence.NextDueMs);
            }
        }

        /// <summary>Reads the inputs and starts the timers.</summary>
        public void Setup()
        {
            _application.Setup();
        }

        /// <summary>One non-blocking pass: the link and dispatcher first (answers go out at once), then the application, then saving.</summary>
        public void Loop()
        {
            _dispatcher.Poll();
            long now = _hardware.Clock.UptimeMs;
            if (_batteryMonitor != null)
            {
                _batteryMonitor.Update(now);
            }

            _application.Loop();
            _application.RememberSleepLock(_dispatcher.State.SleepLocked);
            now = _hardware.Clock.UptimeMs;
            if (_persistence != null)
            {
                _persistence.Loop(now);
            }

            if (now >= _application.RebootDueMs)
            {
                _application.ClearRebootRequest();
                Restart();
                return;
            }

            if (_options.PowerMode == PowerMode.Battery)
            {
                ConsiderSleep(now);
            }
        }

        // Battery mode: when idle, tell the module to sleep (unless its sleep lock is set or this
        // wake never needed it), then save and sleep until the next timer or a contact change.
        private void ConsiderSleep(long now)
        {
            if (_sleeping)
            {
                if (now >= _sleepDeadline)
                {
                    // The module did not confirm in time; sleep anyway, its own PSM timer takes over.
                    EnterDeepSleep(now);
                }

                return;
            }

            if (SleepInhibited || !_application.IsIdle || _dispatcher.Link.IsBusy || _dispatcher.IsStartingUp || now < QuietFrom())
            {
                return;
            }

            if (NextWakeMs() - now < _options.MinSleepMs)
            {
                return;
            }

            // A wake that never talked to the module leaves it as asleep as it was: no 0xC0 to wake it;
            // nor is one sent to a module that does not answer.
            if (UntouchedModule() || _dispatcher.State.SleepLocked || _dispatcher.Recovery.IsUnreachable || !_dispatcher.RequestModuleSleep(this, SleepTag))
            {
                EnterDeepSleep(now);
                return;
            }

            _sleeping = true;
            _sleepDeadline = now + ModuleSleepTimeoutMs;
        }

        // After an uplink the cloud may send DP commands for a while; a wake that made none (the
        // cloud was out of reach) only lets the line settle; one that has not needed the module has
        // nothing to wait for.
        private long QuietFrom()
        {
            if (UntouchedModule())
            {
                return 0;
            }

            return _dispatcher.Link.LastActivityMs + (_application.Uplinks > 0 ? _options.IdleBeforeSleepMs : _options.SettleBeforeSleepMs);
        }

        private bool UntouchedModule()
        {
            return _dispatcher.IsLinkDeferred && !_dispatcher.Link.HasTraffic;
        }

        // What must wake the chip: the application's timers and the battery measurement.
        private long NextWakeMs()
        {
            return Min(_application.NextDueMs, _batteryMonitor == null ? long.MaxValue : _batteryMonitor.NextDueMs);
        }

        void IRequestObserver.OnRequestCompleted(RequestOutcome outcome)
        {
            if (_sleeping)
            {
                EnterDeepSleep(_hardware.Clock.UptimeMs);
            }
        }

        private void EnterDeepSleep(long now)
        {
            _sleeping = false;
            long wakeAt = NextWakeMs();
            long sleepMs = wakeAt == long.MaxValue ? 24L * 3600 * 1000 : wakeAt - now;
            if (sleepMs < 1000)
            {
                return;
            }

            DeepSleeps++;
            SaveAll();

            // Wake on the level the contact would read after changing.
            bool level = _application.IsClosed ? !_hardware.ContactClosedLevel : _hardware.ContactClosedLevel;
            if (_hardware.System != null)
            {
                _hardware.System.DeepSleep(sleepMs, level);
            }
        }

        /// <summary>Saves everything and reboots (ATZ, the reset DP, the 04FF downlink).</summary>
        public void Restart()
        {
            SaveAll();
            if (_hardware.System != null)
            {
                _hardware.System.Reboot();
            }
        }

        /// <summary>Saves configuration, counters and datalog now (before a reboot or deep sleep). False if a write failed.</summary>
        public bool SaveAll()
        {
            if (_persistence == null)
            {
                return true;
            }

            long now = _hardware.Clock.UptimeMs;
            bool resumeSaved = _resume.Save(_application.Retry, _dispatcher.Recovery, now);
            return _persistence.SaveAll(now) && resumeSaved;
        }

        /// <summary>AT+FDR: erases the stored configuration, counters and datalog (not the device ID) and reboots to defaults.</summary>
        public void FactoryReset()
        {
            if (_persistence != null)
            {
                _persistence.FactoryReset();
                _resume.Erase();
            }

            if (_hardware.System != null)
            {
                _hardware.System.Reboot();
            }
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
