using TuyaMcu.Platform;
using System.Text.Json;

namespace TuyaMcu.Tooling.Power;

/// <summary>The result of <see cref="PowerEstimator.Estimate(PowerTable, ActivityCounts, TimeSpan, PowerMode)"/>.</summary>
/// <param name="Mode">The power mode estimated.</param>
/// <param name="Period">The period the counts cover.</param>
/// <param name="Contributions">Every contributor, floors first, in a fixed order per mode.</param>
/// <param name="CapacityMah">Nominal battery capacity used for <see cref="BatteryLifeYears"/>.</param>
/// <param name="UsableFraction">Part of the capacity the device can use, 0..1.</param>
/// <param name="SelfDischargePercentPerYear">Self-discharge, % of the nominal capacity per year.</param>
public sealed record PowerEstimate(
    PowerMode Mode,
    TimeSpan Period,
    IReadOnlyList<PowerContribution> Contributions,
    double CapacityMah,
    double UsableFraction,
    double SelfDischargePercentPerYear)
{
    /// <summary>Average current over the period, µA.</summary>
    public double AverageMicroamps => Contributions.Sum(c => c.AverageMicroamps);

    /// <summary>Charge per day at the average current, mAh.</summary>
    public double MahPerDay => AverageMicroamps * PowerEstimator.HoursPerDay / 1000.0;

    /// <summary>Self-discharge expressed as mAh per day (not part of <see cref="AverageMicroamps"/>).</summary>
    public double SelfDischargeMahPerDay => CapacityMah * SelfDischargePercentPerYear / 100.0 / PowerEstimator.DaysPerYear;

    /// <summary>Battery life in years for <see cref="CapacityMah"/>; infinity when nothing is drawn.</summary>
    public double BatteryLifeYears => LifeYears(CapacityMah);

    /// <summary>
    /// Battery life in years for another nominal capacity:
    /// capacity × usable / (I_avg × 8.766 + capacity × self-discharge / 100), in mAh per year.
    /// </summary>
    public double LifeYears(double capacityMah)
    {
        if (double.IsNaN(capacityMah) || capacityMah <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityMah), capacityMah, "the capacity must be positive");
        }

        double perYear = AverageMicroamps * PowerEstimator.MahPerMicroampYear + capacityMah * SelfDischargePercentPerYear / 100.0;
        return perYear > 0 ? capacityMah * UsableFraction / perYear : double.PositiveInfinity;
    }

    /// <summary>The contributor with key <paramref name="key"/>, or null.</summary>
    public PowerContribution? Find(string key) => Contributions.FirstOrDefault(c => c.Key == key);

    /// <summary>Writes the estimate as one JSON object (battery life null when infinite).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("mode", Mode == PowerMode.Battery ? "battery" : "always-on");
        writer.WriteNumber("periodSeconds", Period.TotalSeconds);
        writer.WriteNumber("averageMicroamps", Round(AverageMicroamps));
        writer.WriteNumber("mahPerDay", Round(MahPerDay));
        writer.WriteStartArray("contributors");
        foreach (PowerContribution c in Contributions)
        {
            writer.WriteStartObject();
            writer.WriteString("key", c.Key);
            writer.WriteString("name", c.Name);
            writer.WriteNumber("averageMicroamps", Round(c.AverageMicroamps));
            writer.WriteNumber("mahPerDay", Round(c.MahPerDay));
            writer.WriteNumber("share", Round(c.Share));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("battery");
        writer.WriteNumber("capacityMah", CapacityMah);
        writer.WriteNumber("usableFraction", UsableFraction);
        writer.WriteNumber("selfDischargePercentPerYear", SelfDischargePercentPerYear);
        writer.WriteNumber("selfDischargeMahPerDay", Round(SelfDischargeMahPerDay));
        double years = BatteryLifeYears;
        if (double.IsInfinity(years))
        {
            writer.WriteNull("lifeYears");
        }
        else
        {
            writer.WriteNumber("lifeYears", Round(years));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 6);
}
