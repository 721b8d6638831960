using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Cli.Commands;

/// <summary>The line options <c>monitor</c>, <c>module</c> and <c>mcu</c> share: <c>(--port DEV | --pty) [--baud N] [--serial-backend NAME] [--duration SECONDS]</c>.</summary>
internal sealed record SerialLineOptions(string? Port, int Baud, TimeSpan? Duration, SerialBackend Backend)
{
    /// <summary>The options that take a value.</summary>
    public static readonly string[] ValueOptions = ["--port", "--baud", "--duration", BackendOption];

    /// <summary>The option that picks the code opening <c>--port</c>.</summary>
    public const string BackendOption = "--serial-backend";

    /// <summary>The switch that asks for a pseudo-terminal.</summary>
    public const string PtyFlag = "--pty";

    /// <summary>The options' part of the <c>module</c> and <c>mcu</c> usage texts.</summary>
    public static string Usage => $"""
          --port DEV         the serial device: /dev/ttyUSB0, /dev/ttyACM0, /dev/cu.usbserial-1410, COM3, ...
                             opened exclusively, raw 8N1, no flow control
          --pty              instead, create a pseudo-terminal and print its slave path to standard
                             error as 'pty: /dev/pts/N', for the other side to open as its port
          --baud N           line speed (default {SerialPorts.DefaultBaudRate}; 9600, 19200, 38400, 57600, 115200, ...)
        {BackendUsage}
          --duration SECONDS stop after this long
        """;

    /// <summary>The <c>--serial-backend</c> lines of the usage texts.</summary>
    public static string BackendUsage => $"""
          --serial-backend termios|dotnet
                             what opens --port: termios (Linux, macOS; the default there) or
                             System.IO.Ports (the default, and the only one, on Windows: COM1, COM2, ...)
        """;

    /// <summary>Where the serial commands run, for the end of their usage texts.</summary>
    public const string Platforms = "Linux, macOS (--port or --pty) and Windows (--port COMn).";

    /// <summary>Reads the options from <paramref name="parsed"/> (a pseudo-terminal when <see cref="Port"/> is null).</summary>
    public static SerialLineOptions From(CommandArgs parsed)
    {
        string? port = parsed.GetName("--port", "device");
        bool usePty = parsed.Has(PtyFlag);
        if (port == null && !usePty)
        {
            throw new UsageException("--port is required (or --pty)");
        }

        if (port != null && usePty)
        {
            throw new UsageException("--port and --pty cannot be used together");
        }

        int baud = (int)parsed.GetInteger("--baud", SerialPorts.DefaultBaudRate, 1, int.MaxValue);
        TimeSpan? duration = parsed.Get("--duration") == null
            ? null
            : TimeSpan.FromSeconds(parsed.GetNumber("--duration", 0, 0.001, 1e7));
        return new SerialLineOptions(port, baud, duration, ParseBackend(parsed.Get(BackendOption), usePty));
    }

    /// <summary>The backend <c>--serial-backend</c> names, or the platform's.</summary>
    private static SerialBackend ParseBackend(string? name, bool usePty)
    {
        if (name == null)
        {
            return SerialPorts.DefaultBackend;
        }

        SerialBackend backend = BackendNamed(name);
        if (usePty && backend != SerialBackend.Termios)
        {
            throw new UsageException($"{BackendOption} {name} opens --port only; --pty always uses termios");
        }

        return backend;
    }

    /// <summary>The backend <paramref name="name"/> names ("termios", "dotnet"); any other name is a usage error.</summary>
    public static SerialBackend BackendNamed(string name) =>
        SerialPorts.TryParseBackend(name, out SerialBackend backend)
            ? backend
            : throw new UsageException($"{BackendOption} must be {string.Join(" or ", SerialPorts.BackendNames)}, got '{name}'");

    /// <summary>Opens the line: the port, or a new pseudo-terminal. <paramref name="where"/> names it for the command's first line.</summary>
    /// <exception cref="SerialPortException">With a one-line message: missing, busy, not a tty, permission, unsupported rate or OS.</exception>
    public ISerialEndpoint Open(out string where)
    {
        ISerialEndpoint line = SerialSessions.OpenLine(Port, Baud, Backend);
        where = line.Name + (Port == null ? "" : $" at {Baud} baud") + (Backend == SerialPorts.DefaultBackend ? "" : Through(line));
        return line;
    }

    /// <summary>Names the code that opened a port when it is not the platform's usual one.</summary>
    private static string Through(ISerialEndpoint line) => line is DotNetSerialPort ? " through System.IO.Ports" : " through termios";

    /// <summary>For a pseudo-terminal, writes "pty: PATH" to standard error: the path the other side opens as its port.</summary>
    public static void WritePtyPath(ISerialEndpoint line, CliConsole console)
    {
        if (line is PseudoTerminal pty)
        {
            console.Error.WriteLine($"pty: {pty.SlavePath}");
        }
    }
}
