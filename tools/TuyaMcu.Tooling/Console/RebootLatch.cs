using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>
/// The chip's reboot on the host: remembered, so the program can end where the device would
/// restart. Deep sleep is only counted: the host stays awake (and the always-on device the
/// console runs never asks for it).
/// </summary>
public sealed class RebootLatch : ISystemControl
{
    /// <summary>True once a reboot was asked for.</summary>
    public bool RebootRequested { get; private set; }

    /// <summary>Deep sleeps asked for.</summary>
    public int DeepSleeps { get; private set; }

    /// <inheritdoc />
    public void Reboot() => RebootRequested = true;

    /// <inheritdoc />
    public void DeepSleep(long wakeAfterMs, bool contactWakeLevel) => DeepSleeps++;
}
