using TuyaMcu.Hal;
using TuyaMcu.Link;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// The world around the MCU in a simulation: virtual time, the MCU's wall clock, a UART in each
/// direction, the module's wake pin and reset line, the simulated module, and the loop that drives them.
/// An MCU side (engine only, or the whole firmware) is added on top.
/// </summary>
public sealed class SimulatedWorld
{
    /// <summary>Builds the world; the module powers up at once.</summary>
    public SimulatedWorld(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, int baudRate = 9600)
    {
        Clock = new VirtualClock();
        Rtc = new SimulatedRtc(Clock);
        ToMcu = new SimulatedChannel(Clock, baudRate);
        FromMcu = new SimulatedChannel(Clock, baudRate);
        WakePin = new SimulatedPin(Clock);
        ResetLine = new SimulatedPin(Clock, initialHigh: false);
        Module = new ModuleSimulator(Clock, ToMcu, FromMcu, profile, faults, seed, WakePin, ResetLine);
        McuTransport = new SimulatedTransport(ToMcu, FromMcu);
        Loop = new SimulationLoop(Clock).Watch(ToMcu).Watch(FromMcu);
    }

    public VirtualClock Clock { get; }

    public SimulatedRtc Rtc { get; }

    public SimulatedChannel ToMcu { get; }

    public SimulatedChannel FromMcu { get; }

    public SimulatedPin WakePin { get; }

    /// <summary>The module's reset line, active high as on the DevKitC (GPIO19 through an NPN to RESET).</summary>
    public SimulatedPin ResetLine { get; }

    public ModuleSimulator Module { get; }

    /// <summary>The MCU's end of the UART.</summary>
    public IByteTransport McuTransport { get; }

    public SimulationLoop Loop { get; }

    /// <summary>Adds the module to the loop, after the MCU side was added (so the MCU answers first).</summary>
    public void AddModule() => Loop.Add("module", Module.Poll, () => Module.NextDueMs);
}
