namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// How a simulated module misbehaves, drawn from a seeded random source so every run is
/// reproducible. Probabilities are per frame unless named per hour.
/// </summary>
public sealed class FaultProfile
{
    /// <summary>A module that never misbehaves.</summary>
    public static FaultProfile None => new();

    /// <summary>A module and network with every kind of trouble at once.</summary>
    public static FaultProfile Harsh => new()
    {
        DropToMcu = 0.03,
        DropFromMcu = 0.03,
        CorruptToMcu = 0.02,
        DuplicateToMcu = 0.02,
        DelayToMcu = 0.05,
        LateAnswer = 0.02,
        CloudFailure = 0.05,
        OfflinePerHour = 0.5,
        ResetsPerHour = 0.2,
    };

    /// <summary>A frame to the MCU is lost.</summary>
    public double DropToMcu { get; set; }

    /// <summary>A frame from the MCU is lost (or arrives corrupted and is discarded).</summary>
    public double DropFromMcu { get; set; }

    /// <summary>A byte of a frame to the MCU is flipped.</summary>
    public double CorruptToMcu { get; set; }

    /// <summary>A frame to the MCU is sent twice.</summary>
    public double DuplicateToMcu { get; set; }

    /// <summary>A frame to the MCU is delayed by up to <see cref="MaxDelayMs"/>.</summary>
    public double DelayToMcu { get; set; }

    /// <summary>Longest extra delay, ms.</summary>
    public int MaxDelayMs { get; set; } = 1500;

    /// <summary>An answer to an MCU request comes after the MCU has given up on it.</summary>
    public double LateAnswer { get; set; }

    /// <summary>The cloud rejects a report (0x05 answered 0x01, 0x08 answered 0x02).</summary>
    public double CloudFailure { get; set; }

    /// <summary>Cloud outages per hour (reports fail, records are retained, time queries fail).</summary>
    public double OfflinePerHour { get; set; }

    /// <summary>Length of an outage, ms.</summary>
    public int OfflineDurationMs { get; set; } = 10 * 60 * 1000;

    /// <summary>Module resets per hour, at random moments (mid-exchange included).</summary>
    public double ResetsPerHour { get; set; }

    /// <summary>Throws naming the first value outside 0..1 (or negative rates).</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(DropToMcu), DropToMcu), (nameof(DropFromMcu), DropFromMcu), (nameof(CorruptToMcu), CorruptToMcu),
            (nameof(DuplicateToMcu), DuplicateToMcu), (nameof(DelayToMcu), DelayToMcu), (nameof(LateAnswer), LateAnswer),
            (nameof(CloudFailure), CloudFailure),
        })
        {
            if (value < 0 || value > 1 || double.IsNaN(value))
            {
                throw new ArgumentException($"{name} must be a probability 0..1, got {value}");
            }
        }

        if (OfflinePerHour < 0 || ResetsPerHour < 0 || MaxDelayMs < 0 || OfflineDurationMs < 0)
        {
            throw new ArgumentException("rates and durations must not be negative");
        }
    }
}
