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
    /// <summary>Longest wait for bytes, ms, so typed lines and a stop are noticed promptly.</summary>
    private const int MaxWaitMs = 50;

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
        var input = new PromptInput(console.In);
        long endMs = duration is TimeSpan d ? (long)d.TotalMilliseconds : long.MaxValue;
        try
        {
            while (!stopping.IsCancellationRequested && RunTypedLine(input, session, console.Out))
            {
                session.Poll();
                long now = clock.UptimeMs;
                if (now >= endMs)
                {
                    break;
                }

                if (input.IsEmpty)
                {
                    long wait = Math.Clamp(Math.Min(session.NextDueMs, endMs) - now, 1, MaxWaitMs);
                    line.WaitForData((int)wait);
                }
            }
        }
        finally
        {
            session.Finish();
            console.Out.Flush();
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tuyamcu {command}: stopped after {clock.UptimeMs / 1000.0:0.0} s: {session.Summary}"));
        }
    }

    /// <summary>
    /// Runs the next typed line, if any; false when it was <c>quit</c>. One line a pass, so the
    /// session acts on each (an AT command runs) before the next, and a 'quit' comes last.
    /// </summary>
    private static bool RunTypedLine(PromptInput input, IInteractiveSession session, TextWriter output)
    {
        if (!input.TryTake(out string? text))
        {
            return true;
        }

        if (text == null)
        {
            output.WriteLine($"error: a line longer than {PromptInput.MaxLineChars} characters, ignored");
            output.Flush();
            return true;
        }

        bool goOn = session.Execute(text, output);
        output.Flush();
        return goOn;
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
    private sealed class PromptInput
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
