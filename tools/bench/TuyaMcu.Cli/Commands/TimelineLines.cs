using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// The timeline's line format, the same for <c>sim</c> and the serial sessions (<c>module</c>,
/// <c>mcu</c>): time since the start as "Nd hh:mm:ss.fff", two spaces, then what happened.
/// </summary>
internal static class TimelineLines
{
    /// <summary>A frame (time, direction, command, content), or a mark (time, "-- source", what happened).</summary>
    public static string Frame(TimelineEntry e)
    {
        if (e.IsMark)
        {
            return Note(e.AtMs, "-- " + e.MarkSource, e.Name);
        }

        string direction = e.FromMcu ? "mcu -> module" : "module -> mcu";
        string detail = e.NotReceived ? (e.Detail.Length == 0 ? "(not received: the MCU is asleep)" : "(not received: the MCU is asleep) " + e.Detail) : e.Detail;
        return detail.Length == 0 ? $"{Time(e.AtMs)}  {direction}  {e.Name}" : $"{Time(e.AtMs)}  {direction}  {e.Name}  {detail}";
    }

    /// <summary>Something else a session says: time, who says it, what.</summary>
    public static string Note(long atMs, string source, string text) => $"{Time(atMs)}  {source}  {text}";

    private static string Time(long atMs)
    {
        TimeSpan t = TimeSpan.FromMilliseconds(atMs);
        return $"{(int)t.TotalDays}d {t:hh\\:mm\\:ss\\.fff}";
    }
}
