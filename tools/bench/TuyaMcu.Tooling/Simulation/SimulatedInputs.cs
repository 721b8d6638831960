using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Profiles.Pom01n;

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

    /// <summary>
    /// The POM01-N's inputs as <c>Boards.Esp32DevKitCPom01n</c> wires them: the AC detector's
    /// power_outage and low_voltage, active high with a 100 ms hold, and the ACT button (GPIO0, low
    /// when pressed); all three wake the chip.
    /// </summary>
    public static HardwareInput[] Pom01n(SimulatedInput outage, SimulatedInput lowVoltage, SimulatedInput button)
    {
        HardwareInput[] inputs =
        [
            HardwareInput.ForLevel(Pom01nApplication.PowerOutageRole, outage, activeLevel: true, wakesChip: true),
            HardwareInput.ForLevel(Pom01nApplication.LowVoltageRole, lowVoltage, activeLevel: true, wakesChip: true),
            HardwareInput.ForLevel(Pom01nApplication.ButtonRole, button, activeLevel: false, wakesChip: true),
        ];
        inputs[0].HoldMs = 100;
        inputs[1].HoldMs = 100;
        return inputs;
    }
}
