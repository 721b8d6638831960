using System;
using System.Threading;
using TuyaMcu.AtConsole;
using TuyaMcu.Platform;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Runs the firmware on the board: the device (the platform and its profile's application) and
    /// the AT console, each in its own
    /// guard. An unexpected exception in one is logged and the device is rebuilt from what it saved
    /// (the old one released first); if it keeps failing (5 times within a minute), if the heap ran
    /// out, or if the rebuild fails, the chip saves and reboots. A watchdog timer
    /// reboots the chip if the loop stops running for a minute. Between passes the loop waits
    /// until the next due time, or until a byte or a pin edge arrives.
    /// </summary>
    public sealed class Firmware
    {
        /// <summary>Longest the loop waits between passes, ms.</summary>
        public const int MaxWaitMs = 100;

        /// <summary>Silence after which the watchdog reboots, ms.</summary>
        public const int WatchdogMs = 60000;

        private const int FailureLimit = 5;
        private const long FailureWindowMs = 60000;

        private readonly Esp32Board _board;
        private readonly DeviceOptions _options;
        private readonly IDeviceProfile _profile;
        private DeviceHardware _hardware;
        private Device _device;
        private AtCommandConsole _console;
        private int _failures;
        private long _firstFailureAt;
        private long _passes;

        // The watchdog runs on a timer thread: it compares a 32-bit copy of the pass count, which the
        // ESP32 reads and writes in one step (a long is two words and could be read half-updated).
        private int _alive;
        private int _watchedAlive = -1;
        private Timer _watchdog;
        private bool _stop;

        /// <summary>Prepares the firmware of <paramref name="profile"/> on <paramref name="board"/>.</summary>
        public Firmware(Esp32Board board, DeviceOptions options, IDeviceProfile profile)
        {
            _board = board;
            _options = options;
            _profile = profile;
        }

        /// <summary>The running device.</summary>
        public Device Device
        {
            get { return _device; }
        }

        /// <summary>Passes of the main loop so far.</summary>
        public long Passes
        {
            get { return _passes; }
        }

        /// <summary>Components rebuilt after an exception.</summary>
        public int Recoveries { get; private set; }

        /// <summary>Opens the board, builds device and console, and starts the watchdog.</summary>
        public void Start()
        {
            _hardware = _board.Open();
            _board.ReleaseModuleReset();
            BuildDevice();
            _watchdog = new Timer(CheckAlive, null, WatchdogMs, WatchdogMs);
            _board.Log.Write(LogLevel.Info, "firmware", "started on " + _board.Configuration.Name);
        }

        /// <summary>Runs the loop until <see cref="Stop"/> (on the device: forever).</summary>
        public void Run()
        {
            while (!_stop)
            {
                RunOnce();
            }
        }

        /// <summary>One pass, then a wait until something is due.</summary>
        public void RunOnce()
        {
            _passes++;
            _alive = (int)_passes;
            Guard(true);
            if (_console != null)
            {
                Guard(false);
            }

            long now = _hardware.Clock.UptimeMs;
            long due = _device.NextDueMs;
            if (_console != null && _console.NextDueMs < due)
            {
                due = _console.NextDueMs;
            }

            long wait = due - now;
            if (wait > 0)
            {
                _board.Signal.Wait(wait > MaxWaitMs ? MaxWaitMs : (int)wait);
            }
        }

        /// <summary>Ends <see cref="Run"/> after the current pass (host tests).</summary>
        public void Stop()
        {
            _stop = true;
            if (_watchdog != null)
            {
                _watchdog.Dispose();
            }
        }

        private void Guard(bool device)
        {
            try
            {
                if (device)
                {
                    _device.SleepInhibited = _console != null && _console.IsSessionOpen;
                    _device.Loop();
                }
                else
                {
                    _console.Loop();
                }
            }
            catch (Exception e)
            {
                Recover(device ? "device" : "console", e);
            }
        }

        private void Recover(string component, Exception e)
        {
            long now = _hardware.Clock.UptimeMs;
            if (e is OutOfMemoryException)
            {
                // Rebuilding needs setup-sized memory again, from a heap that has just run out and may be
                // fragmented: a reboot gives the firmware a clean heap, and it resumes from what it saved.
                Reboot(component + " ran out of memory; rebooting");
                return;
            }

            _board.Log.Write(LogLevel.Error, "firmware", component + " failed: " + e.Message + "; rebuilding it");
            if (now - _firstFailureAt > FailureWindowMs)
            {
                _firstFailureAt = now;
                _failures = 0;
            }

            if (++_failures >= FailureLimit)
            {
                Reboot("failing repeatedly; rebooting");
                return;
            }

            Recoveries++;
            TrySave();

            // The failed device and console go before their replacements are built, so the rebuild
            // needs setup-sized memory, not that on top of the old device's.
            _device = null;
            _console = null;
            try
            {
                BuildDevice();
            }
            catch (Exception rebuild)
            {
                Reboot("rebuilding failed: " + rebuild.Message + "; rebooting");
            }
        }

        private void Reboot(string why)
        {
            _board.Log.Write(LogLevel.Error, "firmware", why);
            TrySave();
            _hardware.System.Reboot();
        }

        private void BuildDevice()
        {
            _device = new Device(_hardware, _options, _profile);
            _device.Setup();
            _board.Log.Verbose = _device.Settings.Debug;
            IByteTransport consoleTransport = _board.ConsoleTransport;
            _console = consoleTransport != null ? new AtCommandConsole(consoleTransport, _hardware.Clock, _device, new ConsoleOptions()) : null;
        }

        private void TrySave()
        {
            try
            {
                if (_device != null)
                {
                    _device.SaveAll();
                }
            }
            catch (Exception)
            {
                // Saving is best effort while recovering: what was saved before still stands.
            }
        }

        private void CheckAlive(object state)
        {
            int alive = _alive;
            if (alive == _watchedAlive)
            {
                _board.Log.Write(LogLevel.Error, "firmware", "main loop stalled; rebooting");
                _hardware.System.Reboot();
                return;
            }

            _watchedAlive = alive;
        }
    }
}
