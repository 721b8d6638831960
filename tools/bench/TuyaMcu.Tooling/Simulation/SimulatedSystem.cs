using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>The chip in a simulation: remembers reboots and deep sleeps; the bench decides what they do.</summary>
public sealed class SimulatedSystem : ISystemControl
{
    /// <summary>Reboots requested.</summary>
    public int Reboots { get; private set; }

    /// <summary>Deep sleeps entered.</summary>
    public int DeepSleeps { get; private set; }

    /// <summary>Called on a reboot, to rebuild the device from what it saved.</summary>
    public Action? OnReboot { get; set; }

    /// <summary>Called on a deep sleep with the wake time (ms from now) and the inputs that wake the chip.</summary>
    public Action<long, WakeSources>? OnDeepSleep { get; set; }

    /// <inheritdoc />
    public void Reboot()
    {
        Reboots++;
        OnReboot?.Invoke();
    }

    /// <inheritdoc />
    public void DeepSleep(long wakeAfterMs, WakeSources wake)
    {
        DeepSleeps++;
        OnDeepSleep?.Invoke(wakeAfterMs, wake);
    }
}
