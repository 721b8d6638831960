using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// How the <c>module</c> and <c>mcu</c> commands put a session on a serial line — the one path
/// the commands and their end-to-end test share.
/// </summary>
public static class SerialSessions
{
    /// <summary>
    /// Opens the line: the serial device <paramref name="device"/> at <paramref name="baudRate"/>
    /// (exclusively, raw 8N1) through <paramref name="backend"/> (by default the platform's), or,
    /// when it is null, a new pseudo-terminal whose slave path another program opens as its port.
    /// </summary>
    /// <exception cref="SerialPortException">With a one-line message: missing, busy, not a tty, permission, unsupported rate or OS.</exception>
    public static ISerialEndpoint OpenLine(string? device, int baudRate, SerialBackend? backend = null)
    {
        SerialPorts.ValidateBaudRate(baudRate);
        return device == null
            ? SerialPorts.OpenPseudoTerminal()
            : SerialPorts.Open(device, baudRate, backend ?? SerialPorts.DefaultBackend);
    }

    /// <summary>The simulated module on <paramref name="line"/>, powered up now.</summary>
    public static ModuleSession Module(ISerialEndpoint line, ISimulationClock clock, ISessionOutput output) =>
        new(clock, new SerialModuleLine(line), output);

    /// <summary>The simulated module on <paramref name="line"/>, powered up now, naming and checking DPs by <paramref name="device"/>'s schema.</summary>
    public static ModuleSession Module(ISerialEndpoint line, ISimulationClock clock, ISessionOutput output, HostProfile device) =>
        new(clock, new SerialModuleLine(line), output, device: device);

    /// <summary>The firmware on <paramref name="line"/>, started now.</summary>
    /// <exception cref="IOException">The state directory cannot be created or read.</exception>
    public static McuSession Mcu(ISerialEndpoint line, ISimulationClock clock, ISessionOutput output, McuSessionOptions options) =>
        new(clock, new SerialByteTransport(line), output, options);
}
