using TuyaMcu.Platform;
namespace TuyaMcu.Tooling.Power;

/// <summary>
/// Turns activity counts into an average current, a breakdown per contributor and a battery life.
/// Deterministic and linear in every count: each contributor is either a floor current charged for
/// the whole period, or a charge per event × count / period.
/// <code>
/// I_avg [µA]       = Σ floors [µA] + Σ (count × charge per event [µA·s]) / period [s]
/// charge per event = current [µA] × time [s]
/// life [years]     = capacity × usable / (I_avg × 8.766 mAh/(µA·year) + capacity × self-discharge/year)
/// </code>
/// Battery mode — floors: ESP32 deep sleep, module PSM, board quiescent, battery divider, contact
/// pull-up × closed share. Per event (I_cpu = <see cref="PowerTable.Esp32ActiveMicroamps"/>):
/// <list type="bullet">
/// <item>wake (contact event, TDC, TR): (boot + wake handling) × I_cpu;</item>
/// <item>pulse: the same as a wake, because the PCNT stops in deep sleep;</item>
/// <item>radio session (uplink, record sent alone, module heartbeat): module uplink current × duration
/// + connected tail current × duration + idle current × T3324; the MCU's sessions also keep the ESP32
/// awake for <see cref="PowerEntryId.Esp32AwakePerUplink"/> × I_cpu;</item>
/// <item>extra frame (record report in an open session, module command): frame handling × I_cpu;</item>
/// <item>serial byte sent: 10 bit / baud × I_cpu.</item>
/// </list>
/// Always-on mode — floors: the ESP32 active (or light sleep), the module idle with its sleep lock held
/// (no PSM, so no T3324 charge), board, divider, pull-up. The ESP32's work costs nothing extra while it
/// stays active; when it light-sleeps, wakes cost wake handling (no boot), sessions cost their awake
/// time, frames and bytes as in battery mode. Pulses are counted by the PCNT in hardware.
/// Battery mode, measured time: when the counts carry the ESP32's awake time (a simulation measures
/// it), every awake millisecond is charged: the per-event ESP32 figures above (wake handling, awake
/// per session, frames, bytes), or the measured time when it is longer, the excess as
/// "ESP32 awake beyond the figures above" (boots come on top: a simulation boots in no time). The
/// deep-sleep floor is charged only for the time asleep. While the module has no cloud connection
/// (activation, outages, after a reset) it keeps trying to connect instead of resting in PSM: that
/// time is charged at its idle current. So an outage can never make a day cheaper than a fault-free one.
/// The other floors are charged for the whole period even while the ESP32 or the module is awake.
/// </summary>
public static class PowerEstimator
{
    /// <summary>Hours in a day.</summary>
    public const double HoursPerDay = 24.0;

    /// <summary>Days in a (Julian) year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>mAh drawn in a year by 1 µA: 24 h × 365.25 d / 1000.</summary>
    public const double MahPerMicroampYear = HoursPerDay * DaysPerYear / 1000.0;

    /// <summary>Bit times per byte on the 8N1 serial line (start + 8 data + stop).</summary>
    public const int BitsPerByte = 10;

    /// <summary>Estimates <paramref name="counts"/> over <paramref name="period"/>; battery life for the table's capacity.</summary>
    public static PowerEstimate Estimate(PowerTable table, ActivityCounts counts, TimeSpan period, PowerMode mode)
        => Estimate(table, counts, period, mode, null);

