using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Dispatch;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Storage;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>mcu (--port DEV | --pty) [--baud N] [--pid PID] [--state DIR] [--duration SECONDS]</c>: runs the firmware
/// application on the host against a real Tuya NB-IoT module, prints the traffic decoded and takes
/// contact, pulse and AT commands on standard input.
/// </summary>
/// <param name="stop">Stops the command when it fires, as 'quit', Ctrl+C, SIGTERM, SIGHUP and --duration do (for running it in-process).</param>
public sealed class McuCommand(CancellationToken stop = default) : ICommand
{
    public string Name => "mcu";

    public string Summary => "run the firmware on the host against a real module on a serial line";

    public string Usage => $"""
        usage: tuyamcu mcu (--port DEV | --pty) [--baud N] [--serial-backend NAME] [--pid PID] [--profile NAME] [--state DIR] [--duration SECONDS]
          Runs the firmware (link, dispatcher, the CPN01-style sensor application, always on) on
          this computer against a Tuya NB-IoT module on a serial line (through a USB-serial adapter),
          so a module can be tried before any board is flashed; or against 'tuyamcu module' on the
          other end of a pseudo-terminal. The contact (it starts closed) and the pulse counter are
          simulated and driven from the prompt. Every frame in both directions is printed, one line
          each as 'sim' does; so are the AT console's answers and the firmware's log.
          Each line typed on standard input is a command:
        {ModuleCommand.Indent(McuPrompt.Help)}
          A bad command gets one 'error: ...' line and changes nothing. Runs until 'quit', Ctrl+C (or
          SIGTERM, SIGHUP) or --duration (the end of standard input does not stop it), then saves and prints
          its counters to standard error.
          --pid PID          the product ID the firmware reports, that of your product on the Tuya IoT
                             Platform (a real module activates only with it; Program.cs sets it on
                             the board); without it, the placeholder tuyamcucpn01
          --profile NAME     the device profile (default cpn01; known: cpn01, pom01n)
          --state DIR        the device's flash is the directory DIR (created if missing), so settings,
                             counters and datalog carry over to the next run (as with 'console');
                             without it, nothing is kept
        {SerialLineOptions.Usage}
        {SerialLineOptions.Platforms}
        exit status: 0 stopped, 1 the device could not be used (missing, busy, not a tty, permission
        denied, unplugged), 2 bad arguments
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [.. SerialLineOptions.ValueOptions, "--state", "--pid", ProfileOption.Name], [SerialLineOptions.PtyFlag]);
        parsed.RejectPositionals(Name);
        HostProfile profile = ProfileOption.From(parsed);
        SerialLineOptions line = SerialLineOptions.From(parsed);
        var options = new McuSessionOptions { ProductId = ProductId(parsed.GetName("--pid", "product ID")), StateDirectory = StateDirectory(parsed.GetName("--state", "directory")), BaudRate = line.Baud, Device = profile };
        return new SerialSessionHost(Name, stop).Run(line, console, (endpoint, clock, output) => SerialSessions.Mcu(endpoint, clock, output, options));
    }

    /// <summary>The product ID, checked as the firmware checks it before it reports one.</summary>
    private static string? ProductId(string? pid)
    {
        string? error = pid == null ? null : new DispatcherOptions { ProductId = pid }.ToProductInfo().Validate();
        return error == null ? pid : throw new UsageException($"--pid: {error}, got '{pid}'");
    }

    /// <summary>The state directory, created and checked now, so a bad one is a usage error before any port is opened.</summary>
    internal static string? StateDirectory(string? path)
    {
        if (path == null)
        {
            return null;
        }

        try
        {
            return new DirectoryStorage(path).Directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"--state: {e.Message}");
        }
    }
}
