using System.Globalization;
using System.Text;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Power;

/// <summary>
/// The battery-life targets and what the model says of them: the CPN01's default use (TDC 1 h,
/// TR 15 min, battery mode, contact resting open) over a simulated week, with no contact events and
/// with ten openings a day, against <see cref="Cpn01TargetYears"/>; and the bound this hardware sets
/// whatever the firmware does (only the hourly wakes, awake only for the table's per-uplink
/// figures). <c>sim --power</c> prints them (<see cref="FormatCpn01"/>); the README quotes them and
/// <c>ReadmePowerFiguresTests</c> checks the quotes.
/// </summary>
public static class PowerTargets
{
    /// <summary>The CPN01's target battery life on its 8500 mAh pack, years (issue 15; the manual claims up to 5).</summary>
    public const double Cpn01TargetYears = 3.5;

    /// <summary>Openings a day of the busier reference use.</summary>
    public const int Cpn01OpeningsPerDay = 10;

    /// <summary>Length of the reference runs, hours: a week.</summary>
    public const double ReferenceHours = 168;

    /// <summary>
    /// The CPN01's default use as <c>sim</c> runs it: the firmware's default settings, battery mode,
    /// the contact resting open and leaving it <paramref name="openingsPerDay"/> times a day, seed 1,
    /// a week: <c>sim --hours 168 --power-mode battery --contact-rests open --openings-per-day N</c>.
    /// </summary>
    public static SensorSimulationOptions Cpn01DefaultUse(int openingsPerDay) => new()
    {
        Hours = ReferenceHours,
        Seed = 1,
        PowerMode = PowerMode.Battery,
        ContactRestsClosed = false,
        OpeningsPerDay = openingsPerDay,
    };

    /// <summary>Runs <paramref name="options"/> and estimates it with <paramref name="table"/>, as <c>sim --power</c> does.</summary>
    public static PowerEstimate Estimate(PowerTable table, SensorSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SensorSimulationResult r = new SensorSimulation().Run(options);
        return PowerEstimator.Estimate(table, SimulationActivity.From(r), TimeSpan.FromHours(options.Hours), options.PowerMode);
    }

    /// <summary>
    /// The largest average current that still gives <paramref name="years"/> with <paramref name="table"/>'s
    /// battery (capacity, usable part, self-discharge), µA; 0 when self-discharge alone forbids it.
    /// </summary>
    public static double BudgetMicroamps(PowerTable table, double years)
    {
        ArgumentNullException.ThrowIfNull(table);
        double capacity = table[PowerEntryId.BatteryCapacity].Value;
        double perYear = capacity * table[PowerEntryId.BatteryUsable].Value / 100.0 / years
            - capacity * table[PowerEntryId.BatterySelfDischarge].Value / 100.0;
        return Math.Max(0, perYear / PowerEstimator.MahPerMicroampYear);
    }

    /// <summary>
    /// The best this hardware can do for the CPN01's default use by the model: a day with the 24 hourly
    /// wakes and uplinks only (no wake for a TR tick, the datalog records handed over in the hourly
    /// sessions), the ESP32 awake only for the table's per-wake and per-uplink figures.
    /// </summary>
    public static PowerEstimate HardwareBound(PowerTable table)
        => PowerEstimator.Estimate(table, PowerScenarios.Cpn01Default(contactEventsPerDay: 0) with { TrWakes = 0 }, PowerScenarios.Day, PowerMode.Battery);

    /// <summary>
    /// The term that stops <paramref name="estimate"/> from reaching <paramref name="budgetMicroamps"/>:
    /// its largest contributor (if removing any one term fits the budget, removing the largest does);
    /// null when the estimate fits.
    /// </summary>
    public static PowerContribution? StoppingTerm(PowerEstimate estimate, double budgetMicroamps)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.AverageMicroamps <= budgetMicroamps ? null : estimate.Contributions.MaxBy(c => c.AverageMicroamps);
    }

    /// <summary>Whether removing <paramref name="term"/> alone would bring <paramref name="estimate"/> within <paramref name="budgetMicroamps"/>.</summary>
    public static bool EnoughAlone(PowerEstimate estimate, PowerContribution term, double budgetMicroamps)
        => estimate.AverageMicroamps - term.AverageMicroamps <= budgetMicroamps;

    /// <summary>
    /// The lines <c>sim --power</c> ends with for the CPN01: the default use's years with no events and
    /// with ten openings a day against the target, the term that stops it, and the hardware's bound.
    /// </summary>
    public static string FormatCpn01(PowerTable table, PowerEstimate noEvents, PowerEstimate tenOpenings)
    {
        ArgumentNullException.ThrowIfNull(noEvents);
        ArgumentNullException.ThrowIfNull(tenOpenings);
        double budget = BudgetMicroamps(table, Cpn01TargetYears);
        PowerEstimate bound = HardwareBound(table);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"targets: CPN01 default use (TDC 1 h, TR 15 min, battery mode, contact resting open; a simulated week, seed 1), target {Cpn01TargetYears:0.0} years = at most {budget:0} µA")
            .AppendLine();
        string reached = noEvents.BatteryLifeYears >= Cpn01TargetYears ? "target reached" : "target not reached";
        text.Append(CultureInfo.InvariantCulture,
            $"  no contact events: {Years(noEvents)} ({noEvents.AverageMicroamps:0} µA); ten openings a day: {Years(tenOpenings)} ({tenOpenings.AverageMicroamps:0} µA); {reached}")
            .AppendLine();
        AppendStop(text, "  what stops it", noEvents, budget);
        string reachable = bound.BatteryLifeYears >= Cpn01TargetYears ? "the target is within the firmware's reach" : "the target cannot be reached on this hardware";
        text.Append(CultureInfo.InvariantCulture,
            $"  this hardware's bound (only the hourly wakes, awake only for the table's figures): {Years(bound)} ({bound.AverageMicroamps:0} µA); {reachable}")
            .AppendLine();
        AppendStop(text, "  what stops the hardware", bound, budget);
        return text.ToString();
    }

    private static void AppendStop(StringBuilder text, string label, PowerEstimate estimate, double budget)
    {
        PowerContribution? stop = StoppingTerm(estimate, budget);
        if (stop != null)
        {
            string alone = EnoughAlone(estimate, stop, budget) ? string.Empty : "; not enough alone";
            text.Append(CultureInfo.InvariantCulture,
                $"{label}: {stop.Name}, {stop.AverageMicroamps:0.0} µA of {estimate.AverageMicroamps:0} µA ({estimate.AverageMicroamps - budget:0} µA over the budget{alone})")
                .AppendLine();
        }
    }

    private static string Years(PowerEstimate estimate) => estimate.BatteryLifeYears.ToString("0.00", CultureInfo.InvariantCulture) + " years";
}
