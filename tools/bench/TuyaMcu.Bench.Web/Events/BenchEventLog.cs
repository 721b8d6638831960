using System.Text.Json.Nodes;
using System.Threading.Channels;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Protocol;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Bench.Web.Events;

/// <summary>
/// What a bench saw, in order: every frame, mark and plot sample numbered (<c>seq</c>), the last
/// <see cref="MaxKept"/> kept for <c>/api/frames</c>, the capture and late subscribers; each
/// subscriber of the event stream gets every event from its own bounded queue. Also follows what
/// the frames tell of the world (<see cref="FrameWorld"/>). Thread-safe: the session's thread writes,
/// requests read.
/// </summary>
public sealed class BenchEventLog : IBenchOutput
{
    /// <summary>Events kept; older ones leave the list and the capture (which says so).</summary>
    public const int MaxKept = 50_000;

    /// <summary>Events a subscriber may fall behind by before its oldest are dropped.</summary>
    public const int MaxQueued = 10_000;

    private readonly object _gate = new();
    private readonly FrameJson _json;
    private readonly LinkedList<BenchEvent> _kept = new();
    private readonly List<Channel<BenchEvent>> _subscribers = [];
    private long _seq;
    private long _dropped;

    /// <summary>An empty log of a bench of <paramref name="profile"/> started at <paramref name="startedAt"/>.</summary>
    public BenchEventLog(BenchProfile profile, DateTimeOffset startedAt)
    {
        _json = new FrameJson(profile);
        World = new FrameWorld(profile);
        StartedAt = startedAt;
    }

    /// <summary>Wall-clock time of the session's time 0 (capture stamps count from it).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>What the frames so far tell.</summary>
    public FrameWorld World { get; }

    /// <summary>Events numbered so far.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _seq;
            }
        }
    }

    /// <inheritdoc />
    public void Frame(long atMs, bool? fromMcu, string hex, bool checksumOk, bool notReceived)
    {
        byte[] bytes = Hex.ToBytes(hex);
        lock (_gate)
        {
            JsonObject json = _json.Describe(++_seq, atMs, fromMcu, bytes, checksumOk, notReceived);
            World.Add(atMs, json);
            Add(new BenchEvent(_seq, "frame", atMs, json.ToJsonString(), bytes, checksumOk));
        }
    }

    /// <inheritdoc />
    public void Mark(long atMs, string source, string text)
    {
        lock (_gate)
        {
            var json = new JsonObject { ["seq"] = ++_seq, ["type"] = "mark", ["atMs"] = atMs, ["source"] = source, ["text"] = text };
            Add(new BenchEvent(_seq, "mark", atMs, json.ToJsonString(), null, true));
        }
    }

    /// <summary>
    /// Keeps a sample of what the plots show (contact, count, battery, signal) at <paramref name="atMs"/>,
    /// so a page that connects later still plots the run from its start.
    /// </summary>
    public void Sample(long atMs, JsonObject values)
    {
        lock (_gate)
        {
            values["seq"] = ++_seq;
            values["type"] = "sample";
            values["atMs"] = atMs;
            Add(new BenchEvent(_seq, "sample", atMs, values.ToJsonString(), null, true));
        }
    }

    /// <summary>Sends a state event (not kept) to every subscriber.</summary>
    public void PublishState(string json)
    {
        lock (_gate)
        {
            var state = new BenchEvent(0, "state", 0, json, null, true);
            foreach (Channel<BenchEvent> subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(state);
            }
        }
    }

    /// <summary>Kept events after <paramref name="afterSeq"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public List<BenchEvent> Since(long afterSeq, int limit)
    {
        lock (_gate)
        {
            return _kept.Where(e => e.Seq > afterSeq).Take(limit).ToList();
        }
    }

    /// <summary>
    /// A new subscriber: the kept events after <paramref name="afterSeq"/> (at most
    /// <paramref name="backlog"/>, the newest) are queued first, then everything new. Dispose it to leave.
    /// </summary>
    public Subscription Subscribe(long afterSeq, int backlog)
    {
        var channel = Channel.CreateBounded<BenchEvent>(new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            foreach (BenchEvent e in _kept.Where(e => e.Seq > afterSeq).TakeLast(backlog))
            {
                channel.Writer.TryWrite(e);
            }

            _subscribers.Add(channel);
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        });
    }

    /// <summary>
    /// Writes the kept frames as a capture file, as <c>monitor --capture</c> does: '#' comment lines
    /// with the timestamps, one line of hex per frame; <c>tuyamcu decode &lt; FILE</c> reads it back.
    /// </summary>
    public void WriteCapture(TextWriter output, string source)
    {
        List<BenchEvent> frames;
        long dropped;
        lock (_gate)
        {
            frames = _kept.Where(e => e.Bytes != null).ToList();
            dropped = _dropped;
        }

        using var capture = new CaptureWriter(output);
        capture.WriteHeader($"{source} (tuyamcu web)", StartedAt);
        if (dropped > 0)
        {
            output.WriteLine($"# the first {dropped} events of the run are no longer kept (the bench keeps the last {MaxKept})");
        }

        foreach (BenchEvent e in frames)
        {
            capture.WriteFrame(StartedAt.AddMilliseconds(e.AtMs), new Frame(e.Bytes!, 0, e.Bytes!.Length, 0), e.ChecksumOk);
        }
    }

    private void Add(BenchEvent e)
    {
        _kept.AddLast(e);
        if (_kept.Count > MaxKept)
        {
            _kept.RemoveFirst();
            _dropped++;
        }

        foreach (Channel<BenchEvent> subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(e);
        }
    }

    /// <summary>A subscriber's queue of events; disposing it unsubscribes.</summary>
    public sealed class Subscription(ChannelReader<BenchEvent> reader, Action leave) : IDisposable
    {
        public ChannelReader<BenchEvent> Reader { get; } = reader;

        public void Dispose() => leave();
    }
}

/// <summary>One event of a bench: a frame, a mark, a plot sample or a state; <see cref="Json"/> is what the API sends.</summary>
/// <param name="Seq">Its number (0 for a state, which is not kept).</param>
/// <param name="Type">frame, mark, sample or state.</param>
/// <param name="AtMs">The session's time.</param>
/// <param name="Json">The event as one JSON object.</param>
/// <param name="Bytes">A frame's bytes.</param>
/// <param name="ChecksumOk">False for a frame with a wrong checksum.</param>
public sealed record BenchEvent(long Seq, string Type, long AtMs, string Json, byte[]? Bytes, bool ChecksumOk);
