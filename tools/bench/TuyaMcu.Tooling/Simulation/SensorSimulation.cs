using System.Globalization;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>What to simulate.</summary>
public sealed class SensorSimulationOptions
{
    /// <summary>Simulated duration, hours.</summary>
    public double Hours { get; set; } = 24;

    /// <summary>Seed for every random choice (faults, random events).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Scripted events, or null.</summary>
    public Scenario? Scenario { get; set; }

    /// <summary>Random open/close events per day (mean), 0 for none.</summary>
    public double EventsPerDay { get; set; }

    /// <summary>
    /// Exactly this many openings every day (0 for none): the contact leaves its resting state once in
    /// each equal part of the day, at a seeded moment, and comes back (<see cref="ContactRestsClosed"/>).
    /// </summary>
    public int OpeningsPerDay { get; set; }

    /// <summary>
    /// The contact's resting state: closed (true, the default; its pull-up conducts all the time) or
    /// open. Random events and openings leave it and come back to it.
    /// </summary>
    public bool ContactRestsClosed { get; set; } = true;

    /// <summary>How the module misbehaves.</summary>
    public FaultProfile Faults { get; set; } = new();

    /// <summary>The sensor's settings at start.</summary>
    public Cpn01Settings Settings { get; set; } = new();

    /// <summary>Always-on or battery (deep sleep between events).</summary>
    public TuyaMcu.Platform.PowerMode PowerMode { get; set; } = TuyaMcu.Platform.PowerMode.AlwaysOn;

    /// <summary>Told about scenario steps that do nothing (after the end of the run, pulses in contact mode); the run goes on.</summary>
    public Action<string>? Warning { get; set; }
}

/// <summary>What a simulation counted.</summary>
public sealed record SensorSimulationResult(
    double Hours,
    long FramesFromMcu,
    long FramesToMcu,
    long BadFramesSeen,
    long Uplinks,
    long ReportsAcknowledged,
    long ReportsFailed,
    long RecordsAcknowledged,
    long RecordsFailed,
    long RecordsPending,
    long Retries,
    long Timeouts,
    long ContactEvents,
    long Total,
    long Alarms,
    long ModuleResets,
    long Outages,
    long DuplicateModuleCommands,
    long SimulationSteps,
    DeviceTotals Totals,
    long RecordsMade,
    long ModuleSleeps);

/// <summary>
/// Runs the whole firmware against the simulated module in virtual time, with scripted and
/// random contact events, and reports every frame crossing the line as a timeline entry.
/// </summary>
public sealed class SensorSimulation
{
    /// <summary>Runs <paramref name="options"/>; <paramref name="timeline"/> gets every frame.</summary>
    public SensorSimulationResult Run(SensorSimulationOptions options, Action<TimelineEntry>? timeline = null)
    {
        var deviceOptions = new TuyaMcu.Platform.DeviceOptions { PowerMode = options.PowerMode };

        // A battery device tells the module to sleep, so it must wake it before sending.
        deviceOptions.Link.WakeBeforeSend = options.PowerMode == TuyaMcu.Platform.PowerMode.Battery;
        var bench = new DeviceBench(seed: options.Seed, faults: options.Faults, settings: options.Settings.Clone(), options: deviceOptions, contactClosed: options.ContactRestsClosed);
        DpRegistry dps = bench.Device.Dispatcher.Dps;
        var tally = new FrameTally();
        var text = new FrameText(id => dps.Find(id)?.Code);
        var wire = new SimulationTimeline(bench, text, entry =>
        {
            tally.Add(entry);
            timeline?.Invoke(entry);
        });

        var noService = new Power.ModuleServiceMeter(bench.Loop, bench.Module);
        long end = (long)(options.Hours * 3_600_000);
        if (options.Scenario != null)
        {
            Schedule(bench, options.Scenario, dps, end, options.Warning ?? (_ => { }));
        }

        if (options.EventsPerDay > 0)
        {
            ScheduleRandomEvents(bench, options.EventsPerDay, options.Seed, end, options.ContactRestsClosed);
        }

        if (options.OpeningsPerDay > 0)
        {
            ScheduleOpenings(bench, options.OpeningsPerDay, options.Seed, end, options.ContactRestsClosed);
        }

        bench.Loop.RunUntil(end);
        wire.Finish();

        Cpn01Application app = bench.App;
        DeviceTotals totals = bench.Totals();
        totals.BytesSent = bench.World.FromMcu.BytesWritten;
        totals.ModuleNoServiceMs = noService.NoServiceMs;
        return new SensorSimulationResult(
            options.Hours,
            tally.FromMcu,
            tally.ToMcu,
            tally.Bad,
            totals.Uplinks,
            totals.ReportsAcknowledged,
            totals.ReportsFailed,
            totals.RecordsAcknowledged,
            totals.RecordsFailed,
            app.Datalog.PendingCount,
            totals.Retries,
            totals.Timeouts,
            totals.ContactEvents,
            app.Counters.Total,
            totals.Alarms,
            bench.Module.Statistics.Resets,
            bench.Module.Statistics.Outages,
            totals.DuplicateModuleCommands,
            bench.Loop.Steps,
            totals,
            app.Datalog.NextSequence - 1,
            bench.Module.Statistics.Sleeps);
    }

