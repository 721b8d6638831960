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
        Clock = new VirtualClock();
        Rtc = new SimulatedRtc(Clock);
        ToMcu = new SimulatedChannel(Clock, LinkOptions.BaudRate);
        FromMcu = new SimulatedChannel(Clock, LinkOptions.BaudRate);
        WakePin = new SimulatedPin(Clock);
        Module = new ModuleSimulator(Clock, ToMcu, FromMcu, profile, faults, seed, WakePin);
        Dispatcher = new CommandDispatcher(
            new SimulatedTransport(ToMcu, FromMcu),
            Clock,
            Rtc,
            LinkOptions,
            options ?? new DispatcherOptions(),
            dps ?? new DpRegistry(),
            battery ?? new FixedBattery(-1),
            LinkOptions.WakeBeforeSend ? WakePin : null,
            log);
        Loop = new SimulationLoop(Clock)
            .Add("mcu", Dispatcher.Poll, () => Dispatcher.NextDueMs)
            .Add("module", Module.Poll, () => Module.NextDueMs)
            .Watch(ToMcu)
            .Watch(FromMcu);
    }

    public VirtualClock Clock { get; }

    public SimulatedRtc Rtc { get; }

    public SimulatedChannel ToMcu { get; }

    public SimulatedChannel FromMcu { get; }

    public SimulatedPin WakePin { get; }

    public ModuleSimulator Module { get; }

    public CommandDispatcher Dispatcher { get; }

    public LinkOptions LinkOptions { get; }

    public SimulationLoop Loop { get; }

    /// <summary>A battery that always reads the same.</summary>
    public sealed class FixedBattery(int percent) : IBatteryLevel
    {
        public int Percent { get; set; } = percent;
    }
}
