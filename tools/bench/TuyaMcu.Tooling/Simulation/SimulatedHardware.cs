using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Profiles;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// What the simulated firmware's board wires besides the profile's inputs: its clock, the UART to
/// the module, the wall clock and, on a board in the simulated world, the module's wake pin and
/// reset line and a status LED.
/// </summary>
/// <param name="Clock">Monotonic time (virtual or real).</param>
/// <param name="ModuleTransport">The UART to the module.</param>
/// <param name="Rtc">The wall clock.</param>
/// <param name="WakePin">The module's PSM wake input, or null when not wired.</param>
/// <param name="ResetLine">The module's reset line (active high), or null when not wired.</param>
/// <param name="Led">The status LED (lit high), or null.</param>
public sealed record SimulatedBoard(ISimulationClock Clock, IByteTransport ModuleTransport, IRealTimeClock Rtc, SimulatedPin? WakePin, SimulatedPin? ResetLine, SimulatedPin? Led)
{
    /// <summary>
    /// The DevKitC in the simulated world: the module on the UART (<paramref name="transport"/>, or
    /// the world's own end), its wake pin and reset line wired, a status LED.
    /// </summary>
    public static SimulatedBoard InWorld(SimulatedWorld world, IByteTransport? transport = null) =>
        new(world.Clock, transport ?? world.McuTransport, world.Rtc, world.WakePin, world.ResetLine, new SimulatedPin(world.Clock, initialHigh: false));

    /// <summary>
    /// The firmware on the host with only a UART to a module (a USB-serial adapter's TX and RX, or
    /// nothing at all: <see cref="AtConsole.SilentTransport"/>): no wake pin, reset line or LED; its
    /// wall clock runs from <paramref name="clock"/> once the module gives the time.
    /// </summary>
    public static SimulatedBoard UartOnly(ISimulationClock clock, IByteTransport transport) =>
        new(clock, transport, new SimulatedRtc(clock), null, null, null);
}

/// <summary>
/// The one place simulated <see cref="DeviceHardware"/> is wired: a profile's inputs on simulated
/// parts (<see cref="HostProfile.CreateInputs"/>, or the caller's), on a <see cref="SimulatedBoard"/>,
/// with a fixed battery reading, a restart-and-sleep control, storage and a log. The simulator
/// (<see cref="DeviceBench"/>, <see cref="ProfileSimulation"/>), the <c>mcu</c> session and the
/// <c>console</c> session build their hardware here.
/// </summary>
public sealed class SimulatedHardware
{
    /// <summary>Wires <paramref name="profile"/>'s inputs on <paramref name="board"/>.</summary>
    /// <param name="profile">The device profile whose inputs are simulated.</param>
    /// <param name="board">The clock, UART and module lines.</param>
    /// <param name="battery">The battery reading (percent, mV); by default none (-1: external power, as a board without a divider reads).</param>
    /// <param name="storage">The flash; by default memory.</param>
    /// <param name="log">The firmware's log, or null.</param>
    /// <param name="inputs">Inputs made by the caller instead of the profile's (a pulse counter of another width).</param>
    public SimulatedHardware(HostProfile profile, SimulatedBoard board, SimulatedBench.FixedBattery? battery = null, IStorage? storage = null, ILog? log = null, HardwareInput[]? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(board);
        Inputs = inputs ?? profile.CreateInputs();
        Battery = battery ?? new SimulatedBench.FixedBattery(-1);
        Storage = storage ?? new MemoryStorage();
        Board = board;
        Hardware = new DeviceHardware
        {
            ModuleTransport = board.ModuleTransport,
            Clock = board.Clock,
            Rtc = board.Rtc,
            Inputs = Inputs,
            Battery = Battery,
            Led = board.Led,
            LedOnLevel = true,
            WakePin = board.WakePin,
            ModuleReset = board.ResetLine,
            ModuleResetActiveLevel = true,
            System = System,
            Storage = Storage,
            Log = log,
        };
    }

    /// <summary>What the firmware gets.</summary>
    public DeviceHardware Hardware { get; }

    /// <summary>The board it sits on.</summary>
    public SimulatedBoard Board { get; }

    /// <summary>The profile's inputs on simulated parts.</summary>
    public HardwareInput[] Inputs { get; }

    /// <summary>The battery reading the firmware sees.</summary>
    public SimulatedBench.FixedBattery Battery { get; }

    /// <summary>Restart and deep sleep: whoever runs the firmware hooks them.</summary>
    public SimulatedSystem System { get; } = new();

    /// <summary>The flash.</summary>
    public IStorage Storage { get; }

    /// <summary>The input that plays <paramref name="role"/>, or null.</summary>
    public HardwareInput? Input(string role) => Array.Find(Inputs, i => i.Role == role);
}
