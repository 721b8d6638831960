using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>module (--port DEV | --pty) [--baud N] [--duration SECONDS]</c>: plays the Tuya NB-IoT module
/// against an MCU on a serial line, prints the traffic decoded and takes commands on standard input.
/// </summary>
/// <param name="stop">Stops the command when it fires, as 'quit', Ctrl+C, SIGTERM, SIGHUP and --duration do (for running it in-process).</param>
public sealed class ModuleCommand(CancellationToken stop = default) : ICommand
{
    public string Name => "module";

    public string Summary => "play the Tuya NB-IoT module against a board on a serial line";

    public string Usage => $"""
        usage: tuyamcu module (--port DEV | --pty) [--baud N] [--serial-backend NAME] [--profile NAME] [--duration SECONDS]
          Plays the Tuya NB-IoT module (the simulator 'sim' uses) against an MCU on a serial line: a
          board running the firmware, or 'tuyamcu mcu' on the other end of a pseudo-terminal. It
          activates (product query 3 s after the start, network status 1 -> 4), gives the time,
          answers every request, and prints every frame in both directions, one line each as 'sim'
          does: time since the start, direction, command, content with DPs by schema code.
          Each line typed on standard input is a command:
        {Indent(ModulePrompt.Help)}
          A bad command gets one 'error: ...' line and sends nothing. Runs until 'quit', Ctrl+C (or
          SIGTERM, SIGHUP) or --duration (the end of standard input does not stop it), then prints its
          counters to standard error.
        {ProfileOption.Usage}: its DP schema names and checks the DPs
        {SerialLineOptions.Usage}
        {SerialLineOptions.Platforms}
        exit status: 0 stopped, 1 the device could not be used (missing, busy, not a tty, permission
        denied, unplugged), 2 bad arguments
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [.. SerialLineOptions.ValueOptions, ProfileOption.Name], [SerialLineOptions.PtyFlag]);
        parsed.RejectPositionals(Name);
        HostProfile profile = ProfileOption.From(parsed);
        SerialLineOptions line = SerialLineOptions.From(parsed);
        return new SerialSessionHost(Name, stop).Run(line, console, (endpoint, clock, output) => SerialSessions.Module(endpoint, clock, output, profile));
    }

    /// <summary>Indents every line of a prompt's help by four spaces, to sit under the usage text.</summary>
    internal static string Indent(string help) =>
        string.Join('\n', help.Split('\n').Select(l => "    " + l));
}
