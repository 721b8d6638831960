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
        private readonly BoardConfiguration _board;
        private readonly FakeClock _clock = new FakeClock();
        private readonly FakeInput[] _levels;
        private readonly FlashTable _storage = new FlashTable();
        private readonly CountingSystem _system = new CountingSystem();
        private readonly CountingLog _log = new CountingLog();
        private readonly DeviceHardware _hardware;
        private readonly DeviceOptions _options = new DeviceOptions();
        private readonly IDeviceProfile _profile;
        private int _sleepsSeen;
        private long _wakeAt = long.MaxValue;

        /// <summary>A rig whose firmware keeps <paramref name="datalogCapacity"/> records (0: the firmware's default).</summary>
        public FirmwareRig(int datalogCapacity)
            : this(Boards.Esp32DevKitC(), datalogCapacity > 0 ? new Cpn01Profile(null, datalogCapacity) : new Cpn01Profile())
        {
            // The contact rests closed: the pin reads the closed level.
            SetActive(Cpn01Profile.ContactRole, true);
        }

        /// <summary>
        /// A rig for <paramref name="profile"/> on <paramref name="board"/>: a fake pin for each level
        /// input of the board's table (resting inactive), a pulse counter for each counter.
        /// </summary>
        public FirmwareRig(BoardConfiguration board, IDeviceProfile profile)
        {
            _board = board;
            Module = new ScriptedModule(_clock, 1000);
            ConsoleLine = new ConsoleScript();
            FakeAdc battery = new FakeAdc();
            battery.Value = 2323; // 1.76 V at the pin, 3.52 V on the pack with the 2:1 divider

            _levels = new FakeInput[board.Inputs.Length];
            _hardware = new DeviceHardware();
            _hardware.ModuleTransport = Module;
            _hardware.Clock = _clock;
            _hardware.Rtc = _clock;
            _hardware.Inputs = new HardwareInput[board.Inputs.Length];
            for (int i = 0; i < board.Inputs.Length; i++)
            {
                BoardInput row = board.Inputs[i];
                if (row.IsCounter)
                {
                    _hardware.Inputs[i] = HardwareInput.ForCounter(row.Role, new FakePulseCounter(64));
                    continue;
                }

                _levels[i] = new FakeInput();
                _levels[i].Level = !row.ActiveLevel;
                _hardware.Inputs[i] = HardwareInput.ForLevel(row.Role, _levels[i], row.ActiveLevel, row.WakesChip);
                _hardware.Inputs[i].HoldMs = row.HoldMs;
            }

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
            _profile = profile;
        }

        /// <summary>Battery mode (deep sleep whenever idle) from the next <see cref="Start"/>; the board's default is always-on.</summary>
        public void UseBatteryPower()
        {
            _options.PowerMode = PowerMode.Battery;
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
            SetActive(Cpn01Profile.ContactRole, !open);
        }

        /// <summary>Drives the level input of <paramref name="role"/> active or not; a change of an input that wakes the chip ends a deep sleep.</summary>
        public void SetActive(string role, bool active)
        {
            for (int i = 0; i < _levels.Length; i++)
            {
                BoardInput row = _board.Inputs[i];
                if (row.Role == role)
                {
                    bool level = active ? row.ActiveLevel : !row.ActiveLevel;
                    bool changed = _levels[i].Level != level;
                    _levels[i].Level = level;
                    if (changed && IsAsleep && row.WakesChip)
                    {
                        Wake();
                    }

                    return;
                }
            }

            throw new ArgumentException("the board has no level input " + role);
        }

        /// <summary>True while the firmware is in a deep sleep (battery mode).</summary>
        public bool IsAsleep
        {
            get { return _wakeAt != long.MaxValue; }
        }

        /// <summary>Deep sleeps the firmware entered.</summary>
        public int DeepSleeps
        {
            get { return _system.DeepSleeps; }
        }

        /// <summary>Wakes from deep sleep (or boots again): the device and console are built anew over what flash holds, as the ESP32 does.</summary>
        public void Wake()
        {
            _wakeAt = long.MaxValue;
            Wakes++;
            Start();
        }

        /// <summary>Deep sleeps entered with state not yet saved.</summary>
        public int UnsavedSleeps { get; private set; }

        /// <summary>Wakes from deep sleep so far.</summary>
        public int Wakes { get; private set; }

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
                if (IsAsleep)
                {
                    // Asleep: nothing runs until the timer (or a waking input, SetActive) ends it.
                    if (_wakeAt > uptimeMs)
                    {
                        _clock.Now = uptimeMs > _clock.Now ? uptimeMs : _clock.Now;
                        return;
                    }

                    _clock.Now = _wakeAt;
                    Wake();
                }

                Passes++;
                Module.Poll();
                Device.Loop();
                if (_system.DeepSleeps != _sleepsSeen)
                {
                    // The platform saves before it sleeps: nothing may be left for persistence to save.
                    UnsavedSleeps += Device.Persistence.NextDueMs != long.MaxValue ? 1 : 0;
                    _sleepsSeen = _system.DeepSleeps;
                    _wakeAt = _clock.Now + _system.LastSleepMs;
                    continue;
                }

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
