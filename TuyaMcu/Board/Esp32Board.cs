using System;
using System.Device.Gpio;
using TuyaMcu.Platform;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Builds the firmware's hardware from a <see cref="BoardConfiguration"/>: it refuses a wrong
    /// or conflicting pin assignment before touching a pin, then opens the module UART, the
    /// input table's inputs, the battery ADC, the wake, reset and LED outputs, the flash
    /// storage and the clocks, and the console UART.
    /// </summary>
    public sealed class Esp32Board
    {
        /// <summary>Folder on the internal flash drive for configuration, counters and datalog.</summary>
        public const string StorageFolder = "I:\\tuyamcu";

        private readonly BoardConfiguration _configuration;
        private readonly string _storageFolder;
        private readonly LoopSignal _signal = new LoopSignal();
        private readonly GpioController _gpio = new GpioController();
        private readonly DebugLog _log = new DebugLog();
        private DeviceHardware _hardware;
        private IByteTransport _console;
        private IDigitalOutput _moduleReset;

        /// <summary>Checks <paramref name="configuration"/>; throws <see cref="ArgumentException"/> naming the pin at fault.</summary>
        public Esp32Board(BoardConfiguration configuration)
            : this(configuration, StorageFolder)
        {
        }

        /// <summary>As the other constructor, with the storage in <paramref name="storageFolder"/> (an SD card, or a host folder in tests).</summary>
        public Esp32Board(BoardConfiguration configuration, string storageFolder)
        {
            configuration.EnsureValid();
            _configuration = configuration;
            _storageFolder = storageFolder;
        }

        /// <summary>Set by UART bytes and pin edges, so the main loop wakes at once.</summary>
        public LoopSignal Signal
        {
            get { return _signal; }
        }

        /// <summary>The log.</summary>
        public DebugLog Log
        {
            get { return _log; }
        }

        /// <summary>The board's configuration.</summary>
        public BoardConfiguration Configuration
        {
            get { return _configuration; }
        }

        // Each wired row of the input table as a level input or a pulse counter (whose driver pulls
        // its pin up itself: BoardInput.IsCounter).
        private HardwareInput[] OpenInputs(BoardInput[] rows)
        {
            int wired = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                wired += rows[i].Pin >= 0 ? 1 : 0;
            }

            HardwareInput[] inputs = new HardwareInput[wired];
            wired = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                BoardInput row = rows[i];
                if (row.Pin >= 0)
                {
                    inputs[wired] = row.IsCounter
                        ? HardwareInput.ForCounter(row.Role, new Esp32PulseCounter(row.Pin))
                        : HardwareInput.ForLevel(row.Role, new Esp32InputPin(_gpio, row.Pin, row.Pull, _signal), row.ActiveLevel, row.WakesChip);
                    inputs[wired++].HoldMs = row.HoldMs;
                }
            }

            return inputs;
        }

        /// <summary>Opens the pins, UARTs and storage (once) and returns the firmware's view of them.</summary>
        public DeviceHardware Open()
        {
            if (_hardware != null)
            {
                return _hardware;
            }

            BoardConfiguration c = _configuration;
            DeviceHardware h = new DeviceHardware();
            h.ModuleTransport = new Esp32Uart(c.ModuleUart, c.ModuleRxPin, c.ModuleTxPin, c.ModuleBaudRate, _signal);
            h.Clock = new Esp32Clock();
            h.Rtc = new Esp32Rtc();
            h.Inputs = OpenInputs(c.Inputs);
            if (c.BatteryAdcPin >= 0)
            {
                h.BatteryAdc = new Esp32AdcChannel(c.BatteryAdcPin, c.BatteryAdcChannel);
                h.BatteryFullScaleMv = c.AdcFullScaleMv;
                h.BatteryDividerPermille = c.DividerRatioPermille;
                h.BatteryOffsetMv = c.BatteryOffsetMv;
            }

            h.Led = c.LedPin >= 0 ? new Esp32OutputPin(_gpio, c.LedPin, !c.LedOnLevel) : null;
            h.LedOnLevel = c.LedOnLevel;

            // The module wakes on a low pulse: idle high.
            h.WakePin = c.WakePin >= 0 ? new Esp32OutputPin(_gpio, c.WakePin, true) : null;
            _moduleReset = c.ModuleResetPin >= 0 ? new Esp32OutputPin(_gpio, c.ModuleResetPin, !c.ModuleResetActiveLevel) : null;
            h.ModuleReset = _moduleReset;
            h.ModuleResetActiveLevel = c.ModuleResetActiveLevel;
            h.System = new Esp32System();
            h.Storage = new Esp32FileStorage(_storageFolder);
            h.Log = _log;
            _console = c.ConsoleUart != null ? new Esp32Uart(c.ConsoleUart, c.ConsoleRxPin, c.ConsoleTxPin, c.ConsoleBaudRate, _signal) : null;
            _hardware = h;
            return h;
        }

        /// <summary>The AT console's UART, or null (valid after <see cref="Open"/>).</summary>
        public IByteTransport ConsoleTransport
        {
            get { return _console; }
        }

        /// <summary>The module's reset line, or null (valid after <see cref="Open"/>).</summary>
        public IDigitalOutput ModuleReset
        {
            get { return _moduleReset; }
        }

        /// <summary>
        /// Releases the module from reset (it may have been held by a previous firmware, or the pin
        /// floated through the ESP32's reset). From then on the firmware pulses it only to bring back a
        /// module that does not start working (<see cref="TuyaMcu.Dispatch.ModuleRecovery"/>).
        /// </summary>
        public void ReleaseModuleReset()
        {
            if (_moduleReset != null)
            {
                _moduleReset.Write(!_configuration.ModuleResetActiveLevel);
            }
        }
    }
}
