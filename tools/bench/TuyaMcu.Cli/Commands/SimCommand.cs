using System.Globalization;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Cli.Commands;

/// <summary><c>sim</c>: the firmware against the simulated module in virtual time, printed as a timeline.</summary>
public sealed class SimCommand : ICommand
{
    public string Name => "sim";

    public string Summary => "run the firmware against a simulated module in virtual time";

    public string Usage => """
        usage: tuyamcu sim [--hours H] [--seed N] [--scenario FILE] [--events-per-day N] [--openings-per-day N]
                           [--contact-rests closed|open]
                           [--faults none|harsh] [--drop P] [--corrupt P] [--duplicate P] [--delay P]
                           [--late P] [--cloud-failure P] [--outages-per-hour R] [--resets-per-hour R]
                           [--tdc S] [--tr S] [--noud N] [--event-uplinks off|both|open|close]
                           [--power-mode always-on|battery] [--power] [--power-sources] [--board custom|devkitc]
                           [--profile NAME] [--quiet]
          Runs the firmware (link, dispatcher, CPN01 application) against the simulated Tuya module
          for H simulated hours (default 24) and prints a timeline: time, direction, command and
          decoded content, DPs by their schema codes. Ends with a summary line.
          --scenario FILE      scripted events, one per line: "00:05:00 open", "2h dp report_interval=600",
                               "3h downlink 0100003C", "4h offline 30m", "5h reset-module", "5h30m hang-module"
                               (silent until its reset line is pulsed), "6h battery 15",
                               "7h battery-check", "8h pulses 250", "9h close"; a step after the end
                               of the run, or pulses in contact mode, get a warning; for pom01n
                               "2h outage 30m", "5h brown-out 10m", "6h button 2s" (held that long)
          --events-per-day N   random open/close events from the seed (N a day on average)
          --openings-per-day N exactly N openings every day: the contact leaves its resting state once in
                               each Nth of the day, at a moment drawn from the seed, for 2 s plus about 2 min
          --contact-rests open the contact's resting state (default closed): its pull-up conducts, and the
                               power estimate charges it, only while the contact is closed
          --faults harsh       every kind of trouble (loss, corruption, duplication, delay, late answers,
                               cloud failures, outages, module resets); the other options set one rate each
          --power-mode battery deep sleep between events (wake on the contact, TDC and TR timers)
          --power              end with an estimate of the average current and battery life, from
                               what the run counted and the power table (tools/bench/TuyaMcu.Tooling/Power);
                               in battery mode also the targets: the CPN01 default use (a week, contact
                               resting open) with no events and with ten openings a day against 3.5 years
          --power-sources      with --power: every figure of the power table with its source
          --board devkitc      charge the ESP32-DevKitC's regulator and USB bridge (default: a
                               custom low-power board)
          --profile NAME       the device profile (default cpn01; pom01n takes --hours, --seed,
                               --scenario, the fault options, --quiet, --power and --board; its
                               --power estimates the days the 1000 mAh backup lasts from the part
                               of the run on battery: give the scenario an outage, e.g. "0s outage 30d")
          --quiet              only the summary line (and the estimate)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs a = CommandArgs.Parse(args,
            ["--hours", "--seed", "--scenario", "--events-per-day", "--openings-per-day", "--contact-rests", "--faults", "--drop", "--corrupt", "--duplicate", "--delay", "--late", "--cloud-failure", "--outages-per-hour", "--resets-per-hour", "--tdc", "--tr", "--noud", "--event-uplinks", "--power-mode", "--board", ProfileOption.Name],
            ["--quiet", "--power", "--power-sources"]);
        a.RejectPositionals(Name);
        Tooling.Profiles.HostProfile profile = ProfileOption.From(a);
        if (a.Has("--power-sources") && !a.Has("--power"))
        {
            throw new UsageException("--power-sources goes with --power");
        }

        if (profile.Name != Cpn01Profile.ProfileName)
        {
            return RunProfile(profile, a, console);
        }

        var options = new SensorSimulationOptions
        {
            Hours = a.GetNumber("--hours", 24, 0.01, 24 * 365),
            Seed = (int)a.GetInteger("--seed", 1, int.MinValue, int.MaxValue),
            EventsPerDay = a.GetNumber("--events-per-day", 0, 0, 100_000),
            OpeningsPerDay = (int)a.GetInteger("--openings-per-day", 0, 0, 1440),
            ContactRestsClosed = a.Get("--contact-rests") switch
            {
                null or "closed" => true,
                "open" => false,
                string other => throw new UsageException($"--contact-rests must be closed or open, got '{other}'"),
            },
            Faults = Faults(a),
            Settings = Settings(a),
            PowerMode = a.Get("--power-mode") switch
            {
                null or "always-on" => TuyaMcu.Platform.PowerMode.AlwaysOn,
                "battery" => TuyaMcu.Platform.PowerMode.Battery,
                string other => throw new UsageException($"--power-mode must be always-on or battery, got '{other}'"),
            },
        };
        if (options.EventsPerDay > 0 && options.OpeningsPerDay > 0)
        {
            throw new UsageException("--events-per-day and --openings-per-day both schedule contact events; give one of them");
        }

        PowerTable table = Table(a, PowerTable.Default);

        string? scenarioPath = a.GetName("--scenario", "file");
        bool quiet = a.Has("--quiet");
        SensorSimulationResult r;
        try
        {
            if (scenarioPath != null)
            {
                options.Scenario = Scenario.Parse(InputFile.ReadText("--scenario", scenarioPath, Scenario.MaxFileBytes));
                options.Warning = warning => console.Error.WriteLine($"tuyamcu sim: warning: {warning}");
            }

            // The scenario's DP assignments are checked against the schema as it is scheduled, before anything runs.
            r = new SensorSimulation().Run(options, quiet ? null : entry => console.Out.WriteLine(TimelineLines.Frame(entry)));
        }
        catch (FormatException e) when (scenarioPath != null)
        {
            throw new UsageException($"--scenario {scenarioPath}: {e.Message}");
        }

        console.Out.WriteLine(
            $"summary: {r.Hours.ToString("0.##", CultureInfo.InvariantCulture)} h simulated; frames mcu->module {r.FramesFromMcu}, module->mcu {r.FramesToMcu}, bad {r.BadFramesSeen}; " +
            $"uplinks {r.Uplinks}; reports acknowledged {r.ReportsAcknowledged}, failed {r.ReportsFailed}, retried {r.Retries}, timed out {r.Timeouts}; " +
            $"records acknowledged {r.RecordsAcknowledged}, failed {r.RecordsFailed}, pending {r.RecordsPending}" +
            (r.Totals.OverwrittenPending > 0 ? $", overwritten unsent {r.Totals.OverwrittenPending}; " : "; ") +
            $"contact events {r.ContactEvents}, total {r.Total}, alarms {r.Alarms}; module resets {r.ModuleResets}, outages {r.Outages}" +
            (options.PowerMode == TuyaMcu.Platform.PowerMode.Battery ? $"; deep-sleep wakes {r.Totals.Wakes} (timer {r.Totals.TimerWakes}, contact {r.Totals.ContactWakes}), awake {r.Totals.AwakeMs / 1000.0:0.#} s" : ""));
        if (a.Has("--power"))
        {
            ActivityCounts counts = SimulationActivity.From(r);
            PowerEstimate estimate = PowerEstimator.Estimate(table, counts, TimeSpan.FromHours(options.Hours), options.PowerMode);
            console.Out.WriteLine();
            console.Out.WriteLine(PowerReport.Format(estimate));
            if (options.PowerMode == TuyaMcu.Platform.PowerMode.Battery)
            {
                console.Out.WriteLine(PowerTargets.FormatCpn01(table,
                    PowerTargets.Estimate(table, PowerTargets.Cpn01DefaultUse(0)),
                    PowerTargets.Estimate(table, PowerTargets.Cpn01DefaultUse(PowerTargets.Cpn01OpeningsPerDay))));
            }

            WriteSources(a, table, console);
        }

        return 0;
    }

    private static void WriteSources(CommandArgs a, PowerTable table, CliConsole console)
    {
        if (a.Has("--power-sources"))
        {
            console.Out.WriteLine(PowerReport.FormatTable(table));
        }
    }

    /// <summary>A profile other than the CPN01: its firmware on its simulated inputs (<see cref="ProfileSimulation"/>).</summary>
    private int RunProfile(Tooling.Profiles.HostProfile profile, CommandArgs a, CliConsole console)
    {
        bool backup = profile.Name == Pom01nProfile.ProfileName;
        foreach (string cpn01Only in new[] { "--events-per-day", "--openings-per-day", "--contact-rests", "--tdc", "--tr", "--noud", "--event-uplinks", "--power-mode", "--board", "--power", "--power-sources" })
        {
            if (a.Has(cpn01Only) && !(backup && cpn01Only is "--power" or "--board" or "--power-sources"))
            {
                throw new UsageException($"{cpn01Only} is for the cpn01 profile, not {profile.Name}");
            }
        }

        double hours = a.GetNumber("--hours", 24, 0.01, 24 * 365);
        int seed = (int)a.GetInteger("--seed", 1, int.MinValue, int.MaxValue);
        bool quiet = a.Has("--quiet");
        string? scenarioPath = a.GetName("--scenario", "file");
        var sim = new ProfileSimulation(profile, seed, Faults(a), quiet ? null : entry => console.Out.WriteLine(TimelineLines.Frame(entry)));
        if (scenarioPath != null)
        {
            try
            {
                Scenario scenario = Scenario.Parse(InputFile.ReadText("--scenario", scenarioPath, Scenario.MaxFileBytes));
                sim.Schedule(scenario, (long)(hours * 3_600_000), warning => console.Error.WriteLine($"tuyamcu sim: warning: {warning}"));
            }
            catch (FormatException e)
            {
                throw new UsageException($"--scenario {scenarioPath}: {e.Message}");
            }
        }

        ProfileSimulationResult r = sim.Run(hours);
        console.Out.WriteLine(
            $"summary: {r.Hours.ToString("0.##", CultureInfo.InvariantCulture)} h simulated, profile {profile.Name}; frames mcu->module {r.FramesFromMcu}, module->mcu {r.FramesToMcu}, bad {r.BadFramesSeen}; " +
            $"uplinks {r.Uplinks}, failed by the cloud {r.ReportsFailedByCloud}; module resets {r.ModuleResets}, outages {r.Outages}; reboots {r.Reboots}, deep sleeps {r.DeepSleeps}, wakes {r.Wakes}");
        if (a.Has("--power"))
        {
            // Only the backup battery's part of the run is estimated: on mains the battery is charged, not drawn.
            PowerTable table = Table(a, PowerTable.Pom01nBackup);
            BackupBatteryEstimate estimate = BackupBatteryEstimate.From(r.OnBattery, table)
                ?? throw new UsageException("--power: the run spent no time on the backup battery; give it a mains outage, e.g. a scenario line \"0s outage 30d\"");
            console.Out.WriteLine();
            console.Out.WriteLine(estimate.Format());
            WriteSources(a, table, console);
        }

        return 0;
    }

    /// <summary><paramref name="board"/>'s figures for the board --board names (default: a custom low-power board).</summary>
    private static PowerTable Table(CommandArgs a, PowerTable board) => a.Get("--board") switch
    {
        null or "custom" => board,
        "devkitc" => board.WithBoard(BoardKind.DevKitC),
        string other => throw new UsageException($"--board must be custom or devkitc, got '{other}'"),
    };

    private static FaultProfile Faults(CommandArgs a)
    {
        FaultProfile faults = a.Get("--faults") switch
        {
            null or "none" => new FaultProfile(),
            "harsh" => FaultProfile.Harsh,
            string other => throw new UsageException($"--faults must be none or harsh, got '{other}'"),
        };
        faults.DropToMcu = a.GetNumber("--drop", faults.DropToMcu, 0, 1);
        faults.DropFromMcu = a.GetNumber("--drop", faults.DropFromMcu, 0, 1);
        faults.CorruptToMcu = a.GetNumber("--corrupt", faults.CorruptToMcu, 0, 1);
        faults.DuplicateToMcu = a.GetNumber("--duplicate", faults.DuplicateToMcu, 0, 1);
        faults.DelayToMcu = a.GetNumber("--delay", faults.DelayToMcu, 0, 1);
        faults.LateAnswer = a.GetNumber("--late", faults.LateAnswer, 0, 1);
        faults.CloudFailure = a.GetNumber("--cloud-failure", faults.CloudFailure, 0, 1);
        faults.OfflinePerHour = a.GetNumber("--outages-per-hour", faults.OfflinePerHour, 0, 60);
        faults.ResetsPerHour = a.GetNumber("--resets-per-hour", faults.ResetsPerHour, 0, 60);
        return faults;
    }

    private static Cpn01Settings Settings(CommandArgs a)
    {
        var settings = new Cpn01Settings();
        settings.TdcSeconds = (int)a.GetInteger("--tdc", settings.TdcSeconds, 30, 16_777_215);
        settings.TrSeconds = (int)a.GetInteger("--tr", settings.TrSeconds, 180, 86_400);
        settings.Noud = (int)a.GetInteger("--noud", settings.Noud, 0, 32);
        settings.EventUplinkMode = a.Get("--event-uplinks") switch
        {
            null => settings.EventUplinkMode,
            "off" => Cpn01Settings.EventsOff,
            "both" => Cpn01Settings.EventsBoth,
            "open" => Cpn01Settings.EventsOpen,
            "close" => Cpn01Settings.EventsClose,
            string other => throw new UsageException($"--event-uplinks must be off, both, open or close, got '{other}'"),
        };
        return settings;
    }
}
