using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Link;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// An MCU (the firmware's dispatcher and link) wired to a simulated module over a simulated
/// UART, in virtual time: the arrangement every engine test and the <c>sim</c> command start from.
/// </summary>
public sealed class SimulatedBench
{
    /// <summary>Wires the parts; nothing runs until the loop does.</summary>
    public SimulatedBench(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, LinkOptions? linkOptions = null, DispatcherOptions? options = null, DpRegistry? dps = null, IBatteryLevel? battery = null, ILog? log = null)
    {
        LinkOptions = linkOptions ?? new LinkOptions();
        World = new SimulatedWorld(seed, faults, profile, LinkOptions.BaudRate);
        Dispatcher = new CommandDispatcher(
            new TuyaLink(World.McuTransport, Clock, LinkOptions, LinkOptions.WakeBeforeSend ? WakePin : null),
            Clock,
            Rtc,
            options ?? new DispatcherOptions { ProductId = DefaultProductId },
            dps ?? new DpRegistry(),
            battery ?? new FixedBattery(-1),
            log);
        Dispatcher.SetModuleResetLine(World.ResetLine, true);
        Loop.Add("mcu", Dispatcher.Poll, () => Dispatcher.NextDueMs);
        World.AddModule();
    }

    public SimulatedWorld World { get; }

    public VirtualClock Clock => World.Clock;

    public SimulatedRtc Rtc => World.Rtc;

    public SimulatedChannel ToMcu => World.ToMcu;

    public SimulatedChannel FromMcu => World.FromMcu;

    public SimulatedPin WakePin => World.WakePin;

    public ModuleSimulator Module => World.Module;

    public CommandDispatcher Dispatcher { get; }

    public LinkOptions LinkOptions { get; }

    public SimulationLoop Loop => World.Loop;

    /// <summary>The product ID the engine-only bench's MCU reports unless its options name one.</summary>
    public const string DefaultProductId = "tuyamcucpn01";

    /// <summary>A battery that always reads the same.</summary>
    public sealed class FixedBattery(int percent, int millivolts = -1) : IBatteryLevel
    {
        public int Percent { get; set; } = percent;

        public int Millivolts { get; set; } = millivolts;
    }
}
