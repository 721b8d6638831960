using TuyaMcu.Hal;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// Passively reads a serial line and hands every frame to a sink, stamped with the time its first
/// byte was read: the firmware's <see cref="FrameParser"/> in real time with the firmware's limits,
/// as <c>decode</c> uses them: a header announcing more than 512 data bytes is garbage, and a
/// partial frame followed by 300 ms of silence is abandoned (what it held is rescanned).
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
    private readonly DateTimeOffset _startedAt;
    private readonly long _startedMs;

    /// <summary>
    /// Creates a monitor of <paramref name="line"/>. <paramref name="clock"/> times the silences and the
    /// duration (default: real time); frames are stamped with the local wall-clock time of their first
    /// byte: the time the monitor was created plus the clock's time since.
    /// </summary>
    public SerialFrameMonitor(ISerialEndpoint line, IMonitorSink sink, IClock? clock = null)
    {
        _line = line ?? throw new ArgumentNullException(nameof(line));
        _sink = new TimestampingSink(sink ?? throw new ArgumentNullException(nameof(sink)));
        _parser = new FrameParser(_sink, FrameFormat.DefaultMaxDataLength, FrameParser.DefaultInterByteTimeoutMs);
        _clock = clock ?? new SystemClock();
        _startedAt = DateTimeOffset.Now;
        _startedMs = _clock.UptimeMs;
    }

    /// <summary>When the monitor was created: the stamps count from here.</summary>
    public DateTimeOffset StartedAt => _startedAt;

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

            _parser.Poll(_clock.UptimeMs);
        }

        _parser.EndOfInput();
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

            long now = _clock.UptimeMs;
            _sink.Arrived(_parser.Statistics.BytesReceived, _startedAt.AddMilliseconds(now - _startedMs), _parser.IsReceiving);
            _parser.Feed(_buffer, 0, n, now);
        }
    }

    /// <summary>Adds the time of the read that brought each frame's first byte.</summary>
    private sealed class TimestampingSink(IMonitorSink target) : IFrameSink
    {
        private readonly ArrivalTimes<DateTimeOffset> _arrivals = new(FrameFormat.DefaultMaxDataLength + FrameFormat.Overhead);

        /// <summary>The bytes from stream position <paramref name="position"/> on were read at <paramref name="at"/>.</summary>
        public void Arrived(long position, DateTimeOffset at, bool parserHoldsBytes)
        {
            if (!parserHoldsBytes)
            {
                _arrivals.Clear();
            }

            _arrivals.Add(position, at);
        }

        public void OnFrame(Frame frame) => target.OnFrame(_arrivals.At(frame.StreamPosition), frame, true);

        public void OnChecksumMismatch(Frame candidate) => target.OnFrame(_arrivals.At(candidate.StreamPosition), candidate, false);
    }
}
