namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// One side of a serial line played on the host, poll-driven and clock-injected: whoever runs it
/// calls <see cref="Poll"/> when <see cref="NextDueMs"/> comes or bytes arrive, and hands it the
/// lines typed at its prompt. It starts no threads.
/// </summary>
public interface IInteractiveSession
{
    /// <summary>When <see cref="Poll"/> next has work without new bytes, or <see cref="long.MaxValue"/>.</summary>
    long NextDueMs { get; }

    /// <summary>One non-blocking pass: reads what arrived, answers, runs what is due.</summary>
    void Poll();

    /// <summary>Runs one prompt line, answering on <paramref name="reply"/>; false when the line asks to quit.</summary>
    bool Execute(string line, TextWriter reply);

    /// <summary>Ends the session (saves what must survive it).</summary>
    void Finish();

    /// <summary>One line of counters for the end of a run.</summary>
    string Summary { get; }
}
