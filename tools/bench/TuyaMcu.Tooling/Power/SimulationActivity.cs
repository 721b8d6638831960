using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Power;

/// <summary>Turns what a simulation counted into the activity the power model charges for.</summary>
public static class SimulationActivity
{
    /// <summary>
    /// The activity of a simulated run: every uplink is a radio session; records went out inside
    /// uplink sessions (the firmware sends them right after the real-time report), and records
    /// still pending are charged as sent, since they will be; timer wakes that carried an uplink
    /// are charged as uplinks, the others as TR wakes; contact wakes as contact events; the
    /// measured awake time and the module's time without a cloud connection as they were.
    /// </summary>
    public static ActivityCounts From(SensorSimulationResult result)
    {
        DeviceTotals t = result.Totals;
        long period = (long)Math.Round(result.Hours * 3_600_000);
        long timerWakes = t.TimerWakes;
        long tdcWakes = Math.Min(timerWakes, Math.Max(0, result.Uplinks - t.ContactWakes));
        return new ActivityCounts
        {
            Uplinks = result.Uplinks,
            RecordReports = result.RecordsAcknowledged + result.RecordsFailed + result.RecordsPending,
            RecordSessions = 0,
            ContactEvents = t.Wakes > 0 ? t.ContactWakes : result.ContactEvents,
            TdcWakes = tdcWakes,
            TrWakes = timerWakes - tdcWakes,
            ModuleCommands = t.ModuleCommandsAnswered,
            BytesSent = t.BytesSent,
            ContactClosedTime = TimeSpan.FromMilliseconds(t.ContactClosedMs),
            AwakeTime = TimeSpan.FromMilliseconds(Math.Min(t.AwakeMs, period)),
            ModuleNoServiceTime = TimeSpan.FromMilliseconds(Math.Min(t.ModuleNoServiceMs, period)),
        };
    }

    /// <summary>
    /// The activity of a profile's run while it was in battery mode (<see cref="BatteryModeTotals"/>),
    /// over <see cref="BatteryModeTotals.BatteryMs"/>: the uplinks sent on battery as radio sessions,
    /// the deep-sleep wakes that carried an uplink as TDC wakes and the others (clock-log samples,
    /// battery checks, the inputs) as timer wakes of their own, the bytes sent, the measured awake time
    /// and the module's time without a cloud connection. Null when the run spent no time on battery.
    /// </summary>
    public static ActivityCounts? FromBatteryMode(BatteryModeTotals onBattery)
    {
        ArgumentNullException.ThrowIfNull(onBattery);
        if (onBattery.BatteryMs <= 0)
        {
            return null;
        }

        long uplinkWakes = Math.Min(onBattery.Wakes, onBattery.Uplinks);
        return new ActivityCounts
        {
            Uplinks = onBattery.Uplinks,
            TdcWakes = uplinkWakes,
            TrWakes = onBattery.Wakes - uplinkWakes,
            BytesSent = onBattery.BytesSent,
            AwakeTime = TimeSpan.FromMilliseconds(Math.Min(onBattery.AwakeMs, onBattery.BatteryMs)),
            ModuleNoServiceTime = TimeSpan.FromMilliseconds(Math.Min(onBattery.ModuleNoServiceMs, onBattery.BatteryMs)),
        };
    }
}
