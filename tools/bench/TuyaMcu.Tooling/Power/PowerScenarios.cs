namespace TuyaMcu.Tooling.Power;

/// <summary>Ready-made activity counts for the README's estimates and for tests.</summary>
public static class PowerScenarios
{
    /// <summary>One day, the period of the scenarios here.</summary>
    public static TimeSpan Day { get; } = TimeSpan.FromDays(1);

    /// <summary>Bytes of one real-time report frame to the module (header, command, length, ~6 DPs, checksum): an estimate.</summary>
    public const int ReportFrameBytes = 48;

    /// <summary>Bytes of one record (datalog) report frame: time stamp + status, count and duration DPs: an estimate.</summary>
    public const int RecordFrameBytes = 36;

    /// <summary>
    /// The CPN01's default use, per day: a periodic uplink every <paramref name="tdcSeconds"/> (TDC,
    /// default 3600 s), a datalog record every <paramref name="trSeconds"/> (TR, default 900 s) handed
    /// to the module with the next uplink (records are no extra radio sessions), and
    /// <paramref name="contactEventsPerDay"/> contact events, each an uplink of its own when
    /// <paramref name="eventUplinks"/> is set. A TR tick that falls on a TDC tick shares its wake.
    /// <paramref name="contactClosedShare"/> is the part of the day the contact is closed (its pull-up
    /// conducts): 0 for a contact that rests open.
    /// </summary>
    public static ActivityCounts Cpn01Default(
        int contactEventsPerDay = 10,
        bool eventUplinks = true,
        int tdcSeconds = 3600,
        int trSeconds = 900,
        double contactClosedShare = 0)
    {
        const int daySeconds = 86400;
        if (tdcSeconds <= 0 || trSeconds <= 0 || daySeconds % tdcSeconds != 0 || daySeconds % trSeconds != 0)
        {
            throw new ArgumentException("TDC and TR must be positive divisors of a day (86400 s)");
        }

        if (contactEventsPerDay < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(contactEventsPerDay), contactEventsPerDay, "must not be negative");
        }

        if (double.IsNaN(contactClosedShare) || contactClosedShare < 0 || contactClosedShare > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(contactClosedShare), contactClosedShare, "must be within 0..1");
        }

        long tdcTicks = daySeconds / tdcSeconds;
        long trTicks = daySeconds / trSeconds;
        long shared = daySeconds / Lcm(tdcSeconds, trSeconds);
        long uplinks = tdcTicks + (eventUplinks ? contactEventsPerDay : 0);
        return new ActivityCounts
        {
            Uplinks = uplinks,
            RecordReports = trTicks,
            RecordSessions = 0,
            ContactEvents = contactEventsPerDay,
            Pulses = 0,
            TdcWakes = tdcTicks,
            TrWakes = trTicks - shared,
            ModuleCommands = 0,
            BytesSent = uplinks * ReportFrameBytes + trTicks * RecordFrameBytes,
            ContactClosedTime = TimeSpan.FromSeconds(daySeconds * contactClosedShare),
        };
    }

    private static long Lcm(long a, long b) => a / Gcd(a, b) * b;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
