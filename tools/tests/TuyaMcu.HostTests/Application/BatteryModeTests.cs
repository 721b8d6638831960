using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.HostTests.Application;

/// <summary>Battery mode: deep sleep between events, without losing counts, uplinks, records or alarms.</summary>
public sealed class BatteryModeTests
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    private static DeviceBench Battery(Cpn01Settings? settings = null)
    {
        var options = new DeviceOptions { PowerMode = PowerMode.Battery };
        options.Link.WakeBeforeSend = true;
        return new DeviceBench(options: options, settings: settings);
    }

    [Fact]
    public void Day_SleepsBetweenEvents_AndKeepsTheTdcAndTrSchedule()
    {
        DeviceBench bench = Battery(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });

        bench.Loop.RunUntil(Day + 2 * Minute);

        DeviceTotals totals = bench.Totals();
        Assert.Equal(1 + 24, totals.Uplinks);
        Assert.Equal(96u, bench.App.Datalog.NextSequence - 1);
        // The TDC wakes alone: the records of the TR ticks between them are written at each wake.
        Assert.InRange(totals.TimerWakes, 24, 25);
        Assert.True(totals.AwakeMs < Day / 20, $"awake {totals.AwakeMs / 1000} s");
        Assert.True(bench.Module.Statistics.Sleeps > 20, "the module is told to sleep");
        Assert.Equal(0, bench.Module.Statistics.BytesLostAsleep);
        Assert.Equal(96, totals.RecordsAcknowledged + bench.App.Datalog.PendingCount);
    }

    [Fact]
    public void ContactChangeWhileAsleep_WakesTheChip_AndCounts()
    {
        DeviceBench bench = Battery();
        bench.Loop.RunFor(5 * Minute);
        Assert.True(bench.IsAsleep);

        bench.SetContact(closed: false);
        bench.Loop.RunFor(3 * Minute);
        bench.SetContact(closed: true);
        bench.Loop.RunFor(5 * Minute);

        DeviceTotals totals = bench.Totals();
        Assert.Equal(2, totals.ContactWakes);
        Assert.Equal(1, bench.App.Counters.Total);
        Assert.Equal(3, bench.App.Counters.LastOpenDurationMin);
        Assert.Equal(1 + 2, totals.Uplinks);
        Assert.True(bench.IsAsleep);
    }

    [Fact]
    public void OpenAlarm_FiresAcrossADeepSleep()
    {
        DeviceBench bench = Battery(new Cpn01Settings { AlarmKeepStatus = 1, AlarmKeepTimeSeconds = 1800, EventUplinkMode = Cpn01Settings.EventsOff });
        bench.Loop.RunFor(5 * Minute);

        bench.SetContact(closed: false);
        bench.Loop.RunFor(40 * Minute);

        Assert.Equal(1, bench.Totals().Alarms);
        Assert.True(bench.App.IsAlarmActive);
        var last = CloudDps.Uplinks(bench.Module).Last();
        Assert.Equal(true, last.Dps[Cpn01Dp.OpenAlarm]);
        Assert.InRange(last.AtMs, 35 * Minute, 36 * Minute);
    }

    [Fact]
    public void SleepLock_KeepsTheModuleAwake_WhileTheMcuStillSleeps()
    {
        DeviceBench bench = Battery();
        bench.Loop.RunFor(20_000);
        Assert.False(bench.IsAsleep);
        bench.Device.Dispatcher.SetSleepLock(true, null, 0);
        bench.Loop.RunFor(10 * Minute);
        long sleeps = bench.Module.Statistics.Sleeps;
        Assert.True(bench.Device.Settings.SleepLock);

        bench.Loop.RunFor(3 * Hour);

        Assert.True(bench.Module.SleepLocked);
        Assert.Equal(sleeps, bench.Module.Statistics.Sleeps);
        Assert.True(bench.Totals().Wakes >= 3);
    }

    [Fact]
    public void TrTick_DoesNotWakeTheChip_ItsRecordIsWrittenAtTheNextWake()
    {
        DeviceBench bench = Battery();
        bench.Loop.RunFor(5 * Minute);
        uint nextRecord = bench.App.Datalog.NextSequence;
        long wakes = bench.Totals().TimerWakes;

        bench.Loop.RunUntil(45 * Minute + 30_000);

        Assert.Equal(wakes, bench.Totals().TimerWakes);
        Assert.True(bench.IsAsleep);
        Assert.Equal(Hour, bench.WakeAtMs);

        bench.Loop.RunUntil(Hour + Minute);

        Assert.Equal(wakes + 1, bench.Totals().TimerWakes);
        Assert.Equal(nextRecord + 4, bench.App.Datalog.NextSequence);
    }

    [Fact]
    public void UplinkWake_AsksOnlyTheNetworkStatus_ThenReportsAndSendsTheModuleToSleep()
    {
        DeviceBench bench = Battery();
        bench.Loop.RunFor(5 * Minute);
        List<byte> sent = McuCommands(bench);

        bench.Loop.RunUntil(Hour + Minute);

        // The TDC wake (its records back-filled): no time, identity or product exchange again.
        Assert.Equal(TuyaCommand.GetNetworkStatus, sent[0]);
        Assert.Equal(TuyaCommand.SetDeviceSleep, sent[^1]);
        Assert.Contains(TuyaCommand.ReportRealTimeStatus, sent);
        Assert.Equal(4, sent.Count(c => c == TuyaCommand.ReportRecordData));
        Assert.DoesNotContain(TuyaCommand.GetGmtTime, sent);
        Assert.DoesNotContain(TuyaCommand.GetImei, sent);
        Assert.Single(sent, c => c == TuyaCommand.GetNetworkStatus);
        Assert.Equal("f864237040014733", Convert.ToHexString(bench.Device.Identity.DeviceId).ToLowerInvariant());
    }

    [Fact]
    public void UplinkWake_WaitsForTheCloudsCommandsFromTheUplinksStart_WhileTheRecordsGo()
    {
        DeviceBench bench = Battery(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        bench.Loop.RunUntil(Hour - Minute);
        long awake = bench.Totals().AwakeMs;

        // A command the cloud held comes 9 s into the wake, while the third record waits for its answer.
        bench.Loop.At(Hour + 9_000, () => bench.Module.SendDpCommand([Cpn01Dp.ReportInterval, DpType.Value, 0, 4, 0x00, 0x00, 0x1C, 0x20]));
        bench.Loop.RunUntil(Hour + Minute);

        // The report and four records, each waiting for the cloud's answer (about 10 s here), then 1 s
        // of quiet: the 10 s for the cloud's commands ran meanwhile, not after them.
        Assert.Equal(4, bench.Module.Cloud.AcceptedRecords.Count(r => r.ReceivedAtMs > Hour));
        Assert.InRange(bench.Totals().AwakeMs - awake, 10_000, 13_000);
        Assert.Equal(7200, bench.Settings.TdcSeconds);
        Assert.True(bench.IsAsleep);
    }

    /// <summary>The commands of the frames the MCU sends from now on.</summary>
    private static List<byte> McuCommands(DeviceBench bench)
    {
        var commands = new List<byte>();
        var timeline = new WireTimeline(bench.Clock, new FrameText(), entry => commands.Add(entry.Command));
        bench.World.FromMcu.Tap = timeline.McuSent;
        return commands;
    }
}
