using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Power;

public sealed class PowerEstimatorTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static double Average(ActivityCounts counts, PowerMode mode = PowerMode.Battery, PowerTable? table = null)
        => PowerEstimator.Estimate(table ?? PowerTable.Default, counts, Day, mode).AverageMicroamps;

    [Theory]
    [InlineData(PowerMode.Battery)]
    [InlineData(PowerMode.AlwaysOn)]
    public void TheEstimateScalesLinearlyWithUplinks(PowerMode mode)
    {
        double zero = Average(new ActivityCounts(), mode);
        double perUplink = Average(new ActivityCounts { Uplinks = 1 }, mode) - zero;
        Assert.True(perUplink > 0);
        foreach (long n in new long[] { 2, 10, 24, 34, 100, 1000 })
        {
            double expected = zero + n * perUplink;
            Assert.Equal(expected, Average(new ActivityCounts { Uplinks = n }, mode), expected * 1e-12);
        }

        // The same holds on top of other activity.
        ActivityCounts busy = PowerScenarios.Cpn01Default(eventUplinks: false);
        double baseBusy = Average(busy, mode);
        Assert.Equal(baseBusy + 10 * perUplink, Average(busy with { Uplinks = busy.Uplinks + 10 }, mode), baseBusy * 1e-12);
    }

    [Fact]
    public void OneUplinkCostsTheModuleSessionAndTheEsp32sAwakeTime()
    {
        PowerTable t = PowerTable.Default;
        double perUplink = Average(new ActivityCounts { Uplinks = 1 }) - Average(new ActivityCounts());
        double module = t[PowerEntryId.ModuleUplinkCurrent].Microamps * t[PowerEntryId.ModuleUplinkDuration].Seconds
            + t[PowerEntryId.ModuleConnectedTailCurrent].Microamps * t[PowerEntryId.ModuleConnectedTailDuration].Seconds
            + t[PowerEntryId.ModuleIdleCurrent].Microamps * t[PowerEntryId.ModuleT3324].Seconds;
        double esp32 = t.Esp32ActiveMicroamps * t[PowerEntryId.Esp32AwakePerUplink].Seconds;
        Assert.Equal((module + esp32) / Day.TotalSeconds, perUplink, 1e-9);
    }

    [Fact]
    public void BatteryModeWithZeroActivityEqualsTheSleepFloor()
    {
        PowerTable t = PowerTable.Default;
        double sleepCurrents = t[PowerEntryId.Esp32DeepSleep].Microamps + t[PowerEntryId.ModulePsmCurrent].Microamps
            + t[PowerEntryId.BoardQuiescentCustom].Microamps + t[PowerEntryId.BatteryDividerCurrent].Microamps;
        double heartbeats = PowerEstimator.ModuleSessionCharge(t, thenPsm: true) / t[PowerEntryId.ModuleHeartbeatInterval].Seconds;

        PowerEstimate idle = PowerEstimator.Estimate(t, ActivityCounts.None, Day, PowerMode.Battery);
        Assert.Equal(sleepCurrents + heartbeats, idle.AverageMicroamps, 1e-9);
        Assert.Equal(PowerEstimator.FloorMicroamps(t, PowerMode.Battery), idle.AverageMicroamps, 1e-9);

        // Without the module's own heartbeat only the sleep currents remain, whatever the period.
        PowerTable noHeartbeat = t.With(PowerEntryId.ModuleHeartbeatInterval, 1e15, PowerSource.Assume("heartbeat switched off for this test"));
        foreach (TimeSpan period in new[] { TimeSpan.FromMinutes(1), Day, TimeSpan.FromDays(365) })
        {
            Assert.Equal(sleepCurrents, PowerEstimator.Estimate(noHeartbeat, ActivityCounts.None, period, PowerMode.Battery).AverageMicroamps, 1e-6);
        }

        // In a battery build that floor is tens of µA, not mA.
        Assert.InRange(idle.AverageMicroamps, 10, 100);
    }

    [Fact]
    public void AlwaysOnIsFarHigher()
    {
        ActivityCounts cpn01 = PowerScenarios.Cpn01Default();
        double battery = Average(cpn01, PowerMode.Battery);
        double alwaysOn = Average(cpn01, PowerMode.AlwaysOn);
        double alwaysOnLightSleep = Average(cpn01, PowerMode.AlwaysOn, PowerTable.Default.WithAlwaysOnLightSleep(true));
        output.WriteLine($"battery {battery:0.0} uA, always on {alwaysOn:0.0} uA, always on with light sleep {alwaysOnLightSleep:0.0} uA");

        Assert.True(alwaysOn > 50 * battery, $"always on {alwaysOn} uA vs battery {battery} uA");
        Assert.True(alwaysOnLightSleep > 3 * battery, $"always on, light sleep {alwaysOnLightSleep} uA vs battery {battery} uA");
        Assert.True(alwaysOnLightSleep < alwaysOn);
        Assert.True(PowerEstimator.FloorMicroamps(PowerTable.Default, PowerMode.AlwaysOn) > 1000 * PowerEstimator.FloorMicroamps(PowerTable.Default, PowerMode.Battery) / 100);
    }

    /// <summary>
    /// Dragino rates the CPN01 at "up to 5 years" on the same 8500 mAh pack with an MCU that sleeps at
    /// about a µA and boots in microseconds; TuyaMcu's ESP32 pays a nanoFramework boot per wake, so it
    /// must come out in the same order of magnitude but not above: more than 1 year (less would mean a
    /// unit slip, e.g. mA for µA) and at most 6 years. Without event uplinks it must last longer.
    /// </summary>
    [Fact]
    public void TheCpn01DefaultGivesAPlausibleBatteryLife()
    {
        PowerEstimate withEvents = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(), Day, PowerMode.Battery);
        PowerEstimate withoutEvents = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(eventUplinks: false), Day, PowerMode.Battery);
        output.WriteLine(PowerReport.Format(withEvents));
        output.WriteLine(PowerReport.Format(withoutEvents));

        Assert.True(double.IsFinite(withEvents.BatteryLifeYears));
        Assert.InRange(withEvents.BatteryLifeYears, 1.0, 6.0);
        Assert.InRange(withoutEvents.BatteryLifeYears, 1.0, 6.0);
        Assert.True(withoutEvents.BatteryLifeYears > withEvents.BatteryLifeYears);

        // Average current: hundreds of µA at most, tens at least.
        Assert.InRange(withEvents.AverageMicroamps, 50, 1000);
        Assert.InRange(withoutEvents.AverageMicroamps, 50, 1000);
    }

    [Fact]
    public void SharesAddUpToOneAndMahPerDayToTheTotal()
    {
        PowerEstimate e = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(), Day, PowerMode.Battery);
        Assert.Equal(1.0, e.Contributions.Sum(c => c.Share), 1e-9);
        Assert.Equal(e.MahPerDay, e.Contributions.Sum(c => c.MahPerDay), 1e-9);
        Assert.Equal(e.AverageMicroamps * 24 / 1000, e.MahPerDay, 1e-12);
        Assert.Equal(e.Contributions.Count, e.Contributions.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void BatteryLifeFollowsTheDocumentedFormula()
    {
        PowerEstimate e = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(), Day, PowerMode.Battery);
        double expected = 8500 * 0.8 / (e.AverageMicroamps * 8.766 + 8500 * 0.01);
        Assert.Equal(expected, e.BatteryLifeYears, 1e-9);
        Assert.True(e.LifeYears(17000) > e.LifeYears(8500));

        PowerEstimate bigger = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(), Day, PowerMode.Battery, 19000);
        Assert.Equal(19000, bigger.CapacityMah);
        Assert.Equal(e.LifeYears(19000), bigger.BatteryLifeYears, 1e-12);
    }

    [Fact]
    public void TheEstimateDependsOnRatesNotOnThePeriodsLength()
    {
        ActivityCounts day = PowerScenarios.Cpn01Default(contactClosedShare: 0.25);
        double perDay = Average(day);
        double perWeek = PowerEstimator.Estimate(PowerTable.Default, day.Scale(7), TimeSpan.FromDays(7), PowerMode.Battery).AverageMicroamps;
        Assert.Equal(perDay, perWeek, perDay * 1e-9);
    }

    [Fact]
    public void AClosedContactDrawsItsPullUpForTheTimeItIsClosed()
    {
        double open = Average(new ActivityCounts());
        double half = Average(new ActivityCounts { ContactClosedTime = TimeSpan.FromHours(12) });
        Assert.Equal(PowerTable.Default[PowerEntryId.ContactPullUpClosed].Microamps / 2, half - open, 1e-9);
    }

    [Fact]
    public void PulsesWakeTheEsp32OnlyInBatteryMode()
    {
        var pulses = new ActivityCounts { Pulses = 500 };
        Assert.True(Average(pulses) > Average(new ActivityCounts()));
        Assert.Equal(Average(new ActivityCounts(), PowerMode.AlwaysOn), Average(pulses, PowerMode.AlwaysOn), 1e-9);
        Assert.Equal(Average(new ActivityCounts { ContactEvents = 500 }), Average(pulses), 1e-9);
    }

    [Fact]
    public void RecordsInAnOpenSessionCostFarLessThanRecordsSentAlone()
    {
        double zero = Average(new ActivityCounts());
        double piggybacked = Average(new ActivityCounts { RecordReports = 96 }) - zero;
        double alone = Average(new ActivityCounts { RecordSessions = 96 }) - zero;
        Assert.True(piggybacked > 0);
        Assert.True(alone > 20 * piggybacked, $"alone {alone} uA, piggybacked {piggybacked} uA");
    }

    [Fact]
    public void TheDevKitCsRegulatorDwarfsEverythingElse()
    {
        double custom = Average(PowerScenarios.Cpn01Default());
        double devkit = Average(PowerScenarios.Cpn01Default(), table: PowerTable.DevKitC);
        Assert.True(devkit > custom + 5000);
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerEstimator.Estimate(PowerTable.Default, ActivityCounts.None, TimeSpan.Zero, PowerMode.Battery));
        Assert.Throws<ArgumentException>(() => PowerEstimator.Estimate(PowerTable.Default, new ActivityCounts { Uplinks = -1 }, Day, PowerMode.Battery));
        Assert.Throws<ArgumentException>(() => PowerEstimator.Estimate(PowerTable.Default, new ActivityCounts { ContactClosedTime = TimeSpan.FromDays(2) }, Day, PowerMode.Battery));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerEstimator.Estimate(PowerTable.Default, ActivityCounts.None, Day, (PowerMode)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerEstimator.Estimate(PowerTable.Default, ActivityCounts.None, Day, PowerMode.Battery, 0));
    }
}
