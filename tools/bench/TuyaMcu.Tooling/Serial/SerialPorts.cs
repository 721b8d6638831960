using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// Opens serial lines: real ports by name through either <see cref="SerialBackend"/>, and
/// pseudo-terminals (Linux and macOS).
/// </summary>
public static class SerialPorts
{
    /// <summary>The default line speed of the Tuya serial protocol.</summary>
    public const int DefaultBaudRate = 9600;

    private static readonly string[] Backends = ["termios", "dotnet"];

    /// <summary>
    /// The rates offered on Windows. COM drivers take nearly any rate; the tool offers the same
    /// standard list as on Linux, so a typo is refused rather than tried on the wire.
    /// </summary>
    private static readonly int[] WindowsBaudRates = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600];

    /// <summary>The backends' names, as <c>--serial-backend</c> takes them, in <see cref="SerialBackend"/> order.</summary>
    public static IReadOnlyList<string> BackendNames => Backends;

    /// <summary>System.IO.Ports on Windows (COM ports), termios on Linux and macOS.</summary>
    public static SerialBackend DefaultBackend => OperatingSystem.IsWindows() ? SerialBackend.DotNet : SerialBackend.Termios;

    /// <summary>The rates <see cref="Open(string, int)"/> accepts here, ascending (empty where serial ports are unsupported).</summary>
    public static IReadOnlyList<int> SupportedBaudRates =>
        OperatingSystem.IsWindows() ? WindowsBaudRates
        : PosixPlatform.Current is PosixPlatform p ? p.BaudRates.Keys.Order().ToArray() : [];

    /// <summary>The backend named <paramref name="name"/> ("termios" or "dotnet", as <see cref="BackendNames"/>).</summary>
    public static bool TryParseBackend(string name, out SerialBackend backend)
    {
        int index = Array.IndexOf(Backends, name);
        backend = (SerialBackend)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>How <c>--serial-backend</c> writes <paramref name="backend"/>.</summary>
    public static string NameOf(SerialBackend backend) => Backends[(int)backend];

    /// <summary>Opens <paramref name="device"/> at <paramref name="baudRate"/>, raw 8N1, no flow control, exclusively, with the <see cref="DefaultBackend"/>.</summary>
    /// <exception cref="SerialPortException">With a one-line message: missing, busy, not a tty, permission, unsupported rate or OS.</exception>
    public static ISerialEndpoint Open(string device, int baudRate) => Open(device, baudRate, DefaultBackend);

    /// <summary>Opens <paramref name="device"/> at <paramref name="baudRate"/> with <paramref name="backend"/>.</summary>
    /// <exception cref="SerialPortException">With a one-line message: missing, busy, not a tty, permission, unsupported rate or OS.</exception>
    public static ISerialEndpoint Open(string device, int baudRate, SerialBackend backend) =>
        backend == SerialBackend.DotNet ? DotNetSerialPort.Open(device, baudRate) : PosixSerialPort.Open(device, baudRate);

    /// <summary>Creates a pseudo-terminal: its slave path is what another program opens as its serial port.</summary>
    /// <exception cref="SerialPortException">No pseudo-terminal could be created, or the OS is unsupported.</exception>
    public static PseudoTerminal OpenPseudoTerminal() => PseudoTerminal.Open();

    /// <summary>Checks <paramref name="baudRate"/> without opening anything.</summary>
    /// <exception cref="SerialPortException">The rate is unsupported, or the OS is.</exception>
    public static void ValidateBaudRate(int baudRate)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!WindowsBaudRates.Contains(baudRate))
            {
                throw UnsupportedBaudRate("Windows", WindowsBaudRates, baudRate);
            }

            return;
        }

        PosixPlatform platform = PosixPlatform.Current
            ?? throw new SerialPortException(SerialErrorKind.PlatformNotSupported, PosixPlatform.UnsupportedReason);
        SpeedCodeFor(platform, baudRate);
    }

    internal static ulong SpeedCodeFor(PosixPlatform platform, int baudRate) =>
        platform.BaudRates.TryGetValue(baudRate, out ulong code) ? code : throw UnsupportedBaudRate(platform.Name, platform.BaudRates.Keys, baudRate);

    private static SerialPortException UnsupportedBaudRate(string platform, IEnumerable<int> rates, int baudRate) =>
        new(SerialErrorKind.UnsupportedBaudRate,
            $"unsupported baud rate {baudRate} (supported on {platform}: {string.Join(", ", rates.Order())})");
}
