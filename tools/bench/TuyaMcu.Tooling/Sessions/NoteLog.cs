using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>The firmware's log as session notes: information and up, and debug detail while <paramref name="showDebug"/> says so (AT+DEBUG=1).</summary>
public sealed class NoteLog(IClock clock, ISessionOutput output, Func<bool> showDebug) : ILog
{
    /// <inheritdoc />
    public void Write(LogLevel level, string component, string message)
    {
        if (level > LogLevel.Debug || showDebug())
        {
            output.Note(clock.UptimeMs, "log", $"{level.ToString().ToLowerInvariant()} {component}: {message}");
        }
    }
}
