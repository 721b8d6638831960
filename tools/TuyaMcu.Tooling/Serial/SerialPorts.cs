using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>Opens serial lines: real ports by name, and pseudo-terminals. Linux and macOS only for now.</summary>
public static class SerialPorts
{
    /// <summary>The default line speed of the Tuya serial protocol.</summary>
    public const int DefaultBaudRate = 9600;

    /// <summary>The rates <see cref="Open"/> accepts here, ascending (empty where serial ports are unsupported).</summary>
    public static IReadOnlyList<int> SupportedBaudRates =>
        PosixPlatform.Current is PosixPlatform p ? p.BaudRates.Keys.Order().ToArray() : [];

    /// <summary>Opens <paramref name="device"/> at <paramref name="baudRate"/>, raw 8N1, no flow control, exclusively.</summary>
    /// <exception cref="SerialPortException">With a one-line message: missing, busy, not a tty, permission, unsupported rate, unsupported OS (Windows).</exception>
    public static ISerialEndpoint Open(string device, int baudRate) => PosixSerialPort.Open(device, baudRate);

    /// <summary>Creates a pseudo-terminal: its slave path is what another program opens as its serial port.</summary>
    /// <exception cref="SerialPortException">No pseudo-terminal could be created, or the OS is unsupported.</exception>
    public static PseudoTerminal OpenPseudoTerminal() => PseudoTerminal.Open();

    /// <summary>Checks <paramref name="baudRate"/> without opening anything.</summary>
    /// <exception cref="SerialPortException">The rate is unsupported, or the OS is.</exception>
    public static void ValidateBaudRate(int baudRate)
    {
        PosixPlatform platform = PosixPlatform.Current
            ?? throw new SerialPortException(SerialErrorKind.PlatformNotSupported, PosixPlatform.UnsupportedReason);
        SpeedCodeFor(platform, baudRate);
    }

    internal static ulong SpeedCodeFor(PosixPlatform platform, int baudRate) =>
        platform.BaudRates.TryGetValue(baudRate, out ulong code) ? code : throw UnsupportedBaudRate(platform, baudRate);

    internal static SerialPortException UnsupportedBaudRate(PosixPlatform platform, int baudRate) =>
        new(SerialErrorKind.UnsupportedBaudRate,
            $"unsupported baud rate {baudRate} (supported on {platform.Name}: {string.Join(", ", platform.BaudRates.Keys.Order())})");
}
