using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// <see cref="SerialFrameMonitor"/> on a scripted line in virtual time: the inter-byte timeout, which
/// the real-time monitor tests cannot pin without depending on how fast the machine is.
/// </summary>
public sealed class SerialFrameMonitorTests
{
    private static readonly byte[] Heartbeat = [0x55, 0xAA, 0x00, 0xB1, 0x00, 0x00, 0xB0];

    [Fact]
    public void A_partial_frame_followed_by_silence_is_dropped_and_the_next_frame_kept()
    {
        var clock = new VirtualClock();
        var line = new ScriptedLine(clock);
        var sink = new RecordingSink();

        // All but the checksum, then the whole frame a second later: glued together, the next
        // frame's 0x55 would be taken as the checksum and reported as a mismatch.
        line.At(0, Heartbeat[..6]);
        line.At(1000, Heartbeat);
        var monitor = new SerialFrameMonitor(line, sink, clock);
        monitor.Run(TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal([(TuyaCommand.SendHeartbeat, true)], sink.Frames);
        Assert.Equal(1, monitor.Statistics.Timeouts);
        Assert.Equal(0, monitor.Statistics.ChecksumErrors);
        Assert.Equal(2000, clock.UptimeMs);
    }

    [Fact]
    public void Frames_held_behind_a_stray_header_are_stamped_with_the_time_of_their_first_byte()
    {
        var clock = new VirtualClock();
        var line = new ScriptedLine(clock);
        var sink = new RecordingSink();

        // A stray header announcing 256 bytes holds the next 37 heartbeats until its checksum fails.
        line.At(0, [0x55, 0xAA, 0x00, 0x05, 0x01, 0x00]);
        for (int i = 1; i <= 40; i++)
        {
            line.At(i * 100, Heartbeat);
        }

        var monitor = new SerialFrameMonitor(line, sink, clock);
        monitor.Run(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(40, sink.Frames.Count(f => f.ChecksumOk));
        long[] offsets = [.. sink.Stamps.Where((_, i) => sink.Frames[i].ChecksumOk).Select(t => (long)(t - monitor.StartedAt).TotalMilliseconds)];
        Assert.Equal(Enumerable.Range(1, 40).Select(i => i * 100L), offsets);
    }

    /// <summary>A line that delivers each scripted chunk at its time; waiting moves the virtual clock.</summary>
    private sealed class ScriptedLine(VirtualClock clock) : ISerialEndpoint
    {
        private readonly Queue<(long AtMs, byte[] Bytes)> _script = new();

        public string Name => "scripted line";

        public void At(long atMs, byte[] bytes) => _script.Enqueue((atMs, bytes));

        public int Read(Span<byte> destination)
        {
            if (!_script.TryPeek(out var next) || next.AtMs > clock.UptimeMs)
            {
                return 0;
            }

            _script.Dequeue();
            next.Bytes.CopyTo(destination);
            return next.Bytes.Length;
        }

        public bool WaitForData(int timeoutMs)
        {
            long until = clock.UptimeMs + timeoutMs;
            if (_script.TryPeek(out var next) && next.AtMs <= until)
            {
                clock.AdvanceTo(Math.Max(clock.UptimeMs, next.AtMs));
                return true;
            }

            clock.AdvanceTo(until);
            return false;
        }

        public void Write(ReadOnlySpan<byte> bytes) => throw new InvalidOperationException("a monitor never writes");

        public void DiscardInput()
        {
        }

        public void DiscardOutput()
        {
        }

        public void Dispose()
        {
        }
    }

    private sealed class RecordingSink : IMonitorSink
    {
        public List<(byte Command, bool ChecksumOk)> Frames { get; } = [];

        public List<DateTimeOffset> Stamps { get; } = [];

        public void OnFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk)
        {
            Frames.Add((frame.Command, checksumOk));
            Stamps.Add(receivedAt);
        }
    }
}