    private static void Schedule(DeviceBench bench, Scenario scenario, DpRegistry dps, long endMs, Action<string> warn)
    {
        foreach (Scenario.Step step in scenario.Steps)
        {
            if (step.AtMs > endMs)
            {
                warn($"scenario line {step.Line}: {step.Action} at {Hours(step.AtMs)} comes after the end of the run ({Hours(endMs)}) and never happens");
            }

            Action action = step.Action switch
            {
                "open" => () => bench.SetContact(closed: false),
                "close" => () => bench.SetContact(closed: true),
                "pulses" => () => AddPulses(bench, long.Parse(step.Argument, CultureInfo.InvariantCulture), step.Line, warn),
                "dp" => SendDp(bench, EncodeDp(step.Argument, dps, $"scenario line {step.Line}")),
                "downlink" => SendDp(bench, RawUnit(Cpn01Dp.Cpn01Downlink, Hex.ToBytes(step.Argument))),
                "offline" => () => bench.Module.GoOffline(Scenario.Duration(step.Argument, step.Line)),
                "reset-module" => bench.Module.Reset,
                "hang-module" => bench.Module.Hang,
                "battery" => () => SetBattery(bench, int.Parse(step.Argument, CultureInfo.InvariantCulture)),
                "battery-check" => bench.Module.SendBatteryCheck,
                "outage" or "brown-out" or "button" => throw new FormatException($"scenario line {step.Line}: {step.Action} is for a profile with that input (pom01n), not cpn01"),
                _ => throw new FormatException($"scenario line {step.Line}: unknown action '{step.Action}'"),
            };
            bench.Loop.At(step.AtMs, action);
        }
    }

    private static Action SendDp(DeviceBench bench, byte[] unit) => () => bench.Module.SendDpCommand(unit);

    private static string Hours(long ms)
    {
        TimeSpan t = TimeSpan.FromMilliseconds(ms);
        return $"{(long)t.TotalHours:00}:{t:mm\\:ss}";
    }

    private static void AddPulses(DeviceBench bench, long pulses, int line, Action<string> warn)
    {
        if (bench.Settings.WorkMode != Cpn01Settings.ModePulse)
        {
            warn($"scenario line {line}: {pulses} pulses arrive in contact mode, which does not count them (set work_mode=pulse first)");
        }

        bench.Pulses.Add(pulses);
    }

    private static void SetBattery(DeviceBench bench, int percent)
    {
        bench.Battery.Percent = percent;
        bench.Battery.Millivolts = percent < 0 ? -1 : 3000 + 6 * percent;
    }

