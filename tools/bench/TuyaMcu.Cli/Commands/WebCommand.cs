using TuyaMcu.Platform;
using TuyaMcu.Bench.Web;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>web</c>: the bench in a browser. Runs one session (<c>--sim</c>, <c>--module</c>, <c>--mcu</c>,
/// <c>--monitor</c>) and serves its JSON API, event stream and page on 127.0.0.1 until Ctrl+C.
/// </summary>
/// <param name="stop">Stops the command when it fires, as Ctrl+C, SIGTERM, SIGHUP and --duration do (for running it in-process).</param>
public sealed class WebCommand(CancellationToken stop = default) : ICommand
{
    private static readonly string[] ModeFlags = ["--sim", "--module", "--mcu", "--monitor"];

    public string Name => "web";

    public string Summary => "the bench in a browser: live frames, DP panel, plots, JSON API";

    public string Usage => $"""
        usage: tuyamcu web [--sim | --module | --mcu | --monitor] [--port DEV | --pty] [--baud N]
                           [--serial-backend NAME] [--http-port N] [--profile NAME] [--state DIR]
                           [--seed N] [--faults none|harsh] [--power-mode always-on|battery]
                           [--board custom|devkitc] [--speed X] [--paused] [--duration SECONDS]
          Runs one session and serves it on http://127.0.0.1:PORT/ (this computer only): a page with
          the live frame log, a DP panel made from the profile's schema, module and world controls,
          plots, a frame builder and the power estimate; and the JSON API and event stream the page
          uses, so a script can drive the bench without it ('GET /api' lists the endpoints). Prints
          the address as 'url: http://127.0.0.1:PORT/' on standard output, then runs until Ctrl+C
          (or SIGTERM, SIGHUP) or --duration.
          --sim              the firmware against the simulated module in virtual time (the default):
                             run, pause, step and speed (0.1x to 100000x real time) from the page
          --module           play the module against a board on --port DEV or --pty (as 'module')
          --mcu              run the firmware against a real module on --port DEV or --pty (as 'mcu')
          --monitor          watch --port DEV (or --pty) without writing to it (as 'monitor')
          --http-port N      the page's port (default 8070; 0 picks a free one)
        {ProfileOption.Usage}: its schema makes the DP panel; in --sim,
                             cpn01 has the contact, pulses and battery, pom01n a mains outage, a
                             brown-out, the ACT button (short and long press) and the battery
          --state DIR        --mcu: the firmware's flash is DIR, as for 'mcu'
          --seed N, --faults none|harsh, --power-mode always-on|battery
                             --sim: as for 'sim'
          --board custom|devkitc
                             the board the power estimate charges (default custom)
          --speed X          --sim: virtual time's speed at the start (default 1, real time)
          --paused           --sim: start paused (run or step from the page or the API)
        {SerialLineOptions.Usage}
        exit status: 0 stopped, 1 the device or the HTTP port could not be used, 2 bad arguments
        """;

    /// <summary>The page's port when --http-port is not given.</summary>
    public const int DefaultHttpPort = 8070;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs a = CommandArgs.Parse(
            args,
            [.. SerialLineOptions.ValueOptions, "--http-port", ProfileOption.Name, "--state", "--seed", "--faults", "--power-mode", "--board", "--speed"],
            [.. ModeFlags, SerialLineOptions.PtyFlag, "--paused"]);
        a.RejectPositionals(Name);
        string[] modes = ModeFlags.Where(a.Has).ToArray();
        if (modes.Length > 1)
        {
            throw new UsageException($"{modes[0]} and {modes[1]} cannot be used together: one session a bench");
        }

        string mode = modes.Length == 1 ? modes[0][2..] : "sim";
        bool onLine = mode != "sim";
        if (!onLine && (a.Get("--port") != null || a.Has(SerialLineOptions.PtyFlag)))
        {
            throw new UsageException("--sim runs no serial line: --port and --pty are for --module, --mcu and --monitor");
        }

        RejectUnless(a, mode == "sim", "--sim", "--seed", "--faults", "--power-mode", "--speed", "--paused");
        RejectUnless(a, mode == "mcu", "--mcu", "--state");
        int httpPort = (int)a.GetInteger("--http-port", DefaultHttpPort, 0, 65535);
        string profile = ProfileOption.From(a).Name;
        if (profile != SessionAdapter.DefaultProfile && a.Get("--power-mode") != null)
        {
            throw new UsageException($"--power-mode is for the {SessionAdapter.DefaultProfile} profile, not {profile}");
        }

        SerialLineOptions? line = onLine ? SerialLineOptions.From(a) : null;
        TimeSpan? duration = line?.Duration ?? (a.Get("--duration") == null ? null : TimeSpan.FromSeconds(a.GetNumber("--duration", 0, 0.001, 1e7)));
        string? state = a.GetName("--state", "directory");
        var options = new BenchOptions
        {
            Mode = mode,
            Profile = profile,
            Seed = (int)a.GetInteger("--seed", 1, int.MinValue, int.MaxValue),
            HarshFaults = a.Get("--faults") switch
            {
                null or "none" => false,
                "harsh" => true,
                string other => throw new UsageException($"--faults must be none or harsh, got '{other}'"),
            },
            PowerMode = a.Get("--power-mode") switch
            {
                null or "always-on" => PowerMode.AlwaysOn,
                "battery" => PowerMode.Battery,
                string other => throw new UsageException($"--power-mode must be always-on or battery, got '{other}'"),
            },
            PowerTable = a.Get("--board") switch
            {
                null or "custom" => PowerTable.Default,
                "devkitc" => PowerTable.DevKitC,
                string other => throw new UsageException($"--board must be custom or devkitc, got '{other}'"),
            },
            Speed = a.GetNumber("--speed", 1, 0.1, 100_000),
            StartRunning = !a.Has("--paused"),
            Baud = line?.Baud ?? SerialPorts.DefaultBaudRate,
            StateDirectory = state == null ? null : McuCommand.StateDirectory(state),
        };

        return SerialCommandErrors.Guard(Name, console, () =>
        {
            string? where = null;
            ISerialEndpoint? endpoint = line?.Open(out where);
            if (endpoint != null)
            {
                SerialLineOptions.WritePtyPath(endpoint, console);
            }

            return Serve(options with { Line = endpoint, LineName = where }, httpPort, duration, console);
        });
    }

    private int Serve(BenchOptions options, int httpPort, TimeSpan? duration, CliConsole console)
    {
        BenchServer server;
        try
        {
            server = BenchServer.StartAsync(options, httpPort).GetAwaiter().GetResult();
        }
        catch
        {
            options.Line?.Dispose();
            throw;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using StopSignals signals = StopSignals.Register(stopping);
        try
        {
            console.Out.WriteLine($"url: {server.Url}");
            console.Out.Flush();
            console.Error.WriteLine($"tuyamcu web: {server.Info.Mode} ({server.Info.Profile}) on {server.Info.Where}; open {server.Url} in a browser; Ctrl+C stops");
            console.Error.Flush();
            stopping.Token.WaitHandle.WaitOne(duration ?? Timeout.InfiniteTimeSpan);
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            console.Error.WriteLine("tuyamcu web: stopped");
        }

        return 0;
    }

    private static void RejectUnless(CommandArgs a, bool allowed, string mode, params string[] options)
    {
        foreach (string option in options)
        {
            if (!allowed && (a.Get(option) != null || a.Has(option)))
            {
                throw new UsageException($"{option} is for {mode} only");
            }
        }
    }
}
