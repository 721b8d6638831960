using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>Keeps what a session printed: its frames and its notes.</summary>
internal sealed class RecordingOutput : ISessionOutput
{
    public List<TimelineEntry> Frames { get; } = [];

    public List<(long AtMs, string Source, string Text)> Notes { get; } = [];

    /// <summary>The text of the notes <paramref name="source"/> gave, in order.</summary>
    public List<string> NotesFrom(string source) => Notes.Where(n => n.Source == source).Select(n => n.Text).ToList();

    public void Frame(TimelineEntry entry) => Frames.Add(entry);

    public void Note(long atMs, string source, string text) => Notes.Add((atMs, source, text));
}
