using TuyaMcu.Hal;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// Passively reads a serial line and hands every frame to a sink, timestamped: the firmware's
/// <see cref="FrameParser"/> in real time, with its inter-byte timeout (a partial frame followed by
/// 300 ms of silence is abandoned) and the largest data length the format allows, as <c>decode</c> uses.
/// </summary>
public sealed class SerialFrameMonitor
{
    /// <summary>Longest single wait, so cancellation is noticed promptly.</summary>
    private const int MaxWaitMs = 100;

    /// <summary>Reads per wake-up before checking the clock again, so a busy line cannot starve it.</summary>
    private const int MaxReadsPerWake = 16;

    private readonly ISerialEndpoint _line;
    private readonly FrameParser _parser;
    private readonly TimestampingSink _sink;
    private readonly IClock _clock;
    private readonly byte[] _buffer = new byte[4096];

    /// <summary>
    /// Creates a monitor of <paramref name="line"/>. <paramref name="clock"/> times the silences and the
    /// duration (default: real time); frames are stamped with the local wall-clock time.
    /// </summary>
    public SerialFrameMonitor(ISerialEndpoint line, IMonitorSink sink, IClock? clock = null)
    {
        _line = line ?? throw new ArgumentNullException(nameof(line));
        _sink = new TimestampingSink(sink ?? throw new ArgumentNullException(nameof(sink)));
        _parser = new FrameParser(_sink, FrameFormat.MaxEncodableDataLength, FrameParser.DefaultInterByteTimeoutMs);
        _clock = clock ?? new SystemClock();
    }

    /// <summary>Parser counters: bytes, frames, checksum errors, discarded bytes, timeouts.</summary>
    public ParserStatistics Statistics => _parser.Statistics;

    /// <summary>
    /// Monitors until <paramref name="cancel"/> fires or <paramref name="duration"/> (null: no limit)
    /// has passed, then treats the end as a silence: a complete frame still held behind a partial
    /// one is delivered, the partial one dropped.
    /// </summary>
    /// <exception cref="SerialPortException">The line failed (for example the device was unplugged).</exception>
    public void Run(TimeSpan? duration, CancellationToken cancel)
    {
        long endMs = duration is TimeSpan d ? _clock.UptimeMs + (long)d.TotalMilliseconds : long.MaxValue;
        while (!cancel.IsCancellationRequested)
        {
            long now = _clock.UptimeMs;
            if (now >= endMs)
            {
                break;
            }

            long wait = Math.Min(MaxWaitMs, endMs - now);
            long timeoutDue = _parser.TimeoutDueMs;
            if (timeoutDue != long.MaxValue)
            {
                wait = Math.Clamp(timeoutDue - now, 0, wait);
            }

            if (_line.WaitForData((int)wait))
            {
                ReadAvailable();
            }

            _sink.ReceivedAt = DateTimeOffset.Now;
            _parser.Poll(_clock.UptimeMs);
        }

        _sink.ReceivedAt = DateTimeOffset.Now;
        _parser.Poll(_clock.UptimeMs + FrameParser.DefaultInterByteTimeoutMs);
    }

    private void ReadAvailable()
    {
        for (int i = 0; i < MaxReadsPerWake; i++)
        {
            int n = _line.Read(_buffer);
            if (n == 0)
            {
                return;
            }

            _sink.ReceivedAt = DateTimeOffset.Now;
            _parser.Feed(_buffer, 0, n, _clock.UptimeMs);
        }
    }

    /// <summary>Adds the time of the read that completed each frame.</summary>
    private sealed class TimestampingSink(IMonitorSink target) : IFrameSink
    {
        public DateTimeOffset ReceivedAt { get; set; }

        public void OnFrame(Frame frame) => target.OnFrame(ReceivedAt, frame, true);

        public void OnChecksumMismatch(Frame candidate) => target.OnFrame(ReceivedAt, candidate, false);
    }
}
