using TuyaMcu.Hal;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// Watches both directions of a serial line and turns what crosses it into timeline entries,
/// with the firmware's own parser per direction (so garbage and broken frames show as they
/// would to the other side).
/// </summary>
public sealed class WireTimeline
{
    private readonly Direction _fromMcu;
    private readonly Direction _toMcu;

    /// <summary>Calls <paramref name="sink"/> for every frame seen, at the clock's time.</summary>
    public WireTimeline(IClock clock, FrameText text, Action<TimelineEntry> sink)
    {
        _fromMcu = new Direction(clock, text, sink, true);
        _toMcu = new Direction(clock, text, sink, false);
    }

    /// <summary>Bytes the MCU sent.</summary>
    public void McuSent(byte[] bytes) => _fromMcu.Feed(bytes);

    /// <summary>Bytes the module sent.</summary>
    public void ModuleSent(byte[] bytes) => _toMcu.Feed(bytes);

    private sealed class Direction : IFrameSink
    {
        private readonly IClock _clock;
        private readonly FrameText _text;
        private readonly Action<TimelineEntry> _sink;
        private readonly bool _fromMcu;
        private readonly FrameParser _parser;

        public Direction(IClock clock, FrameText text, Action<TimelineEntry> sink, bool fromMcu)
        {
            _clock = clock;
            _text = text;
            _sink = sink;
            _fromMcu = fromMcu;
            _parser = new FrameParser(this, FrameFormat.MaxEncodableDataLength, 0);
        }

        public void Feed(byte[] bytes) => _parser.Feed(bytes, 0, bytes.Length, _clock.UptimeMs);

        public void OnFrame(Frame frame) => Emit(frame, true);

        public void OnChecksumMismatch(Frame candidate) => Emit(candidate, false);

        private void Emit(Frame frame, bool ok) =>
            _sink(new TimelineEntry(_clock.UptimeMs, _fromMcu, frame.Command, TuyaCommand.GetName(frame.Command) ?? "unknown command", _text.Render(frame, ok), ok));
    }
}
