namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// The code that opens a serial port by name: the project's own termios calls (Linux, macOS) or
/// .NET's System.IO.Ports (Windows COM ports; selectable elsewhere so CI runs it over a pty).
/// Pseudo-terminals are always created with termios.
/// </summary>
public enum SerialBackend
{
    /// <summary><see cref="PosixSerialPort"/>: termios through libc; the default on Linux and macOS.</summary>
    Termios,

    /// <summary><see cref="DotNetSerialPort"/>: System.IO.Ports; the default on Windows, the only one there.</summary>
    DotNet,
}
