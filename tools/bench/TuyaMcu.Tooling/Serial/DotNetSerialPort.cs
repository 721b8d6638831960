using System.Diagnostics;
using System.IO.Ports;
using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// A serial port opened through .NET's System.IO.Ports: how the tool reaches COM ports on Windows.
/// On Linux and macOS it is selectable (<c>--serial-backend dotnet</c>) so that CI runs this very
/// code over a pseudo-terminal; <see cref="PosixSerialPort"/> stays the default there, being
/// about twenty times quicker per frame and allocating a tenth as much (Serial/README.md).
/// </summary>
/// <remarks>
/// 8N1, no handshake, and the modem lines left alone: DTR, RTS, CD, CTS, DSR and ring are never
/// set or read (on a pty reading them or raising DTR/RTS throws; on a board, DTR and RTS are
/// often wired to its reset and boot pins). Waiting for input polls the received-byte count every
/// millisecond rather than using System.IO.Ports' read timeouts, which round up to 30 ms on Linux
/// and macOS; a count of -1 there, or an exception on Windows, is a hang-up or an unplugged
/// adapter. On Linux and macOS the port is also flock'ed, as <see cref="PosixSerialPort"/> does,
/// so the two backends exclude each other even for root.
/// </remarks>
public sealed class DotNetSerialPort : ISerialEndpoint
{
    /// <summary>Bytes read or written per call into System.IO.Ports (its API takes arrays, so one of each is kept).</summary>
    private const int ChunkBytes = 4096;

    private readonly SerialPort _port;
    private readonly FileDescriptorHandle? _lock;
    private readonly byte[] _readChunk = new byte[ChunkBytes];
    private readonly byte[] _writeChunk = new byte[ChunkBytes];
    private int _disposed;

    private DotNetSerialPort(SerialPort port, FileDescriptorHandle? deviceLock, string device, int baudRate)
    {
        _port = port;
        _lock = deviceLock;
        Device = device;
        BaudRate = baudRate;
        Name = $"serial device {device}";
    }

    /// <summary>The port name: COM3, /dev/ttyUSB0, ...</summary>
    public string Device { get; }

    /// <summary>The line speed.</summary>
    public int BaudRate { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Opens <paramref name="device"/> at <paramref name="baudRate"/>, 8N1, no flow control, modem lines untouched.</summary>
    /// <exception cref="SerialPortException">The device is missing, busy, not a serial device, not permitted, or the rate is unsupported.</exception>
    public static DotNetSerialPort Open(string device, int baudRate)
    {
        ArgumentException.ThrowIfNullOrEmpty(device);
        SerialPorts.ValidateBaudRate(baudRate);
        FileDescriptorHandle? deviceLock = OperatingSystem.IsWindows() ? null : DeviceLock.Hold(device);
        try
        {
            return new DotNetSerialPort(OpenPort(device, baudRate), deviceLock, device, baudRate);
        }
        catch
        {
            deviceLock?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public int Read(Span<byte> destination)
    {
        int count = Math.Min(Math.Min(Available(), destination.Length), ChunkBytes);
        if (count <= 0)
        {
            return 0;
        }

        int read;
        try
        {
            read = _port.Read(_readChunk, 0, count);
        }
        catch (Exception e) when (IsLineFailure(e))
        {
            throw LineFailure(e);
        }

        _readChunk.AsSpan(0, read).CopyTo(destination);
        return read;
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes)
    {
        Available(); // a hang-up is reported as one, not as a write that times out
        while (!bytes.IsEmpty)
        {
            int count = Math.Min(bytes.Length, ChunkBytes);
            bytes[..count].CopyTo(_writeChunk);
            try
            {
                _port.Write(_writeChunk, 0, count);
            }
            catch (Exception e) when (IsLineFailure(e))
            {
                throw LineFailure(e);
            }

            bytes = bytes[count..];
        }
    }

    /// <inheritdoc />
    public bool WaitForData(int timeoutMs)
    {
        long start = Stopwatch.GetTimestamp();
        while (Available() == 0)
        {
            if (timeoutMs >= 0 && Stopwatch.GetElapsedTime(start).TotalMilliseconds >= timeoutMs)
            {
                return false;
            }

            Thread.Sleep(1);
        }

        return true;
    }

    /// <inheritdoc />
    public void DiscardInput() => Guard(_port.DiscardInBuffer);

    /// <inheritdoc />
    public void DiscardOutput() => Guard(_port.DiscardOutBuffer);

    /// <summary>Closes the port without waiting for unsent bytes, and releases the lock.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            // SerialPort.Dispose first waits for queued writes, forever on Linux once the line has
            // hung up; closing the stream underneath drops them, and the port then has nothing to wait for.
            if (_port.IsOpen)
            {
                _port.BaseStream.Dispose();
            }
        }
        catch (Exception e) when (IsLineFailure(e))
        {
            // Unplugged: nothing left to close cleanly.
        }
        finally
        {
            _port.Dispose();
            _lock?.Dispose();
        }
    }

    private static SerialPort OpenPort(string device, int baudRate)
    {
        for (int attempt = 1; ; attempt++)
        {
            SerialPort? port = null;
            try
            {
                // Handshake.None, DtrEnable and RtsEnable false are the defaults and are left so.
                port = new SerialPort(device, baudRate, Parity.None, 8, StopBits.One)
                {
                    // Reads are only of bytes already received, so they need no timeout (nor its allocations).
                    ReadTimeout = SerialPort.InfiniteTimeout,
                    WriteTimeout = TtyFile.WriteStallTimeoutMs,
                };
                port.Open();
                return port;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                port?.Dispose();
                SerialPortException? known = DotNetSerialErrors.ForOpenFailure(device, baudRate, e);
                if (known != null)
                {
                    throw known;
                }

                if (attempt == 2)
                {
                    throw DotNetSerialErrors.Unexplained(device, e);
                }
            }
        }
    }

    /// <summary>Bytes received and not yet read.</summary>
    private int Available()
    {
        int available;
        try
        {
            available = _port.BytesToRead;
        }
        catch (Exception e) when (IsLineFailure(e))
        {
            throw LineFailure(e);
        }

        // On Linux and macOS the count comes from ioctl(FIONREAD), which fails (-1) once the line has hung up.
        return available >= 0 ? available : throw DotNetSerialErrors.Disconnected(Name, "hang-up");
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (IsLineFailure(e))
        {
            throw LineFailure(e);
        }
    }

    private static bool IsLineFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException;

    /// <summary>What a read, write or flush failing with <paramref name="e"/> means for the user.</summary>
    private Exception LineFailure(Exception e)
    {
        if (_disposed != 0)
        {
            return new ObjectDisposedException(Name);
        }

        // Only writes time out (reads take bytes already received): on a line that has since hung up, that is the hang-up.
        return e is TimeoutException && HasHungUp()
            ? DotNetSerialErrors.Disconnected(Name, "hang-up")
            : DotNetSerialErrors.ForLineFailure(Name, e);
    }

    private bool HasHungUp()
    {
        try
        {
            return _port.BytesToRead < 0;
        }
        catch (Exception e) when (IsLineFailure(e))
        {
            return true;
        }
    }
}
