using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>Where a session's running output goes: the frames on its line, and what else happens (AT console lines, reboots).</summary>
public interface ISessionOutput
{
    /// <summary>A frame that crossed the line, in either direction, decoded.</summary>
    void Frame(TimelineEntry entry);

    /// <summary>Something else worth a line, at <paramref name="atMs"/> on the session's clock, said by <paramref name="source"/> ("console", "mcu").</summary>
    void Note(long atMs, string source, string text);
}
