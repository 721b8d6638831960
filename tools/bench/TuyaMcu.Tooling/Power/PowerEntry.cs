namespace TuyaMcu.Tooling.Power;

/// <summary>One figure of a <see cref="PowerTable"/>: a current, a duration, a capacity or a rate, with its source.</summary>
public sealed record PowerEntry(PowerEntryId Id, string Name, double Value, PowerUnit Unit, PowerSource Source)
{
    /// <summary>The value as a current in µA; throws for entries that are not currents.</summary>
    public double Microamps => Unit switch
    {
        PowerUnit.Microampere => Value,
        PowerUnit.Milliampere => Value * 1000.0,
        _ => throw new InvalidOperationException($"{Id} is in {Unit.Symbol()}, not a current"),
    };

    /// <summary>The value as a duration in seconds; throws for entries that are not durations.</summary>
    public double Seconds => Unit switch
    {
        PowerUnit.Second => Value,
        PowerUnit.Millisecond => Value / 1000.0,
        _ => throw new InvalidOperationException($"{Id} is in {Unit.Symbol()}, not a duration"),
    };

    /// <summary>"0.8 mA", "1.5 s", ...</summary>
    public string FormatValue() => Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " " + Unit.Symbol();
}
