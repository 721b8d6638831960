using System.Globalization;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Power;

/// <summary>
/// The POM01-N's backup battery over the part of a <see cref="ProfileSimulation"/> run spent on it
/// (<see cref="BatteryModeTotals"/>), against the days the manual rates it for: what
/// <c>sim --profile pom01n --power</c> prints and the web bench's <c>/api/power</c> answers. On mains
/// the battery is charged, not drawn, so only battery mode is estimated.
/// </summary>
public sealed class BackupBatteryEstimate
{
    private BackupBatteryEstimate(BatteryModeTotals onBattery, PowerEstimate estimate)
    {
        OnBattery = onBattery;
        Estimate = estimate;
    }

    /// <summary>What the firmware did on battery: the counts estimated.</summary>
    public BatteryModeTotals OnBattery { get; }

    /// <summary>Battery mode over <see cref="BatteryModeTotals.BatteryMs"/>.</summary>
    public PowerEstimate Estimate { get; }

    /// <summary>Days the battery lasts in a mains outage at this activity (infinity when nothing is drawn).</summary>
    public double OutageDays => PowerReport.OutageDays(Estimate);

    /// <summary>The days the manual rates it for (<see cref="PowerTable.Pom01nRatedOutageDays"/>).</summary>
    public double RatedOutageDays => PowerTable.Pom01nRatedOutageDays;

    /// <summary>
    /// The estimate of <paramref name="onBattery"/> with <paramref name="table"/> (<see cref="PowerTable.Pom01nBackup"/>,
    /// or it on another board); null when the run spent no time on battery.
    /// </summary>
    public static BackupBatteryEstimate? From(BatteryModeTotals onBattery, PowerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        ActivityCounts? counts = SimulationActivity.FromBatteryMode(onBattery);
        return counts == null
            ? null
            : new BackupBatteryEstimate(onBattery, PowerEstimator.Estimate(table, counts, TimeSpan.FromMilliseconds(onBattery.BatteryMs), PowerMode.Battery));
    }

    /// <summary>What was counted on battery, the estimate's table and the outage line, as <c>sim --power</c> prints them.</summary>
    public string Format()
    {
        BatteryModeTotals b = OnBattery;
        string counted = string.Create(CultureInfo.InvariantCulture,
            $"on battery: {b.BatteryMs / 3_600_000.0:0.##} h, awake {b.AwakeMs / 1000.0:0.#} s, uplinks {b.Uplinks}, " +
            $"deep-sleep wakes {b.Wakes}, module without cloud connection {b.ModuleNoServiceMs / 1000.0:0.#} s");
        return counted + Environment.NewLine + PowerReport.Format(Estimate) + Environment.NewLine + PowerReport.FormatOutage(Estimate, RatedOutageDays);
    }
}
