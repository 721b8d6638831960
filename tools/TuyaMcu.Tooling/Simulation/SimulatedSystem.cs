using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>The chip in a simulation: remembers reboot requests; the bench decides what a reboot does.</summary>
public sealed class SimulatedSystem : ISystemControl
{
    /// <summary>Reboots requested.</summary>
    public int Reboots { get; private set; }

    /// <summary>Called on a reboot, to rebuild the device from what it saved.</summary>
    public Action? OnReboot { get; set; }

    /// <inheritdoc />
    public void Reboot()
    {
        Reboots++;
        OnReboot?.Invoke();
    }
}
