namespace TuyaMcu.Tooling.Serial;

/// <summary>What went wrong with a serial device, for callers that react differently to each.</summary>
public enum SerialErrorKind
{
    /// <summary>No such device node (ENOENT).</summary>
    NotFound,

    /// <summary>Another program holds the port (EBUSY, or our exclusive lock is taken).</summary>
    Busy,

    /// <summary>The path exists but is not a terminal device.</summary>
    NotATty,

    /// <summary>The user may not open the device (EACCES, EPERM).</summary>
    PermissionDenied,

    /// <summary>The node exists but no hardware answers behind it (ENXIO, ENODEV).</summary>
    NoHardware,

    /// <summary>The baud rate is not one the serial layer can set.</summary>
    UnsupportedBaudRate,

    /// <summary>This operating system or CPU has no serial support in the tool.</summary>
    PlatformNotSupported,

    /// <summary>The device went away while open (unplugged, or the other end of a pty closed).</summary>
    Disconnected,

    /// <summary>A write made no progress for a long time (nobody reading, or flow control stuck).</summary>
    WriteStalled,

    /// <summary>Any other system error.</summary>
    IoError,
}
