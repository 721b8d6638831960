using System;
using TuyaMcu.Battery;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Sensor;
using TuyaMcu.Storage;

namespace TuyaMcu.Device
{
    /// <summary>
    /// The firmware put together: the command dispatcher (and its link) to the module, the
    /// CPN01-style sensor application on it, and persistence, over <see cref="DeviceHardware"/>.
    /// ESPHome-style: <see cref="Setup"/> once, then <see cref="Loop"/> as often as the board
    /// likes, never blocking; <see cref="NextDueMs"/> says how long the board may sleep.
    /// </summary>
    public sealed class SensorDevice
    {
        private readonly DeviceHardware _hardware;
        private readonly CommandDispatcher _dispatcher;
        private readonly SensorApplication _application;
        private readonly Persistence _persistence;
        private readonly BatteryMonitor _batteryMonitor;

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
            SensorSettings settings = defaults == null ? new SensorSettings() : defaults.Clone();
            SensorCounters counters = new SensorCounters();
            Datalog datalog = new Datalog(options.DatalogCapacity);
            byte[] deviceId = null;
            if (hardware.Storage != null)
            {
                _persistence = new Persistence(hardware.Storage, DpSchema.Parse(SensorSchema.Json), options.DatalogCapacity, hardware.Log);
                deviceId = _persistence.Load(settings, counters, datalog);
            }

            IBatteryLevel battery = hardware.Battery;
            if (battery == null)
            {
                _batteryMonitor = new BatteryMonitor(hardware.BatteryAdc, hardware.BatteryFullScaleMv, hardware.BatteryDividerPermille, hardware.BatteryOffsetMv, BatteryCurve.LiSoCl2Er26500(), options.BatteryIntervalMs);
                _batteryMonitor.Measure();
                battery = _batteryMonitor;
            }

            DpRegistry dps = new DpRegistry();
            _dispatcher = new CommandDispatcher(hardware.ModuleTransport, hardware.Clock, hardware.Rtc, options.Link, options.Dispatcher, dps, battery, options.Link.WakeBeforeSend ? hardware.WakePin : null, hardware.Log);
            ContactInput contact = new ContactInput(hardware.Contact, hardware.ContactClosedLevel, settings.DebounceMs);
            StatusLed led = new StatusLed(hardware.Led, hardware.LedOnLevel);
            _application = new SensorApplication(_dispatcher, hardware.Clock, hardware.Rtc, contact, hardware.Pulses, battery, led, settings, counters, datalog, options.Dispatcher.McuVersion, hardware.Log);
            if (deviceId != null)
            {
                _application.RestoreDeviceId(deviceId);
            }

            if (_persistence != null)
            {
                _persistence.Attach(_application, hardware.Clock.UptimeMs);
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

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = Min(_dispatcher.NextDueMs, _application.NextDueMs);
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
            now = _hardware.Clock.UptimeMs;
            if (_persistence != null)
            {
                _persistence.Loop(now);
            }

            if (now >= _application.RebootDueMs)
            {
                _application.ClearRebootRequest();
                Restart();
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
            return _persistence == null || _persistence.SaveAll(_hardware.Clock.UptimeMs);
        }

        /// <summary>AT+FDR: erases the stored configuration, counters and datalog (not the device ID) and reboots to defaults.</summary>
        public void FactoryReset()
        {
            if (_persistence != null)
            {
                _persistence.FactoryReset();
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