    /// <summary>Estimates <paramref name="counts"/> over <paramref name="period"/>; battery life for <paramref name="capacityMah"/> (the table's when null).</summary>
    public static PowerEstimate Estimate(PowerTable table, ActivityCounts counts, TimeSpan period, PowerMode mode, double? capacityMah)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(counts);
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "the period must be positive");
        }

        if (mode is not (PowerMode.AlwaysOn or PowerMode.Battery))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        }

        counts.Validate(period);
        double capacity = capacityMah ?? table[PowerEntryId.BatteryCapacity].Value;
        if (double.IsNaN(capacity) || double.IsInfinity(capacity) || capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityMah), capacityMah, "the capacity must be positive");
        }

        double seconds = period.TotalSeconds;
        bool battery = mode == PowerMode.Battery;
        bool cpuSleeps = battery || table.AlwaysOnLightSleep;
        double cpu = table.Esp32ActiveMicroamps;
        var lines = new List<(string Key, string Name, double Microamps)>();

        void Floor(string key, string name, double microamps) => lines.Add((key, name, microamps));
        void PerEvent(string key, string name, double count, double chargeMicroampSeconds) => lines.Add((key, name, count * chargeMicroampSeconds / seconds));

        // Floors. In battery mode the chip is not asleep while awake, nor the module in PSM while it has no service.
        double awakeShare = battery && counts.AwakeTime is TimeSpan awakeTime ? awakeTime.TotalSeconds / seconds : 0;
        double noServiceShare = counts.ModuleNoServiceTime.TotalSeconds / seconds;
        if (battery)
        {
            Floor("esp32-deep-sleep", "ESP32 deep sleep", table[PowerEntryId.Esp32DeepSleep].Microamps * (1 - awakeShare));
            Floor("module-psm", "module PSM", table[PowerEntryId.ModulePsmCurrent].Microamps * (1 - noServiceShare));
            Floor("module-no-service", "module without cloud connection (retrying, no PSM)", table[PowerEntryId.ModuleIdleCurrent].Microamps * noServiceShare);
        }
        else if (table.AlwaysOnLightSleep)
        {
            Floor("esp32-light-sleep", "ESP32 light sleep (always on)", table[PowerEntryId.Esp32LightSleep].Microamps);
            Floor("module-idle", "module idle, sleep lock held", table[PowerEntryId.ModuleIdleCurrent].Microamps);
        }
        else
        {
            Floor("esp32-active", "ESP32 active (always on)", cpu);
            Floor("module-idle", "module idle, sleep lock held", table[PowerEntryId.ModuleIdleCurrent].Microamps);
        }

        PowerEntry board = table.BoardQuiescent;
        Floor("board-quiescent", table.Board == BoardKind.DevKitC ? "board quiescent (DevKitC)" : "board quiescent (LDO, leakage)", board.Microamps);
        Floor("battery-divider", "battery divider", table[PowerEntryId.BatteryDividerCurrent].Microamps);
        Floor("contact-pull-up", "contact pull-up while closed",
            table[PowerEntryId.ContactPullUpClosed].Microamps * (counts.ContactClosedTime.TotalSeconds / seconds));

        // ESP32 wakes and pulses.
        double handling = table[PowerEntryId.Esp32WakeHandling].Seconds;
        double boot = table[PowerEntryId.Esp32BootAfterDeepSleep].Seconds;
        double wakeCharge = battery ? (boot + handling) * cpu : table.AlwaysOnLightSleep ? handling * cpu : 0;
        PerEvent("esp32-wakes", "ESP32 wakes (contact, TDC, TR)", counts.Wakes, wakeCharge);
        PerEvent("pulse-wakes", "pulse wakes", counts.Pulses, battery ? wakeCharge : 0);

        // Radio sessions: the MCU's and the module's own heartbeats.
        double sessionCharge = ModuleSessionCharge(table, battery);
        PerEvent("module-sessions", "module radio sessions (uplinks, records sent alone)", counts.RadioSessions, sessionCharge);
        double heartbeats = seconds / table[PowerEntryId.ModuleHeartbeatInterval].Seconds;
        PerEvent("module-heartbeats", "module heartbeats", heartbeats, sessionCharge);
        double awakePerSession = table[PowerEntryId.Esp32AwakePerUplink].Seconds;
        PerEvent("esp32-sessions", "ESP32 awake for uplinks", counts.RadioSessions, cpuSleeps ? awakePerSession * cpu : 0);

        // Serial work.
        double perFrame = table[PowerEntryId.Esp32FrameHandling].Seconds;
        double perByte = BitsPerByte / table[PowerEntryId.ModuleBaudRate].Value;
        PerEvent("esp32-frames", "ESP32 extra frames (records, module commands)", counts.RecordReports + counts.ModuleCommands, cpuSleeps ? perFrame * cpu : 0);
        PerEvent("serial-bytes", "serial transfer to the module", counts.BytesSent, cpuSleeps ? perByte * cpu : 0);

        // Every awake millisecond a simulation measured, beyond the awake time the lines above already charge.
        double charged = counts.Wakes * handling + counts.RadioSessions * awakePerSession
            + (counts.RecordReports + counts.ModuleCommands) * perFrame + counts.BytesSent * perByte;
        double beyond = battery && counts.AwakeTime is TimeSpan measured ? Math.Max(0, measured.TotalSeconds - charged) : 0;
        Floor("esp32-awake-measured", "ESP32 awake beyond the figures above (measured)", beyond * cpu / seconds);

        double total = lines.Sum(l => l.Microamps);
        PowerContribution[] contributions = lines
            .Select(l => new PowerContribution(l.Key, l.Name, l.Microamps, total > 0 ? l.Microamps / total : 0))
            .ToArray();
        return new PowerEstimate(mode, period, contributions, capacity,
            table[PowerEntryId.BatteryUsable].Value / 100.0,
            table[PowerEntryId.BatterySelfDischarge].Value);
    }

    /// <summary>
    /// The average current with no activity at all, µA: the floor currents of <paramref name="mode"/>
    /// (sleep currents, board, divider) plus the module's own heartbeat sessions, the only charge
    /// that does not depend on the counts.
    /// </summary>
    public static double FloorMicroamps(PowerTable table, PowerMode mode)
        => Estimate(table, ActivityCounts.None, TimeSpan.FromDays(1), mode).AverageMicroamps;

    /// <summary>Charge of one radio session of the module, µA·s: connected phase + connected tail (+ T3324 idle when it then enters PSM).</summary>
    public static double ModuleSessionCharge(PowerTable table, bool thenPsm)
    {
        ArgumentNullException.ThrowIfNull(table);
        double charge = table[PowerEntryId.ModuleUplinkCurrent].Microamps * table[PowerEntryId.ModuleUplinkDuration].Seconds
            + table[PowerEntryId.ModuleConnectedTailCurrent].Microamps * table[PowerEntryId.ModuleConnectedTailDuration].Seconds;
        if (thenPsm)
        {
            charge += table[PowerEntryId.ModuleIdleCurrent].Microamps * table[PowerEntryId.ModuleT3324].Seconds;
        }

        return charge;
    }
}
