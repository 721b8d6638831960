namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// A serial device could not be opened or used. The message is one line meant for the user,
/// naming the device: "serial device /dev/ttyUSB9 does not exist".
/// </summary>
public sealed class SerialPortException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SerialPortException(SerialErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>What went wrong.</summary>
    public SerialErrorKind Kind { get; }

    /// <summary>
    /// The exception for open(2) on <paramref name="device"/> failing with <paramref name="errno"/>
    /// (the errno values named here are the same on Linux and macOS).
    /// </summary>
    public static SerialPortException ForOpenFailure(string device, int errno, string permissionHint = " (add yourself to the dialout group)") =>
        errno switch
        {
            Native.PosixPlatform.ENOENT => new(SerialErrorKind.NotFound, $"serial device {device} does not exist"),
            Native.PosixPlatform.EBUSY => Busy(device),
            Native.PosixPlatform.EACCES or Native.PosixPlatform.EPERM =>
                new(SerialErrorKind.PermissionDenied, $"serial device {device}: permission denied{permissionHint}"),
            Native.PosixPlatform.ENXIO or Native.PosixPlatform.ENODEV =>
                new(SerialErrorKind.NoHardware, $"serial device {device} has no hardware behind it (unplugged or not configured)"),
            Native.PosixPlatform.EISDIR or Native.PosixPlatform.ENOTTY => NotATty(device),
            Native.PosixPlatform.ENOTDIR => new(SerialErrorKind.NotFound, $"serial device {device} does not exist (a parent is not a directory)"),
            _ => new(SerialErrorKind.IoError, $"serial device {device}: cannot open: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})"),
        };

    /// <summary>The device is in use by another program.</summary>
    public static SerialPortException Busy(string device) =>
        new(SerialErrorKind.Busy, $"serial device {device} is busy (in use by another program)");

    /// <summary>The path is not a terminal device.</summary>
    public static SerialPortException NotATty(string device) =>
        new(SerialErrorKind.NotATty, $"{device} is not a serial device (not a tty)");
}
