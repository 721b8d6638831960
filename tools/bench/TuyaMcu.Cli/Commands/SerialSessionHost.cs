using System.Collections.Concurrent;
using System.Globalization;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// Runs a session of <c>module</c> or <c>mcu</c> in real time: opens the line, builds the session
/// on it with the system clock, prints every frame and note as a timeline line (the format of
/// <c>sim</c>), feeds it the lines typed on standard input, and stops on <c>quit</c>, Ctrl+C,
/// SIGTERM or the duration. Device errors end it with one line and exit status 1.
/// </summary>
internal sealed class SerialSessionHost(string command, CancellationToken stop)
{
    /// <summary>Opens the line, runs the session <paramref name="build"/> makes on it, returns the exit status.</summary>
    public int Run(SerialLineOptions options, CliConsole console, Func<ISerialEndpoint, ISimulationClock, ISessionOutput, IInteractiveSession> build)
    {
        return SerialCommandErrors.Guard(command, console, () =>
        {
            using ISerialEndpoint line = options.Open(out string where);
            SerialLineOptions.WritePtyPath(line, console);
            console.Error.WriteLine($"tuyamcu {command}: on {where}; 'help' lists the commands, 'quit' or Ctrl+C stops");
            console.Error.Flush();
            var clock = new SystemClock();
            IInteractiveSession session = build(line, clock, new TimelinePrinter(console.Out));
            Loop(line, clock, session, options.Duration, console);
            return 0;
        });
    }

    private void Loop(ISerialEndpoint line, SystemClock clock, IInteractiveSession session, TimeSpan? duration, CliConsole console)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using StopSignals signals = StopSignals.Register(stopping);
        try
        {
            new SerialSessionLoop(line, clock, session).Run(new PromptInput(console.In), console.Out, duration, stopping.Token);
        }
        finally
        {
            console.Out.Flush();
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tuyamcu {command}: stopped after {clock.UptimeMs / 1000.0:0.0} s: {session.Summary}"));
        }
    }

    /// <summary>Prints frames and notes as timeline lines, as <c>sim</c> does: time since the start, then what.</summary>
    private sealed class TimelinePrinter(TextWriter output) : ISessionOutput
    {
        public void Frame(TimelineEntry entry) => WriteLine(TimelineLines.Frame(entry));

        public void Note(long atMs, string source, string text) => WriteLine(TimelineLines.Note(atMs, source, text));

        private void WriteLine(string line)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    /// <summary>
    /// The lines typed on standard input, read by a background thread so the session loop never
    /// blocks on them. The end of the input only ends the reading: the session runs on. Reading is
    /// bounded: a line keeps at most <see cref="MaxLineChars"/> characters (a longer one is refused
    /// whole), and while <see cref="MaxQueuedLines"/> lines wait, reading pauses.
    /// </summary>
    private sealed class PromptInput : IPromptLines
    {
        /// <summary>Longest line taken; far beyond any prompt command.</summary>
        public const int MaxLineChars = 4096;

        /// <summary>Lines read ahead of the session.</summary>
        public const int MaxQueuedLines = 64;

        // A line too long to keep is queued as null, so it is refused in its turn.
        private readonly BlockingCollection<string?> _lines = new(MaxQueuedLines);

        public PromptInput(TextReader input)
        {
            var reader = new Thread(() => ReadAll(input)) { IsBackground = true, Name = "prompt input" };
            reader.Start();
        }

        public bool IsEmpty => _lines.Count == 0;

        int IPromptLines.MaxLineChars => MaxLineChars;

        /// <summary>The next line, if one is waiting; null for a line that was too long.</summary>
        public bool TryTake(out string? line) => _lines.TryTake(out line);

        private void ReadAll(TextReader input)
        {
            var lines = new BoundedLineReader(input, MaxLineChars);
            try
            {
                while (lines.ReadLine(out bool tooLong) is string line)
                {
                    _lines.Add(tooLong ? null : line);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // A closed input is the end of the input.
            }
        }
    }
}
