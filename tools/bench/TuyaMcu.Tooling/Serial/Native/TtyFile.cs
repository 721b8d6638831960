using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// Non-blocking I/O on an open tty descriptor (a serial port, a pty slave or a pty master):
/// reads that return 0 when nothing has arrived, writes that wait with poll(2) until every byte
/// is taken, waiting for input, flushing queues. Failures become <see cref="SerialPortException"/>s
/// naming <see cref="Name"/>.
/// </summary>
internal sealed class TtyFile : IDisposable
{
    /// <summary>A write that makes no progress for this long fails instead of hanging forever.</summary>
    public const int WriteStallTimeoutMs = 5000;

    private readonly PosixPlatform _platform;

    public TtyFile(FileDescriptorHandle handle, string name, PosixPlatform platform)
    {
        Handle = handle;
        Name = name;
        _platform = platform;
    }

    /// <summary>The descriptor.</summary>
    public FileDescriptorHandle Handle { get; }

    /// <summary>How errors name the device: "serial device /dev/ttyUSB0", "pseudo-terminal /dev/pts/3".</summary>
    public string Name { get; }

    /// <summary>Copies bytes that have arrived into <paramref name="destination"/>; 0 when none have.</summary>
    public int Read(Span<byte> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            nint n = LibC.Read(Handle, ref MemoryMarshal.GetReference(destination), (nuint)destination.Length);
            if (n > 0)
            {
                return (int)n;
            }

            if (n == 0)
            {
                // With VMIN 1 a tty read returns 0 only after a hang-up.
                throw Disconnected("hang-up");
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno == PosixPlatform.EINTR)
            {
                continue;
            }

            if (errno == _platform.EAGAIN)
            {
                return 0;
            }

            throw errno is PosixPlatform.EIO or PosixPlatform.ENXIO or PosixPlatform.ENODEV
                ? Disconnected(Marshal.GetPInvokeErrorMessage(errno))
                : Failed("read", errno);
        }
    }

    /// <summary>Writes every byte, waiting (poll) while the kernel's buffer is full.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        long lastProgress = Stopwatch.GetTimestamp();
        while (!bytes.IsEmpty)
        {
            nint n = LibC.Write(Handle, ref MemoryMarshal.GetReference(bytes), (nuint)bytes.Length);
            if (n > 0)
            {
                bytes = bytes[(int)n..];
                lastProgress = Stopwatch.GetTimestamp();
                continue;
            }

            int errno = n < 0 ? Marshal.GetLastPInvokeError() : _platform.EAGAIN;
            if (errno == PosixPlatform.EINTR)
            {
                continue;
            }

            if (errno != _platform.EAGAIN)
            {
                throw errno is PosixPlatform.EIO or PosixPlatform.ENXIO or PosixPlatform.ENODEV
                    ? Disconnected(Marshal.GetPInvokeErrorMessage(errno))
                    : Failed("write", errno);
            }

            int left = WriteStallTimeoutMs - (int)Stopwatch.GetElapsedTime(lastProgress).TotalMilliseconds;
            if (left <= 0)
            {
                throw new SerialPortException(
                    SerialErrorKind.WriteStalled,
                    $"{Name}: write stalled, nothing could be sent for {WriteStallTimeoutMs / 1000} s (is the other side reading?)");
            }

            short events = PollOnce(PollDescriptor.Out, Math.Min(left, 100));
            if ((events & (PollDescriptor.Error | PollDescriptor.HangUp)) != 0 && (events & PollDescriptor.Out) == 0)
            {
                throw Disconnected("hang-up while writing");
            }
        }
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> (-1: forever) for bytes to read; true when some have arrived.</summary>
    public bool WaitForData(int timeoutMs)
    {
        short events = PollOnce(PollDescriptor.In, timeoutMs);
        if ((events & PollDescriptor.In) != 0)
        {
            return true;
        }

        if ((events & (PollDescriptor.Error | PollDescriptor.HangUp | PollDescriptor.Invalid)) != 0)
        {
            throw Disconnected("hang-up");
        }

        return false;
    }

    /// <summary>Discards queued bytes: tcflush with the platform's TCIFLUSH or TCOFLUSH.</summary>
    public void Flush(bool output)
    {
        if (LibC.TcFlush(Handle, output ? _platform.FlushOutput : _platform.FlushInput) != 0)
        {
            throw Failed("tcflush", Marshal.GetLastPInvokeError());
        }
    }

    /// <inheritdoc />
    public void Dispose() => Handle.Dispose();

    /// <summary>poll(2) for <paramref name="events"/>; returns the events that occurred (0 on timeout or EINTR).</summary>
    private short PollOnce(short events, int timeoutMs)
    {
        ObjectDisposedException.ThrowIf(Handle.IsClosed, this);
        return Handle.WithDescriptor(fd =>
        {
            var poll = new PollDescriptor { Fd = fd, Events = events };
            int result = LibC.Poll(ref poll, 1, timeoutMs);
            if (result < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                return errno == PosixPlatform.EINTR ? (short)0 : throw Failed("poll", errno);
            }

            return result == 0 ? (short)0 : poll.ReturnedEvents;
        });
    }

    private SerialPortException Disconnected(string detail) =>
        new(SerialErrorKind.Disconnected, $"{Name} was disconnected ({detail})");

    private SerialPortException Failed(string operation, int errno) =>
        new(SerialErrorKind.IoError, $"{Name}: {operation} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})");
}
