using System;
using TuyaMcu.AtConsole;
using TuyaMcu.Board;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// The whole firmware put together the way <c>Program.cs</c> and <c>Board/Firmware.cs</c> put it
    /// together on an ESP32-DevKitC (its module baud rate and wake pin, always-on power, CPN01
    /// defaults, the sensor device and the AT console), over in-memory stand-ins for the board: a
    /// <see cref="ScriptedModule"/> on the module UART, a <see cref="ConsoleScript"/> on the console
    /// UART, flash in a table, a contact, a pulse counter and a battery divider. Time is a fake
    /// clock the loop moves straight to the next due time, so a day runs in a few thousand passes.
    /// </summary>
    public sealed class FirmwareRig
    {
        private readonly BoardConfiguration _board = Boards.Esp32DevKitC();
        private readonly FakeClock _clock = new FakeClock();
        private readonly FakeInput _contact = new FakeInput();
        private readonly FlashTable _storage = new FlashTable();
        private readonly CountingSystem _system = new CountingSystem();
        private readonly CountingLog _log = new CountingLog();
        private readonly DeviceHardware _hardware;
        private readonly DeviceOptions _options = new DeviceOptions();
        private readonly Cpn01Profile _profile;

        /// <summary>A rig whose firmware keeps <paramref name="datalogCapacity"/> records (0: the firmware's default).</summary>
        public FirmwareRig(int datalogCapacity)
        {
            Module = new ScriptedModule(_clock, 1000);
            ConsoleLine = new ConsoleScript();
            FakeAdc battery = new FakeAdc();
            battery.Value = 2323; // 1.76 V at the pin, 3.52 V on the pack with the 2:1 divider

            // The contact rests closed: the pin reads the closed level.
            BoardInput contact = _board.Input(Cpn01Profile.ContactRole);
            _contact.Level = contact.ActiveLevel;
            _hardware = new DeviceHardware();
            _hardware.ModuleTransport = Module;
            _hardware.Clock = _clock;
            _hardware.Rtc = _clock;
            _hardware.Inputs = new HardwareInput[]
            {
                HardwareInput.ForLevel(contact.Role, _contact, contact.ActiveLevel, contact.WakesChip),
                HardwareInput.ForCounter(Cpn01Profile.PulseRole, new FakePulseCounter(64)),
            };
            _hardware.BatteryAdc = battery;
            _hardware.BatteryFullScaleMv = _board.AdcFullScaleMv;
            _hardware.BatteryDividerPermille = _board.DividerRatioPermille;
            _hardware.Led = new LevelPin(!_board.LedOnLevel);
            _hardware.LedOnLevel = _board.LedOnLevel;
            _hardware.WakePin = new LevelPin(true);
            _hardware.System = _system;
            _hardware.Storage = _storage;
            _hardware.Log = _log;

            // As Program.Main sets them for the board.
            _options.Link.BaudRate = _board.ModuleBaudRate;
            _options.Link.WakeBeforeSend = _board.WakePin >= 0;
            _options.PowerMode = PowerMode.AlwaysOn;
            _profile = datalogCapacity > 0 ? new Cpn01Profile(null, datalogCapacity) : new Cpn01Profile();
        }

        /// <summary>The module on the module UART.</summary>
        public ScriptedModule Module { get; private set; }

        /// <summary>The console UART.</summary>
        public ConsoleScript ConsoleLine { get; private set; }

        /// <summary>The sensor device (after <see cref="Start"/>).</summary>
        public Device Device { get; private set; }

        /// <summary>The AT console (after <see cref="Start"/>).</summary>
        public AtCommandConsole Console { get; private set; }

        /// <summary>Uptime, ms.</summary>
        public long Now
        {
            get { return _clock.Now; }
        }

        /// <summary>Loop passes so far.</summary>
        public long Passes { get; private set; }

        /// <summary>Errors logged.</summary>
        public int Errors
        {
            get { return _log.Errors; }
        }

        /// <summary>Warnings logged.</summary>
        public int Warnings
        {
            get { return _log.Warnings; }
        }

        /// <summary>The first warning or error logged, or null.</summary>
        public string FirstProblem
        {
            get { return _log.FirstProblem; }
        }

        /// <summary>Reboots the firmware asked for.</summary>
        public int Reboots
        {
            get { return _system.Reboots; }
        }

        /// <summary>Flash writes.</summary>
        public int FlashWrites
        {
            get { return _storage.Writes; }
        }

        /// <summary>Opens or closes the contact.</summary>
        public void SetContactOpen(bool open)
        {
            bool closedLevel = _board.Input(Cpn01Profile.ContactRole).ActiveLevel;
            _contact.Level = open ? !closedLevel : closedLevel;
        }

        /// <summary>Builds and sets up the device and the console, as the board's firmware does at boot.</summary>
        public void Start()
        {
            Build();
            Setup();
        }

        /// <summary>The first half of <see cref="Start"/>: builds the device (its DP table, and what flash holds loaded).</summary>
        public void Build()
        {
            Device = new Device(_hardware, _options, _profile);
        }

        /// <summary>The second half of <see cref="Start"/>: sets the device up (inputs read, timers started) and builds the console.</summary>
        public void Setup()
        {
            Device.Setup();
            Console = new AtCommandConsole(ConsoleLine, _clock, Device, new ConsoleOptions());
        }

        /// <summary>Runs the loop until <paramref name="uptimeMs"/>, moving the clock to each next due time.</summary>
        public void RunUntil(long uptimeMs)
        {
            int idlePasses = 0;
            while (true)
            {
                Passes++;
                Module.Poll();
                Device.Loop();
                Console.Loop();
                long due = Min(Min(Device.NextDueMs, Console.NextDueMs), Module.NextDueMs);
                if (due > _clock.Now)
                {
                    idlePasses = 0;
                    if (due >= uptimeMs)
                    {
                        _clock.Now = uptimeMs > _clock.Now ? uptimeMs : _clock.Now;
                        return;
                    }

                    _clock.Now = due;
                }
                else if (++idlePasses > 1000)
                {
                    throw new InvalidOperationException("stuck at " + _clock.Now.ToString() + " ms: due dispatcher " + Device.Dispatcher.NextDueMs.ToString()
                        + ", application " + Device.Application.NextDueMs.ToString() + ", console " + Console.NextDueMs.ToString() + ", module " + Module.NextDueMs.ToString());
                }
            }
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
