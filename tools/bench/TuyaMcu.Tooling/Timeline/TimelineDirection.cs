using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// One direction of a serial line as its receiver's parser sees it: the firmware's
/// <see cref="FrameParser"/> with the receiver's limits (a header announcing more than the maximum
/// data length is garbage; a partial frame is abandoned after the inter-byte silence, in the
/// time the bytes are stamped with), turning each frame into a <see cref="TimelineEntry"/>
/// stamped with the arrival of its first byte.
/// </summary>
public sealed class TimelineDirection : IFrameSink
{
    private readonly FrameText _text;
    private readonly bool _fromMcu;
    private readonly Action<TimelineEntry> _sink;
    private readonly FrameParser _parser;
    private readonly ArrivalTimes<long> _arrivals;

    /// <summary>A direction whose frames go to <paramref name="sink"/>.</summary>
    public TimelineDirection(FrameText text, bool fromMcu, int maxDataLength, int interByteTimeoutMs, Action<TimelineEntry> sink)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _fromMcu = fromMcu;
        _parser = new FrameParser(this, maxDataLength, interByteTimeoutMs);
        _arrivals = new ArrivalTimes<long>(maxDataLength + FrameFormat.Overhead);
    }

    /// <summary>The parser's counters.</summary>
    public ParserStatistics Statistics => _parser.Statistics;

    /// <summary>When a held partial frame times out, or <see cref="long.MaxValue"/>.</summary>
    public long TimeoutDueMs => _parser.TimeoutDueMs;

    /// <summary>
    /// The arrival of the oldest byte that may still begin a frame, or <see cref="long.MaxValue"/>
    /// when nothing is held: no frame can appear with an earlier time.
    /// </summary>
    public long OldestHeldMs => _parser.IsReceiving && _arrivals.Count > 0 ? _arrivals.At(long.MinValue) : long.MaxValue;

    /// <summary>Frames completed from now on are marked as not received (the receiver cannot hear them), while true.</summary>
    public bool ReceiverDeaf { get; set; }

    /// <summary>Bytes that arrived at <paramref name="atMs"/>.</summary>
    public void Feed(byte[] bytes, int offset, int count, long atMs)
    {
        if (count <= 0)
        {
            return;
        }

        Arrived(atMs);
        _parser.Feed(bytes, offset, count, atMs);
    }

    /// <summary>A byte that arrived at <paramref name="atMs"/>.</summary>
    public void Feed(byte value, long atMs)
    {
        Arrived(atMs);
        _parser.Feed(value, atMs);
    }

    /// <summary>Lets a held partial frame time out at <paramref name="nowMs"/>.</summary>
    public void Poll(long nowMs) => _parser.Poll(nowMs);

    /// <summary>The receiver restarted: what its parser held is gone.</summary>
    public void Reset()
    {
        _parser.Reset();
        _arrivals.Clear();
    }

    void IFrameSink.OnFrame(Frame frame) => Emit(frame, true);

    void IFrameSink.OnChecksumMismatch(Frame candidate) => Emit(candidate, false);

    private void Arrived(long atMs)
    {
        if (!_parser.IsReceiving)
        {
            _arrivals.Clear();
        }

        _arrivals.Add(_parser.Statistics.BytesReceived, atMs);
    }

    private void Emit(Frame frame, bool ok) => _sink(new TimelineEntry(
        _arrivals.At(frame.StreamPosition),
        _fromMcu,
        frame.Command,
        TuyaCommand.GetName(frame.Command) ?? "unknown command",
        _text.Render(frame, ok),
        ok,
        NotReceived: ReceiverDeaf,
        Hex: TuyaMcu.Text.Hex.FormatLower(frame.Buffer, frame.Offset, frame.Length)));
}
