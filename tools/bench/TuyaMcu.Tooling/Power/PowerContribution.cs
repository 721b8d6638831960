namespace TuyaMcu.Tooling.Power;

/// <summary>One line of a <see cref="PowerEstimate"/>: what a contributor adds to the average current.</summary>
/// <param name="Key">Stable machine name ("esp32-deep-sleep", "module-sessions", ...).</param>
/// <param name="Name">Readable name.</param>
/// <param name="AverageMicroamps">Its share of the average current, µA.</param>
/// <param name="Share">Fraction of the total average current, 0..1 (0 when the total is 0).</param>
public sealed record PowerContribution(string Key, string Name, double AverageMicroamps, double Share)
{
    /// <summary>Charge per day, mAh (µA × 24 h / 1000).</summary>
    public double MahPerDay => AverageMicroamps * PowerEstimator.HoursPerDay / 1000.0;
}