    /// <summary>Encodes "code=value" as a DP unit by the schema; throws <see cref="FormatException"/> prefixed with <paramref name="where"/>.</summary>
    public static byte[] EncodeDp(string assignment, DpRegistry dps, string where)
    {
        int equals = assignment.IndexOf('=');
        string code = equals < 0 ? assignment : assignment[..equals].Trim();
        string value = equals < 0 ? string.Empty : assignment[(equals + 1)..].Trim();
        DpDefinition definition = dps.FindByCode(code) ?? throw new FormatException($"{where}: no DP with code '{code}' in the schema");
        var buffer = new byte[4 + Math.Max(8, value.Length * 3)];
        var writer = new DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        switch (definition.Type)
        {
            case DpType.Bool:
                bool flag = value is "1" or "true" ? true : value is "0" or "false" ? false : throw new FormatException($"{where}: {code} is a bool: true or false, got '{value}'");
                writer.WriteBool(definition.Id, flag);
                break;
            case DpType.Enum:
                // A number may name an index the schema lacks (the firmware then refuses it), but it must fit the unit's byte.
                int index = definition.EnumNames == null ? -1 : Array.IndexOf(definition.EnumNames, value);
                if (index < 0 && (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out index) || index < 0 || index > byte.MaxValue))
                {
                    throw new FormatException($"{where}: {code} is one of {string.Join(", ", definition.EnumNames ?? [])}, got '{value}'");
                }

                writer.WriteEnum(definition.Id, (byte)index);
                break;
            case DpType.Value:
            case DpType.Bitmap:
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number))
                {
                    throw new FormatException($"{where}: {code} takes an integer, got '{value}'");
                }

                if (definition.Type == DpType.Value)
                {
                    writer.WriteValue(definition.Id, number);
                }
                else
                {
                    writer.WriteBitmap(definition.Id, (uint)number, definition.BitmapLength);
                }

                break;
            case DpType.String:
                writer.WriteString(definition.Id, value);
                break;
            default:
                byte[] raw = Hex.CountBytes(value) >= 0 ? Hex.ToBytes(value) : throw new FormatException($"{where}: {code} is raw: give hex bytes, got '{value}'");
                return RawUnit(definition.Id, raw);
        }

        return buffer[..writer.Length];
    }

    private static byte[] RawUnit(byte dp, byte[] value)
    {
        var buffer = new byte[value.Length + 4];
        var writer = new DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        writer.WriteRaw(dp, value, 0, value.Length);
        return buffer;
    }

    private static void ScheduleRandomEvents(DeviceBench bench, double perDay, int seed, long end, bool restsClosed)
    {
        var random = new Random(seed * 7919 + 17);
        double meanGapMs = 86_400_000.0 / perDay;
        long t = 0;
        while (true)
        {
            t += (long)(-Math.Log(1 - random.NextDouble()) * meanGapMs);
            long away = AwayMs(random);
            if (t + away >= end)
            {
                return;
            }

            bench.ContactAt(t, closed: !restsClosed);
            bench.ContactAt(t + away, closed: restsClosed);
            t += away;
        }
    }

    /// <summary>One excursion from the resting state in each of <paramref name="perDay"/> equal parts of every day, at a seeded moment within it.</summary>
    private static void ScheduleOpenings(DeviceBench bench, int perDay, int seed, long end, bool restsClosed)
    {
        var random = new Random(seed * 7919 + 29);
        long slot = 86_400_000L / perDay;
        for (long start = 0; start + slot <= end; start += slot)
        {
            long away = Math.Min(slot / 2, AwayMs(random));
            long at = start + (long)(random.NextDouble() * (slot - away));
            bench.ContactAt(at, closed: !restsClosed);
            bench.ContactAt(at + away, closed: restsClosed);
        }
    }

    /// <summary>How long an event keeps the contact away from its resting state: 2 s plus an exponential spell of mean 2 min.</summary>
    private static long AwayMs(Random random) => 2_000 + (long)(-Math.Log(1 - random.NextDouble()) * 120_000);
}
