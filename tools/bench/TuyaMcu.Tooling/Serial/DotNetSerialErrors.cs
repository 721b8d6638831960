using System.IO.Ports;
using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// Turns what System.IO.Ports throws into the tool's <see cref="SerialPortException"/>s, so a
/// port opened through <see cref="DotNetSerialPort"/> fails with the same one-line messages as
/// one opened through termios.
/// </summary>
/// <remarks>
/// The shapes, from System.IO.Ports 11's sources and measured on Linux:
/// on Linux and macOS every failed open is an <see cref="UnauthorizedAccessException"/> ("Access to
/// the port is denied") whose inner <see cref="IOException"/> carries the errno as its HResult
/// (a process's first P/Invoke that sets the last error reports a meaningless errno, 203 here, as
/// the runtime's doing; a second attempt gives the real one); on Windows, a missing COM port is a <see cref="FileNotFoundException"/>, one that
/// another program holds an <see cref="UnauthorizedAccessException"/> without inner exception (COM
/// ports open exclusively), a name that is not COMn or not a serial device an
/// <see cref="ArgumentException"/>, a rate above the driver's maximum an
/// <see cref="ArgumentOutOfRangeException"/>, and anything else an <see cref="IOException"/> whose
/// HResult holds the Win32 error.
/// </remarks>
public static class DotNetSerialErrors
{
    private const int Win32Facility = unchecked((int)0x80070000);
    private const int ErrorNotReady = 21;
    private const int ErrorGenFailure = 31;
    private const int ErrorSharingViolation = 32;
    private const int ErrorDeviceNotConnected = 1167;
    private const int ErrorDeviceRemoved = 1617;

    /// <summary>
    /// The exception for <see cref="SerialPort.Open"/> of <paramref name="device"/> at
    /// <paramref name="baudRate"/> failing with <paramref name="error"/>; null when it names no
    /// reason this class knows (an errno outside those <see cref="SerialPortException.ForOpenFailure"/>
    /// names), so the caller may try once more before reporting it with <see cref="Unexplained"/>.
    /// </summary>
    public static SerialPortException? ForOpenFailure(string device, int baudRate, Exception error) => error switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } =>
            IsNamedErrno(inner.HResult) ? SerialPortException.ForOpenFailure(device, inner.HResult, PermissionHint) : null,
        UnauthorizedAccessException => SerialPortException.Busy(device),
        FileNotFoundException or DirectoryNotFoundException => NotFound(device),
        ArgumentOutOfRangeException => new(SerialErrorKind.UnsupportedBaudRate, $"serial device {device} does not support {baudRate} baud"),
        ArgumentException => new(SerialErrorKind.NotATty, $"{device} is not a serial device (Windows names them COM1, COM2, ...)"),
        IOException io when (io.HResult & unchecked((int)0xFFFF0000)) == Win32Facility => (io.HResult & 0xFFFF) switch
        {
            ErrorSharingViolation => SerialPortException.Busy(device),
            ErrorNotReady or ErrorGenFailure or ErrorDeviceNotConnected or ErrorDeviceRemoved =>
                SerialPortException.ForOpenFailure(device, PosixPlatform.ENXIO),
            _ => Unexplained(device, io),
        },
        _ => Unexplained(device, error),
    };

    /// <summary>An open failure with no better explanation: the innermost message.</summary>
    public static SerialPortException Unexplained(string device, Exception error) =>
        new(SerialErrorKind.IoError, $"serial device {device}: cannot open: {Detail(error.InnerException ?? error)}");

    /// <summary>
    /// The exception for a read, write or flush on the open port <paramref name="name"/> failing
    /// with <paramref name="error"/>: a write timeout is a stalled write, anything else means the
    /// device went away (unplugged, or the other end of a pty closed).
    /// </summary>
    public static SerialPortException ForLineFailure(string name, Exception error) => error is TimeoutException
        ? new(SerialErrorKind.WriteStalled, $"{name}: write stalled, nothing could be sent for {TtyFile.WriteStallTimeoutMs / 1000} s (is the other side reading?)")
        : Disconnected(name, Detail(error));

    /// <summary>The device went away: "serial device COM3 was disconnected (hang-up)".</summary>
    public static SerialPortException Disconnected(string name, string detail) =>
        new(SerialErrorKind.Disconnected, $"{name} was disconnected ({detail})");

    private static string PermissionHint => PosixPlatform.Current?.PermissionHint ?? "";

    private static SerialPortException NotFound(string device) => SerialPortException.ForOpenFailure(device, PosixPlatform.ENOENT);

    private static bool IsNamedErrno(int errno) => errno is PosixPlatform.ENOENT or PosixPlatform.EBUSY or PosixPlatform.EACCES
        or PosixPlatform.EPERM or PosixPlatform.ENXIO or PosixPlatform.ENODEV or PosixPlatform.EISDIR or PosixPlatform.ENOTTY
        or PosixPlatform.ENOTDIR;

    /// <summary>A message as a clause: its first line, without the final full stop.</summary>
    private static string Detail(Exception error)
    {
        string message = error.Message.Split('\n')[0].Trim();
        return message.EndsWith('.') ? message[..^1] : message;
    }
}
