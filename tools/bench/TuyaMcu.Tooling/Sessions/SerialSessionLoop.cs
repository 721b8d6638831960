using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>The lines typed at a session's prompt, as <see cref="SerialSessionLoop.Run"/> takes them: one a pass, never blocking.</summary>
public interface IPromptLines
{
    /// <summary>True when no line waits.</summary>
    bool IsEmpty { get; }

    /// <summary>Longest line taken; a longer one is refused whole.</summary>
    int MaxLineChars { get; }

    /// <summary>The next line, if one waits; null for a line refused as too long.</summary>
    bool TryTake(out string? line);
}

/// <summary>
/// Runs an <see cref="IInteractiveSession"/> on a serial line in real time: polls it, then waits on
/// the line for bytes until it is next due (at most <see cref="MaxWaitMs"/>, so typed lines and a
/// stop are noticed promptly). What <c>module</c> and <c>mcu</c> run (<see cref="Run"/>, with the
/// lines typed at the prompt) and what the web bench's module and mcu sessions run (<see cref="Pass"/>,
/// one slice at a time between the page's requests).
/// </summary>
public sealed class SerialSessionLoop(ISerialEndpoint line, ISimulationClock clock, IInteractiveSession session)
{
    /// <summary>Longest wait for bytes, ms, within <see cref="Run"/>.</summary>
    public const int MaxWaitMs = 50;

    /// <summary>The session run.</summary>
    public IInteractiveSession Session => session;

    /// <summary>The session's clock.</summary>
    public ISimulationClock Clock => clock;

    /// <summary>One slice: polls the session, then waits on the line until it is next due, at most <paramref name="maxWaitMs"/>.</summary>
    public void Pass(int maxWaitMs)
    {
        session.Poll();
        Wait(long.MaxValue, 0, maxWaitMs);
    }

    /// <summary>
    /// Runs until a typed line asks to quit, <paramref name="stop"/> fires or <paramref name="duration"/>
    /// has passed: one typed line a pass (its answer on <paramref name="reply"/>), so the session acts
    /// on each before the next and a 'quit' comes last. Then finishes the session (it saves what it saves).
    /// </summary>
    public void Run(IPromptLines input, TextWriter reply, TimeSpan? duration, CancellationToken stop)
    {
        long endMs = duration is TimeSpan d ? (long)d.TotalMilliseconds : long.MaxValue;
        try
        {
            while (!stop.IsCancellationRequested && RunTypedLine(input, reply))
            {
                session.Poll();
                if (clock.UptimeMs >= endMs)
                {
                    break;
                }

                if (input.IsEmpty)
                {
                    Wait(endMs, 1, MaxWaitMs);
                }
            }
        }
        finally
        {
            session.Finish();
        }
    }

    private void Wait(long untilMs, int minMs, int maxMs)
    {
        long wait = Math.Clamp(Math.Min(session.NextDueMs, untilMs) - clock.UptimeMs, minMs, maxMs);
        if (wait > 0)
        {
            line.WaitForData((int)wait);
        }
    }

    private bool RunTypedLine(IPromptLines input, TextWriter reply)
    {
        if (!input.TryTake(out string? text))
        {
            return true;
        }

        if (text == null)
        {
            reply.WriteLine($"error: a line longer than {input.MaxLineChars} characters, ignored");
            reply.Flush();
            return true;
        }

        bool goOn = session.Execute(text, reply);
        reply.Flush();
        return goOn;
    }
}
