using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>An input pin whose level a simulation sets.</summary>
public sealed class SimulatedInput(bool level = true) : IDigitalInput
{
    /// <summary>The level the pin reads.</summary>
    public bool Level { get; set; } = level;

    /// <inheritdoc />
    public bool Read() => Level;
}
