using TuyaMcu.Tooling.Profiles;
using TuyaMcu.AtConsole;
using TuyaMcu.Tooling.AtConsole;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>console --state DIR</c>: the firmware's AT command console on standard input and output,
/// against a device whose flash is DIR, with no module attached.
/// </summary>
public sealed class ConsoleCommand : ICommand
{
    public string Name => "console";

    public string Summary => "the device's AT command console on stdin/stdout, state kept in a directory";

    public string Usage => """
        usage: tuyamcu console --state DIR [--profile NAME] [--timeout-min N] [--echo]
          Runs the firmware (the CPN01-style sensor) with its AT command console on standard input
          and output, as on the device's serial port: enter the password (default 12345678), then
          AT commands, one per line; AT? lists them. The device's flash is the directory DIR
          (created if missing), so settings, counters and datalog carry over to the next run.
          No module is attached: module-facing commands (AT+CSQ, AT+APN=...) end with
          "ERROR: module did not answer" after the link's retries (a few seconds).
          Ends at the end of the input (after saving), on ATZ (saved, "rebooting") and on AT+FDR
          (erased), with exit status 0; with status 1 when the save at the end of the input failed
          (an ERROR line says why) or standard input cannot be read (a directory). Problems with the
          state files are logged on standard error. DIR is refused (exit status 2) when it is a
          file, cannot be read, or holds a file that is not a regular file (a FIFO, a device).
          --profile NAME    the device profile (default cpn01; known: cpn01, pom01n)
          --timeout-min N   lock the session after N minutes without input (default 5; 0 never)
          --echo            echo typed characters (for a terminal without local echo)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, ["--state", "--timeout-min", ProfileOption.Name], ["--echo"]);
        parsed.RejectPositionals(Name);
        HostProfile profile = ProfileOption.From(parsed);
        string state = parsed.GetName("--state", "directory") ?? throw new UsageException("--state is required");

        long minutes = parsed.GetInteger("--timeout-min", 5, 0, 24 * 60);
        var options = new ConsoleOptions
        {
            NewLine = "\n",
            InactivityTimeoutMs = (int)(minutes * 60 * 1000),
            Echo = parsed.Has("--echo"),
        };

        HostConsoleSession session;
        try
        {
            session = new HostConsoleSession(state, console.In, console.Out, options, console.Error, profile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UsageException($"--state: {e.Message}");
        }

        ConsoleSessionEnd end = session.Run();
        if (session.InputError != null)
        {
            console.Error.WriteLine($"tuyamcu console: cannot read standard input: {session.InputError}");
            return 1;
        }

        return end == ConsoleSessionEnd.SaveFailed ? 1 : 0;
    }
}
