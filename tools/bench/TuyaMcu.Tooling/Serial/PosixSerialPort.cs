using System.Runtime.InteropServices;
using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// A serial port on Linux or macOS (a tty device such as /dev/ttyUSB0, /dev/cu.usbserial-1410 or
/// a pty slave), opened exclusively and set to raw 8N1 without flow control through termios.
/// </summary>
/// <remarks>
/// Exclusivity is twofold: flock(LOCK_EX|LOCK_NB), which every program that uses this class (or
/// flock) respects, even root; and the TIOCEXCL ioctl, which makes the kernel refuse any further
/// open(2) of the tty by non-root programs (screen, minicom, picocom) with EBUSY. A program that
/// opened the port before us without either cannot be detected.
/// </remarks>
public sealed class PosixSerialPort : ISerialEndpoint
{
    private readonly TtyFile _tty;
    private readonly PosixPlatform _platform;
    private int _disposed;

    private PosixSerialPort(TtyFile tty, PosixPlatform platform, string device, int baudRate)
    {
        _tty = tty;
        _platform = platform;
        Device = device;
        BaudRate = baudRate;
    }

    /// <summary>The device path.</summary>
    public string Device { get; }

    /// <summary>The line speed.</summary>
    public int BaudRate { get; }

    /// <inheritdoc />
    public string Name => _tty.Name;

    /// <summary>
    /// Opens <paramref name="device"/> at <paramref name="baudRate"/>, raw 8N1, no flow control.
    /// </summary>
    /// <exception cref="SerialPortException">The device is missing, busy, not a tty, not permitted, or the rate is unsupported.</exception>
    public static PosixSerialPort Open(string device, int baudRate)
    {
        ArgumentException.ThrowIfNullOrEmpty(device);
        PosixPlatform platform = PosixPlatform.Current
            ?? throw new SerialPortException(SerialErrorKind.PlatformNotSupported, PosixPlatform.UnsupportedReason);
        ulong speedCode = SerialPorts.SpeedCodeFor(platform, baudRate);

        var handle = new FileDescriptorHandle(LibC.Open(device, platform.TtyOpenFlags));
        if (handle.IsInvalid)
        {
            int errno = Marshal.GetLastPInvokeError();
            handle.SetHandleAsInvalid();
            throw SerialPortException.ForOpenFailure(device, errno, platform.PermissionHint);
        }

        var tty = new TtyFile(handle, $"serial device {device}", platform);
        bool exclusive = false;
        try
        {
            if (LibC.IsATty(handle) != 1)
            {
                throw SerialPortException.NotATty(device);
            }

            DeviceLock.Take(handle, platform, device);

            // Best effort: a tty that refuses TIOCEXCL still works, only less protected.
            exclusive = LibC.IoctlNoArgument(handle, platform.TiocExcl) == 0;
            Configure(handle, platform, device, baudRate, speedCode);
            return new PosixSerialPort(tty, platform, device, baudRate);
        }
        catch
        {
            if (exclusive)
            {
                LibC.IoctlNoArgument(handle, platform.TiocNxcl);
            }

            tty.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public int Read(Span<byte> destination) => _tty.Read(destination);

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes) => _tty.Write(bytes);

    /// <inheritdoc />
    public bool WaitForData(int timeoutMs) => _tty.WaitForData(timeoutMs);

    /// <inheritdoc />
    public void DiscardInput() => _tty.Flush(output: false);

    /// <inheritdoc />
    public void DiscardOutput() => _tty.Flush(output: true);

    /// <summary>Releases exclusivity and closes the port.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // TIOCEXCL outlives this descriptor while anyone else (a pty's owner) keeps the tty open.
        if (!_tty.Handle.IsClosed)
        {
            try
            {
                LibC.IoctlNoArgument(_tty.Handle, _platform.TiocNxcl);
            }
            catch (ObjectDisposedException)
            {
            }
        }

        _tty.Dispose();
    }

    private static void Configure(FileDescriptorHandle handle, PosixPlatform platform, string device, int baudRate, ulong speedCode)
    {
        Termios termios = Termios.TryRead(handle, platform.Termios, out int errno)
            ?? throw (errno == PosixPlatform.ENOTTY
                ? SerialPortException.NotATty(device)
                : SerialPortException.ForOpenFailure(device, errno, platform.PermissionHint));

        termios.MakeRaw8N1();
        termios.SetSpeed(baudRate, speedCode);
        errno = termios.TryApply(handle);
        if (errno != 0)
        {
            throw new SerialPortException(
                SerialErrorKind.IoError,
                $"serial device {device}: cannot set raw 8N1 at {baudRate} baud: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})");
        }

        // tcsetattr succeeds if any one change was made: read back what the driver kept.
        Termios? applied = Termios.TryRead(handle, platform.Termios, out errno);
        if (applied != null && (!applied.IsRaw8N1 || !applied.HasSpeed(baudRate, speedCode)))
        {
            throw new SerialPortException(
                SerialErrorKind.UnsupportedBaudRate,
                $"serial device {device} did not accept raw 8N1 at {baudRate} baud");
        }
    }
}
