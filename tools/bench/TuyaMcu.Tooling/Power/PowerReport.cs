using TuyaMcu.Platform;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TuyaMcu.Tooling.Power;

/// <summary>Text and JSON renderings of a <see cref="PowerEstimate"/> and a <see cref="PowerTable"/>.</summary>
public static class PowerReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// A table of contributors (average µA, mAh per day, share) followed by the total and a line with
    /// the average current and the battery life.
    /// </summary>
    public static string Format(PowerEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        int width = Math.Max("contributor".Length, estimate.Contributions.Max(c => c.Name.Length));
        var text = new StringBuilder();
        string mode = estimate.Mode == PowerMode.Battery
            ? "battery (deep sleep between events)"
            : "always on (external power)";
        text.Append(Invariant, $"power estimate: {mode}, over {FormatPeriod(estimate.Period)}").AppendLine();
        text.Append("contributor".PadRight(width)).Append("      avg µA     mAh/day    share").AppendLine();
        foreach (PowerContribution c in estimate.Contributions)
        {
            text.Append(c.Name.PadRight(width))
                .Append(Invariant, $"  {c.AverageMicroamps,10:0.00}  {c.MahPerDay,10:0.000}  {c.Share * 100,6:0.0} %")
                .AppendLine();
        }

        text.Append(new string('-', width + 38)).AppendLine();
        text.Append("total".PadRight(width))
            .Append(Invariant, $"  {estimate.AverageMicroamps,10:0.00}  {estimate.MahPerDay,10:0.000}  {(estimate.AverageMicroamps > 0 ? 100 : 0),6:0.0} %")
            .AppendLine();
        double years = estimate.BatteryLifeYears;
        string life = double.IsInfinity(years) ? "unlimited"
            : years >= 0.1 ? years.ToString("0.00", Invariant) + " years"
            : (years * PowerEstimator.DaysPerYear).ToString("0.0", Invariant) + " days";
        text.Append(Invariant,
                $"average current {estimate.AverageMicroamps:0.0} µA ({estimate.MahPerDay:0.000} mAh/day); battery {estimate.CapacityMah:0} mAh, "
                + $"{estimate.UsableFraction * 100:0} % usable, self-discharge {estimate.SelfDischargePercentPerYear:0.##} %/year "
                + $"({estimate.SelfDischargeMahPerDay:0.000} mAh/day): {life}")
            .AppendLine();
        return text.ToString();
    }

    /// <summary>Days a backup battery lasts at the estimate's average current (and self-discharge): <see cref="PowerEstimate.BatteryLifeYears"/> in days.</summary>
    public static double OutageDays(PowerEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.BatteryLifeYears * PowerEstimator.DaysPerYear;
    }

    /// <summary>
    /// One line for a mains board's backup battery: how many days it lasts in an outage at the
    /// estimate's battery-mode activity, next to the days its maker rates it for.
    /// </summary>
    public static string FormatOutage(PowerEstimate estimate, double ratedDays)
    {
        double days = OutageDays(estimate);
        string lasts = double.IsInfinity(days) ? "without limit" : days.ToString("0.0", Invariant) + " days";
        string reached = days >= ratedDays ? "target reached" : "target not reached";
        return string.Create(Invariant,
            $"backup battery: {estimate.CapacityMah:0} mAh, {estimate.UsableFraction * 100:0} % usable, lasts {lasts} of mains outage "
            + $"at the activity measured on battery over {FormatPeriod(estimate.Period)} (manual: {ratedDays:0.#} days; {reached})");
    }

    /// <summary>Every entry of <paramref name="table"/>: name, value with unit, and source.</summary>
    public static string FormatTable(PowerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append(Invariant, $"power table: board {table.Board}, CPU {table[table.Esp32ActiveEntry].Name}, always-on light sleep {(table.AlwaysOnLightSleep ? "yes" : "no")}")
            .AppendLine();
        foreach (PowerEntry entry in table.Entries)
        {
            text.Append(Invariant, $"{entry.Name}: {entry.FormatValue()}").AppendLine();
            text.Append("    ").Append(entry.Source.ToString()).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>
    /// Every entry of <paramref name="table"/> as a Markdown table (figure, value, kind of source, the
    /// source's full text): the Power README's sources section, which a test keeps equal to this.
    /// </summary>
    public static string FormatSourcesMarkdown(PowerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append("| figure | value | kind | source |").Append('\n');
        text.Append("| --- | --- | --- | --- |").Append('\n');
        foreach (PowerEntry entry in table.Entries)
        {
            string kind = entry.Source.Kind.ToString().ToLowerInvariant();
            text.Append(Invariant, $"| {entry.Name} | {entry.FormatValue()} | {kind} | {entry.Source.Text.Replace("|", "\\|", StringComparison.Ordinal)} |").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="estimate"/> as one JSON object (see <see cref="PowerEstimate.WriteJson"/>).</summary>
    public static void WriteJson(Utf8JsonWriter writer, PowerEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        estimate.WriteJson(writer);
    }

    /// <summary>"1 day", "7 days", "36 h", "90 min", "45 s".</summary>
    public static string FormatPeriod(TimeSpan period)
    {
        if (period.Ticks % TimeSpan.TicksPerDay == 0 && period.Ticks > 0)
        {
            long days = period.Ticks / TimeSpan.TicksPerDay;
            return days == 1 ? "1 day" : days.ToString(Invariant) + " days";
        }

        if (period.TotalHours >= 1)
        {
            return period.TotalHours.ToString("0.##", Invariant) + " h";
        }

        return period.TotalMinutes >= 1
            ? period.TotalMinutes.ToString("0.##", Invariant) + " min"
            : period.TotalSeconds.ToString("0.###", Invariant) + " s";
    }
}
