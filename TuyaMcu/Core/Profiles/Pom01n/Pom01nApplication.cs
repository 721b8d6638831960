using System;
using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N-style power-outage monitor on the platform: it builds the profile's parts once
    /// and drives them through the platform's lifecycle. <see cref="Pom01nEvents"/> logs each input
    /// change that is an event (AT+INTMOD) and each clock-log sample; <see cref="Pom01nUplink"/>
    /// uplinks at once on an event, every TDC, on the ACT button and at start-up, and delivers the log
    /// entries no acknowledged uplink has carried yet, so an event that happened while the module was
    /// offline, asleep or busy reaches the cloud in the next uplink, once, with its own time;
    /// <see cref="Pom01nPower"/> runs battery mode while power_outage is 1 and the shipping sleep;
    /// <see cref="Pom01nDpHandler"/> and <see cref="Pom01nSettingsChange"/> take DP commands,
    /// downlinks and AT commands through the same checks, saved before taken. Allocates nothing per
    /// event or per uplink.
    /// </summary>
    public sealed class Pom01nApplication : IApplication, IBackupPowered, IBackFilling
    {
        /// <summary>The power_outage input's role in the board's input table (the manual's DATA1).</summary>
        public const string PowerOutageRole = "power_outage";

        /// <summary>The low_voltage input's role in the board's input table (the manual's DATA2).</summary>
        public const string LowVoltageRole = "low_voltage";

        /// <summary>The ACT button's role in the board's input table (optional).</summary>
        public const string ButtonRole = "act_button";

        private readonly Device _device;
        private readonly IClock _clock;
        private readonly ActButton _button;
        private readonly Pom01nLed _led;
        private readonly Pom01nSettings _settings;
        private readonly Pom01nState _state;
        private readonly Pom01nEvents _events;
        private readonly Pom01nUplink _uplink;
        private readonly Pom01nSettingsChange _change;

        private bool _joinedOnce;

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
            _clock = hardware.Clock;
            _settings = new Pom01nSettings();
            if (defaults != null)
            {
                _settings.CopyFrom(defaults);
            }

            _button = button == null || button.Level == null ? null : new ActButton(button.Level, button.ActiveLevel, button.HoldMs > 0 ? button.HoldMs : ActButton.DefaultDebounceMs);
            _led = new Pom01nLed(hardware.Led, hardware.LedOnLevel);
            _state = new Pom01nState(new Pom01nLog(logCapacity), new ClockLogSchedule(_settings.ClockLog));
            _events = new Pom01nEvents(
                new DetectorInput(outage.Level, outage.ActiveLevel, HoldMs(outage)),
                new DetectorInput(low.Level, low.ActiveLevel, HoldMs(low)),
                _state,
                hardware.Rtc,
                device.Persistence);
            _uplink = new Pom01nUplink(device, _events, _state, _settings, _led);

            // The defaults are the profile's (it keeps them); null: the factory settings.
            _change = new Pom01nSettingsChange(device, _settings, defaults, _events, _uplink, _state);
            Pom01nDpHandler dps = new Pom01nDpHandler(device, _settings, _events, _change);
            DpDefinition[] schema = Pom01nSchema.Create();
            for (int i = 0; i < schema.Length; i++)
            {
                device.Dispatcher.Dps.Register(schema[i], dps);
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
            get { return _events.Entries; }
        }

        /// <summary>The clock log's schedule.</summary>
        public ClockLogSchedule Schedule
        {
            get { return _state.Schedule; }
        }

        /// <summary>What is kept across reboots and sleeps (inputs, battery mode, delivery).</summary>
        public Pom01nState State
        {
            get { return _state; }
        }

        /// <summary>The uplinks: counts, the last payload acknowledged (AT+LDATA), the log entries not yet delivered.</summary>
        public Pom01nUplink Uplink
        {
            get { return _uplink; }
        }

        /// <summary>The settings' changes: the Set methods the AT commands use (AT+TDC, AT+INTMOD, AT+CLOCKLOG, AT+PRO, AT+CDP=0, AT+FDR1).</summary>
        public Pom01nSettingsChange Change
        {
            get { return _change; }
        }

        /// <summary>power_outage as held now.</summary>
        public bool PowerOutage
        {
            get { return _events.PowerOutage; }
        }

        /// <summary>low_voltage as held now.</summary>
        public bool LowVoltage
        {
            get { return _events.LowVoltage; }
        }

        /// <inheritdoc />
        public bool OnBattery
        {
            get { return Pom01nPower.OnBattery(_state); }
        }

        /// <summary>True while deactivated for shipping (five fast presses): asleep until a long press of the ACT button.</summary>
        public bool IsDeactivated
        {
            get { return _state.Deactivated; }
        }

        /// <summary>Input changes that were events (AT+INTMOD).</summary>
        public long Events
        {
            get { return _events.Count; }
        }

        /// <inheritdoc />
        public bool HasUplinked
        {
            get { return _uplink.Uplinks > 0; }
        }

        /// <inheritdoc />
        public long NextDueMs
        {
            get { return Due(true); }
        }

        /// <summary>
        /// When a deep-sleeping chip must wake: <see cref="NextDueMs"/> without the clock-log ticks, which
        /// the next wake logs with the state that held through them (both detector inputs wake the chip).
        /// </summary>
        public long WakeDueMs
        {
            get { return Due(false); }
        }

        // When the loop next has work; the clock-log tick counts only when withClockLog.
        private long Due(bool withClockLog)
        {
            long now = _clock.UptimeMs;
            if (_state.Deactivated)
            {
                // Shipping: only the button (and the LED's last signal) until a long press.
                return Min(_led.NextDueMs, _button == null ? long.MaxValue : _button.NextDueMs);
            }

            if (_uplink.IsReady || _uplink.SettingsReportDue || _uplink.RejoinDue)
            {
                return now;
            }

            long due = Min(_events.NextDueMs, Min(_uplink.NextTdcAt, _led.NextDueMs));
            due = Min(due, _device.Retry.RetryAtMs);
            if (_button != null)
            {
                due = Min(due, _button.NextDueMs);
            }

            long tick = _state.Schedule.NextTickUnix;
            IRealTimeClock rtc = _device.Hardware.Rtc;
            if (withClockLog && tick != ClockLogSchedule.NoTick && rtc.IsSet)
            {
                long wait = tick - rtc.UnixSeconds;
                due = Min(due, wait <= 0 ? now : now + wait * 1000);
            }

            return due;
        }

        /// <inheritdoc />
        public bool IsIdle
        {
            get
            {
                bool buttonIdle = _button == null || _button.NextDueMs == long.MaxValue;
                if (_state.Deactivated)
                {
                    return _led.NextDueMs == long.MaxValue && buttonIdle;
                }

                return _uplink.IsIdle && !_uplink.Due && !_uplink.SettingsReportDue && _events.NextDueMs == long.MaxValue && buttonIdle;
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
            _events.Setup(now);
            _events.ApplyTriggers(_settings);
            if (_button != null)
            {
                _button.Setup(now);
            }

            _uplink.Setup(now);
            if (!_device.IsResumed)
            {
                // A cold boot: what fell while the board was down is unknown, so the log starts anew.
                _events.RestartClockLog();
            }
            else if (!_state.Deactivated)
            {
                _events.TakeClockSamples();
            }

            Pom01nPower.SetBatteryMode(_device, _state, _state.InputsKnown && _state.PowerOutage);
        }

        /// <inheritdoc />
        public void Loop()
        {
            long now = _clock.UptimeMs;
            if (_state.Deactivated)
            {
                // Deactivated (shipping): the button is all that is watched; a long press activates again.
                UpdateButton(now);
                _led.Update(now);
                return;
            }

            // Samples first: the state they log is the one that held through their ticks.
            _events.TakeClockSamples();
            int changes = _events.Update(now);
            if ((changes & Pom01nEvents.EventLogged) != 0)
            {
                _uplink.Due = true;
            }

            if ((changes & Pom01nEvents.OutageChanged) != 0)
            {
                Pom01nPower.SetBatteryMode(_device, _state, _events.PowerOutage);
            }

            UpdateButton(now);
            _uplink.Loop(now);
            _led.Update(now);
        }

        /// <inheritdoc />
        public void RequestUplink()
        {
            _uplink.Due = true;
        }

        /// <inheritdoc />
        public IAtCommandGroup CreateCommands(ConsoleOutput output)
        {
            return new Pom01nCommands(this, output);
        }

        // ----- module events -----

        void IModuleObserver.OnNetworkStatusChanged(byte status)
        {
            bool online = status == NetworkStatus.CloudConnected;
            if (online && !_uplink.Online && !_joinedOnce)
            {
                _joinedOnce = true;
                _led.Show(LedPattern.Joined, _clock.UptimeMs);
            }

            _uplink.SetOnline(online);
        }

        void IModuleObserver.OnOperatingStatusChanged(byte status)
        {
        }

        void IModuleObserver.OnTimeSynced(long unixSeconds)
        {
            long now = _clock.UptimeMs;
            _events.Entries.FixTimes(unixSeconds, now);
            if (!_state.Schedule.IsStarted)
            {
                _state.Schedule.Start(unixSeconds);
            }

            _uplink.SetTdcDue(now, _uplink.NextTdcAt);
            _device.Persistence.StateChanged(0, true);
        }

        void IModuleObserver.OnModuleRestarted()
        {
        }

        void IModuleObserver.OnStartupComplete()
        {
            _uplink.OnStartupComplete();
        }

        void IModuleObserver.OnSleepLockSet(bool locked)
        {
        }

        // ----- internals -----

        private void UpdateButton(long now)
        {
            if (_button == null)
            {
                return;
            }

            ButtonAction action = _button.Update(now);
            if (action == ButtonAction.Uplink)
            {
                _uplink.Due = true;
            }
            else if (action == ButtonAction.Activate)
            {
                // The manual: activate, attach the network (green solid once joined), then uplink.
                _led.Show(LedPattern.Activating, now);
                if (_state.Deactivated)
                {
                    Pom01nPower.Activate(_device, _state, _events);
                }

                _joinedOnce = false;
                _uplink.RequestRejoin();
            }
            else if (action == ButtonAction.Deactivate && !_state.Deactivated)
            {
                _led.Show(LedPattern.Deactivated, now);
                _uplink.Due = false;
                Pom01nPower.Deactivate(_device, _state);
            }
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

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
