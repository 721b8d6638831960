using TuyaMcu.Hal;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// Watches both directions of a serial line and turns what crosses it into timeline entries,
/// with the firmware's own parser and limits per direction (so garbage and broken frames show as
/// they would to the other side), each frame stamped with the time its first byte was seen.
/// </summary>
public sealed class WireTimeline
{
    private readonly IClock _clock;
    private readonly TimelineDirection _fromMcu;
    private readonly TimelineDirection _toMcu;

    /// <summary>Calls <paramref name="sink"/> for every frame seen, at the clock's time.</summary>
    public WireTimeline(IClock clock, FrameText text, Action<TimelineEntry> sink)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _fromMcu = new TimelineDirection(text, true, FrameFormat.DefaultMaxDataLength, FrameParser.DefaultInterByteTimeoutMs, sink);
        _toMcu = new TimelineDirection(text, false, FrameFormat.DefaultMaxDataLength, FrameParser.DefaultInterByteTimeoutMs, sink);
    }

    /// <summary>Bytes the MCU sent.</summary>
    public void McuSent(byte[] bytes) => _fromMcu.Feed(bytes, 0, bytes.Length, _clock.UptimeMs);

    /// <summary>Bytes the module sent.</summary>
    public void ModuleSent(byte[] bytes) => _toMcu.Feed(bytes, 0, bytes.Length, _clock.UptimeMs);

    /// <summary>Lets partial frames time out after a silence (frames they held are then found).</summary>
    public void Poll()
    {
        long now = _clock.UptimeMs;
        _fromMcu.Poll(now);
        _toMcu.Poll(now);
    }
}
