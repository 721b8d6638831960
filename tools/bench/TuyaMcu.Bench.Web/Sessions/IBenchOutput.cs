namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>Where a session's traffic goes: every frame with its bytes, and marks of what else happened. Thread-safe.</summary>
public interface IBenchOutput
{
    /// <summary>
    /// A frame (or, with <paramref name="checksumOk"/> false, a frame-shaped run with a wrong
    /// checksum) whose first byte arrived at <paramref name="atMs"/> on the session's clock.
    /// <paramref name="fromMcu"/> is null where the line does not tell (a monitor sees one line).
    /// </summary>
    void Frame(long atMs, bool? fromMcu, string hex, bool checksumOk, bool notReceived);

    /// <summary>Something else worth a line: a fault injected, a reboot, an AT console line.</summary>
    void Mark(long atMs, string source, string text);
}
