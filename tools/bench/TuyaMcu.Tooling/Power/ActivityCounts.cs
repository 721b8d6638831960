namespace TuyaMcu.Tooling.Power;

/// <summary>
/// What a simulation (or a scenario) counted over a period: the events the <see cref="PowerEstimator"/>
/// charges energy for. Counts are totals over the period, not rates.
/// </summary>
public sealed record ActivityCounts
{
    /// <summary>Nothing happened.</summary>
    public static ActivityCounts None { get; } = new();

    /// <summary>Radio sessions for real-time reports (periodic TDC uplinks, event uplinks, alarms): each wakes the module and sends.</summary>
    public long Uplinks { get; init; }

    /// <summary>Record (datalog) reports handed to the module inside a session that was open anyway: serial work only.</summary>
    public long RecordReports { get; init; }

    /// <summary>Record reports that needed a radio session of their own (sent alone while no uplink was due).</summary>
    public long RecordSessions { get; init; }

    /// <summary>Contact events; in battery mode each one is a deep-sleep wake.</summary>
    public long ContactEvents { get; init; }

    /// <summary>Pulses counted on the pulse input; in battery mode each one is charged as a wake (the PCNT is off in deep sleep).</summary>
    public long Pulses { get; init; }

    /// <summary>Timer wakes for the periodic uplink (TDC); the uplink itself is in <see cref="Uplinks"/>.</summary>
    public long TdcWakes { get; init; }

    /// <summary>Timer wakes to take a datalog record (TR) that did not coincide with another wake.</summary>
    public long TrWakes { get; init; }

    /// <summary>Commands the module sent to the MCU (DP commands from the cloud, queries), handled in a session that was open anyway.</summary>
    public long ModuleCommands { get; init; }

    /// <summary>Bytes the MCU sent to the module.</summary>
    public long BytesSent { get; init; }

    /// <summary>How long the contact was closed (its pull-up conducts meanwhile).</summary>
    public TimeSpan ContactClosedTime { get; init; }

    /// <summary>
    /// How long the ESP32 was awake between its deep-sleep wakes and its next deep sleep, as a
    /// simulation measured it (boots excluded: the simulation boots in no time); null when not
    /// measured. In battery mode every awake millisecond is charged: the per-event figures, or
    /// this when it is longer.
    /// </summary>
    public TimeSpan? AwakeTime { get; init; }

    /// <summary>
    /// How long the module had no cloud connection (activation, outages, after a reset): it keeps
    /// trying to connect instead of resting in PSM.
    /// </summary>
    public TimeSpan ModuleNoServiceTime { get; init; }

    /// <summary>Deep-sleep wakes other than pulses: contact events, TDC and TR wakes.</summary>
    public long Wakes => ContactEvents + TdcWakes + TrWakes;

    /// <summary>Radio sessions the MCU asked for: <see cref="Uplinks"/> + <see cref="RecordSessions"/>.</summary>
    public long RadioSessions => Uplinks + RecordSessions;

    /// <summary>These counts with every count multiplied by <paramref name="factor"/> (rounded), e.g. a day scaled to a week.</summary>
    public ActivityCounts Scale(double factor)
    {
        if (double.IsNaN(factor) || double.IsInfinity(factor) || factor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "the factor must be finite and not negative");
        }

        long S(long value) => (long)Math.Round(value * factor, MidpointRounding.AwayFromZero);
        TimeSpan T(TimeSpan value) => TimeSpan.FromTicks((long)Math.Round(value.Ticks * factor, MidpointRounding.AwayFromZero));
        return new ActivityCounts
        {
            Uplinks = S(Uplinks),
            RecordReports = S(RecordReports),
            RecordSessions = S(RecordSessions),
            ContactEvents = S(ContactEvents),
            Pulses = S(Pulses),
            TdcWakes = S(TdcWakes),
            TrWakes = S(TrWakes),
            ModuleCommands = S(ModuleCommands),
            BytesSent = S(BytesSent),
            ContactClosedTime = T(ContactClosedTime),
            AwakeTime = AwakeTime is TimeSpan awake ? T(awake) : null,
            ModuleNoServiceTime = T(ModuleNoServiceTime),
        };
    }

    /// <summary>Throws when a count is negative or a time is negative or longer than <paramref name="period"/>.</summary>
    public void Validate(TimeSpan period)
    {
        (string Name, long Value)[] counts =
        [
            (nameof(Uplinks), Uplinks), (nameof(RecordReports), RecordReports), (nameof(RecordSessions), RecordSessions),
            (nameof(ContactEvents), ContactEvents), (nameof(Pulses), Pulses), (nameof(TdcWakes), TdcWakes),
            (nameof(TrWakes), TrWakes), (nameof(ModuleCommands), ModuleCommands), (nameof(BytesSent), BytesSent),
        ];
        foreach ((string name, long value) in counts)
        {
            if (value < 0)
            {
                throw new ArgumentException($"activity count {name} is negative ({value})");
            }
        }

        foreach ((string name, TimeSpan time) in new[] { ("contact closed time", ContactClosedTime), ("awake time", AwakeTime ?? TimeSpan.Zero), ("module no-service time", ModuleNoServiceTime) })
        {
            if (time < TimeSpan.Zero || time > period)
            {
                throw new ArgumentException($"{name} {time} is outside the period {period}");
            }
        }
    }
}
