using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>The input table of the simulated boards: what the board layer makes of a board's input rows, over simulated parts.</summary>
public static class SimulatedInputs
{
    /// <summary>
    /// The CPN01's inputs as the ESP32-DevKitC wires them: the contact, closed at the low level (the
    /// pull-up), waking the chip; the meter's pulse counter.
    /// </summary>
    public static HardwareInput[] Cpn01(SimulatedInput contact, SimulatedPulseCounter pulses) =>
    [
        HardwareInput.ForLevel(Cpn01Profile.ContactRole, contact, activeLevel: false, wakesChip: true),
        HardwareInput.ForCounter(Cpn01Profile.PulseRole, pulses),
    ];
}
