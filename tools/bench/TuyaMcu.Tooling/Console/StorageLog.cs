using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>
/// The firmware's log lines about its flash (what start-up found damaged, a save that failed, saving
/// working again) on a text writer, for the <c>console</c> command's standard error. The rest of the
/// log is left out: with no module attached it would be nothing but the module's silence.
/// </summary>
public sealed class StorageLog(TextWriter writer) : ILog
{
    /// <summary>The component persistence logs as.</summary>
    public const string Component = "storage";

    /// <inheritdoc />
    public void Write(LogLevel level, string component, string message)
    {
        if (component == Component)
        {
            writer.WriteLine($"{level.ToString().ToLowerInvariant()} {component}: {message}");
            writer.Flush();
        }
    }
}
