using System;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Sensor;

namespace TuyaMcu.Device
{
    /// <summary>
    /// The firmware put together: the command dispatcher (and its link) to the module, and the
    /// CPN01-style sensor application on it, over <see cref="DeviceHardware"/>. ESPHome-style:
    /// <see cref="Setup"/> once, then <see cref="Loop"/> as often as the board likes, never
    /// blocking; <see cref="NextDueMs"/> says how long the board may sleep.
    /// </summary>
    public sealed class SensorDevice
    {
        private readonly DeviceHardware _hardware;
        private readonly CommandDispatcher _dispatcher;
        private readonly SensorApplication _application;

        /// <summary>Builds the firmware over <paramref name="hardware"/>, starting from saved settings, counters and datalog.</summary>
        public SensorDevice(DeviceHardware hardware, DeviceOptions options, SensorSettings settings, SensorCounters counters, Datalog datalog)
        {
            if (hardware == null || options == null)
            {
                throw new ArgumentNullException(hardware == null ? "hardware" : "options");
            }

            _hardware = hardware;
            DpRegistry dps = new DpRegistry();
            _dispatcher = new CommandDispatcher(hardware.ModuleTransport, hardware.Clock, hardware.Rtc, options.Link, options.Dispatcher, dps, hardware.Battery, options.Link.WakeBeforeSend ? hardware.WakePin : null, hardware.Log);
            ContactInput contact = new ContactInput(hardware.Contact, hardware.ContactClosedLevel, settings.DebounceMs);
            StatusLed led = new StatusLed(hardware.Led, hardware.LedOnLevel);
            _application = new SensorApplication(_dispatcher, hardware.Clock, hardware.Rtc, contact, hardware.Pulses, hardware.Battery, led, settings, counters, datalog, options.Dispatcher.McuVersion, hardware.Log);
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

        /// <summary>Reboots this many times were asked for (and carried out).</summary>
        public int Reboots { get; private set; }

        /// <summary>When <see cref="Loop"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _dispatcher.NextDueMs;
                long application = _application.NextDueMs;
                return application < due ? application : due;
            }
        }

        /// <summary>Reads the inputs and starts the timers.</summary>
        public void Setup()
        {
            _application.Setup();
        }

        /// <summary>One non-blocking pass: the link and dispatcher first (answers go out at once), then the application.</summary>
        public void Loop()
        {
            _dispatcher.Poll();
            _application.Loop();
            if (_hardware.Clock.UptimeMs >= _application.RebootDueMs && _hardware.System != null)
            {
                Reboots++;
                _application.ClearRebootRequest();
                _hardware.System.Reboot();
            }
        }
    }
}
