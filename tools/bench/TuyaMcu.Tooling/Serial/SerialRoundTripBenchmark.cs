using System.Diagnostics;

namespace TuyaMcu.Tooling.Serial;

/// <summary>Figures from one run of <see cref="SerialRoundTripBenchmark"/>.</summary>
public sealed record SerialRoundTripResult(
    SerialBackend Backend,
    int BaudRate,
    int FrameBytes,
    long RoundTrips,
    double Seconds,
    double MicrosecondsPerRoundTrip,
    double AllocatedBytesPerRoundTrip);

/// <summary>
/// What one backend costs per frame: a 7-byte heartbeat frame written into a pseudo-terminal,
/// read from its slave opened as a port through the backend, written back through the port and
/// read again from the pty, over and over on one thread. A pty moves bytes at memory speed
/// whatever the baud rate, so the figure is the software's cost (the port's write, wait and read
/// in each direction, plus the kernel's), not wire time. Allocation is counted for the whole
/// process, as System.IO.Ports does its I/O on a thread of its own.
/// </summary>
public static class SerialRoundTripBenchmark
{
    /// <summary>The heartbeat query: 55 AA 00 00 00 00 FF.</summary>
    private static readonly byte[] Frame = [0x55, 0xAA, 0x00, 0x00, 0x00, 0x00, 0xFF];

    private const int WarmUpRoundTrips = 200;

    /// <summary>Bytes that do not come back within this long mean the line is broken.</summary>
    private const int ArrivalTimeoutMs = 5000;

    /// <summary>Runs round trips through <paramref name="backend"/> for about <paramref name="seconds"/>.</summary>
    /// <exception cref="SerialPortException">No pseudo-terminal here, or the port could not be opened or used.</exception>
    public static SerialRoundTripResult Run(SerialBackend backend, int baudRate, double seconds)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using ISerialEndpoint port = SerialPorts.Open(pty.SlavePath, baudRate, backend);
        byte[] received = new byte[Frame.Length];
        for (int i = 0; i < WarmUpRoundTrips; i++)
        {
            RoundTrip(pty, port, received);
        }

        long roundTrips = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        do
        {
            RoundTrip(pty, port, received);
            roundTrips++;
        }
        while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds);

        double elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new SerialRoundTripResult(
            backend, baudRate, Frame.Length, roundTrips, elapsed,
            elapsed * 1e6 / roundTrips, (double)allocated / roundTrips);
    }

    private static void RoundTrip(PseudoTerminal pty, ISerialEndpoint port, byte[] received)
    {
        pty.Write(Frame);
        ReadFrame(port, received);
        port.Write(received);
        ReadFrame(pty, received);
    }

    private static void ReadFrame(ISerialEndpoint endpoint, byte[] frame)
    {
        int at = 0;
        while (at < frame.Length)
        {
            if (!endpoint.WaitForData(ArrivalTimeoutMs))
            {
                throw new SerialPortException(SerialErrorKind.IoError, $"{endpoint.Name}: {frame.Length - at} of {frame.Length} bytes did not arrive within {ArrivalTimeoutMs} ms");
            }

            at += endpoint.Read(frame.AsSpan(at));
        }

        if (!frame.AsSpan().SequenceEqual(Frame))
        {
            throw new SerialPortException(SerialErrorKind.IoError, $"{endpoint.Name}: the frame came back changed: {Convert.ToHexString(frame)}");
        }
    }
}
