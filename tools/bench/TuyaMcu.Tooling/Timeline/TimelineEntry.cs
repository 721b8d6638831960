namespace TuyaMcu.Tooling.Timeline;

/// <summary>One line of a timeline: when, which way, what; or a mark of something the run did.</summary>
/// <param name="AtMs">Simulation (or bench) time, ms: for a frame, when its first byte arrived.</param>
/// <param name="FromMcu">True for MCU → module.</param>
/// <param name="Command">Command code.</param>
/// <param name="Name">The spec's command name; for a mark, what happened.</param>
/// <param name="Detail">Decoded content, as key=value pairs.</param>
/// <param name="ChecksumOk">False for a frame-shaped run with a wrong checksum.</param>
/// <param name="MarkSource">
/// For a mark, who or what it concerns ("fault", "cloud", "module", "mcu"); null for a frame.
/// </param>
/// <param name="NotReceived">
/// A frame that crossed the wire while its receiver could not hear it (the MCU in deep sleep),
/// so the receiver's parser never saw it.
/// </param>
/// <param name="Hex">For a frame, its bytes as lower-case hex (header to checksum); null for a mark.</param>
public sealed record TimelineEntry(long AtMs, bool FromMcu, byte Command, string Name, string Detail, bool ChecksumOk, string? MarkSource = null, bool NotReceived = false, string? Hex = null)
{
    /// <summary>True for a mark rather than a frame.</summary>
    public bool IsMark => MarkSource != null;

    /// <summary>A mark at <paramref name="atMs"/>: <paramref name="source"/> says <paramref name="text"/>.</summary>
    public static TimelineEntry Mark(long atMs, string source, string text) => new(atMs, false, 0, text, string.Empty, true, source);
}
