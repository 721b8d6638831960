namespace TuyaMcu.Tooling.Timeline;

/// <summary>One line of a timeline: when, which way, what.</summary>
/// <param name="AtMs">Simulation (or bench) time, ms.</param>
/// <param name="FromMcu">True for MCU → module.</param>
/// <param name="Command">Command code.</param>
/// <param name="Name">The spec's command name.</param>
/// <param name="Detail">Decoded content, as key=value pairs.</param>
/// <param name="ChecksumOk">False for a frame-shaped run with a wrong checksum.</param>
public sealed record TimelineEntry(long AtMs, bool FromMcu, byte Command, string Name, string Detail, bool ChecksumOk);
