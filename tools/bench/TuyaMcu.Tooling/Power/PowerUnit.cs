namespace TuyaMcu.Tooling.Power;

/// <summary>Unit of a <see cref="PowerEntry"/> value.</summary>
public enum PowerUnit
{
    /// <summary>µA.</summary>
    Microampere,

    /// <summary>mA.</summary>
    Milliampere,

    /// <summary>s.</summary>
    Second,

    /// <summary>ms.</summary>
    Millisecond,

    /// <summary>mAh (battery capacity).</summary>
    MilliampereHour,

    /// <summary>% (a share, e.g. the usable part of a battery).</summary>
    Percent,

    /// <summary>% of the nominal capacity lost per year.</summary>
    PercentPerYear,

    /// <summary>bit/s (serial line speed).</summary>
    Baud,
}

/// <summary>Symbols of <see cref="PowerUnit"/>.</summary>
public static class PowerUnits
{
    /// <summary>The unit's symbol: "µA", "mA", "s", ...</summary>
    public static string Symbol(this PowerUnit unit) => unit switch
    {
        PowerUnit.Microampere => "µA",
        PowerUnit.Milliampere => "mA",
        PowerUnit.Second => "s",
        PowerUnit.Millisecond => "ms",
        PowerUnit.MilliampereHour => "mAh",
        PowerUnit.Percent => "%",
        PowerUnit.PercentPerYear => "%/year",
        PowerUnit.Baud => "baud",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The unit's ASCII name for machine output: "uA", "mA", "s", ...</summary>
    public static string Code(this PowerUnit unit) => unit switch
    {
        PowerUnit.Microampere => "uA",
        PowerUnit.Milliampere => "mA",
        PowerUnit.Second => "s",
        PowerUnit.Millisecond => "ms",
        PowerUnit.MilliampereHour => "mAh",
        PowerUnit.Percent => "percent",
        PowerUnit.PercentPerYear => "percent/year",
        PowerUnit.Baud => "baud",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
