using TuyaMcu.Platform;
using TuyaMcu.Hal;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// Battery mode when the network or the module lets it down: the chip sleeps through an outage,
/// trying again with a back-off, keeps every record and sends them once the cloud is back; a
/// module that restarted while the chip slept is activated again, one that does not come back
/// gets the reset command and then its reset line; and a harsh week costs no more awake time
/// than a fault-free one plus the time spent talking.
/// </summary>
public sealed class BatteryOutageTests(ITestOutputHelper output)
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    private static DeviceBench Battery(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, Cpn01Settings? settings = null, ILog? log = null)
    {
        // A day-long outage makes 92 records: a ring of 128 holds them all, so "nothing overwritten
        // while the datalog has room" is what these tests can check (the default ring holds 8 hours).
        var options = new DeviceOptions { PowerMode = PowerMode.Battery };
        options.Link.WakeBeforeSend = true;
        return new DeviceBench(seed: seed, faults: faults, profile: profile, options: options, settings: settings ?? new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff }, log: log, datalogCapacity: 128);
    }

    [Fact]
    public void DayLongOutage_ChipSleepsThrough_BackingOff_KeepsEveryRecord_AndSendsThemAfterward()
    {
        DeviceBench bench = Battery();
        List<(long AtMs, byte Command)> sent = McuFrames(bench);
        bench.Loop.At(37 * Minute, () => bench.Module.GoOffline(23 * Hour));

        bench.Loop.RunUntil(23 * Hour + 36 * Minute);

        DeviceTotals during = bench.Totals();
        int attempts = sent.Count(f => f.Command == TuyaCommand.GetNetworkStatus);
        output.WriteLine($"during the outage: awake {during.AwakeMs / 1000} s, {attempts} network status queries, {during.UplinksPutOff} uplinks put off, {bench.App.Datalog.PendingCount} records pending");
        Assert.True(during.AwakeMs < 10 * Minute, $"awake {during.AwakeMs / 1000} s through the outage");
        Assert.InRange(attempts, 2 * 23, 2 * 23 + 6);
        Assert.True(during.UplinksPutOff <= attempts, "each put-off follows a fresh look at the network");
        Assert.DoesNotContain(sent, f => f.AtMs > Hour && (f.Command == TuyaCommand.ReportRealTimeStatus || f.Command == TuyaCommand.ReportRecordData));
        Assert.True(bench.App.Datalog.PendingCount >= 4 * 23, $"{bench.App.Datalog.PendingCount} records pending");
        Assert.Equal(0, during.OverwrittenPending);

        // The first uplink after the outage sends the whole backlog, not NOUD (8) of it.
        bench.Loop.RunUntil(24 * Hour + 10 * Minute);

        Assert.True(bench.Totals().Uplinks > during.Uplinks);
        Assert.Equal(0, bench.Totals().OverwrittenPending);
        Assert.True(bench.App.Datalog.PendingCount <= 1, $"{bench.App.Datalog.PendingCount} records still pending");
        var records = CloudDps.Records(bench.Module).Where(r => r.Accepted).ToList();
        Assert.True(records.Count >= 4 * 24, $"{records.Count} records reached the cloud");
        Assert.Equal(records.Count, records.Select(r => r.TimestampUnix).Distinct().Count());
    }

    [Fact]
    public void ModuleResetWhileTheChipSlept_IsActivatedAtTheNextUplink()
    {
        DeviceBench bench = Battery();
        bench.Loop.At(37 * Minute, bench.Module.Reset);

        bench.Loop.RunUntil(Day + 2 * Minute);

        DeviceTotals totals = bench.Totals();
        output.WriteLine($"uplinks {totals.Uplinks}, awake {totals.AwakeMs / 1000} s");
        Assert.Equal(1 + 24, totals.Uplinks);
        Assert.True(bench.Module.IsActivated);
        Assert.True(totals.AwakeMs < 30 * Minute, $"awake {totals.AwakeMs / 1000} s");
        Assert.Equal(0, totals.ModuleResetCommands + totals.ModuleResetPulses);
    }

    [Fact]
    public void ModuleThatStopsAsking_AfterARestartWhileTheChipSlept_GetsTheResetCommand_AndComesBack()
    {
        var log = new ListLog();
        DeviceBench bench = Battery(profile: new ModuleProfile { ProductQueryRounds = 1 }, log: log);
        bench.Loop.At(37 * Minute, bench.Module.Reset);

        bench.Loop.RunUntil(3 * Hour + 5 * Minute);

        DeviceTotals totals = bench.Totals();
        Assert.Equal(1, totals.ModuleResetCommands);
        Assert.Equal(0, totals.ModuleResetPulses);
        Assert.Equal(2, bench.Module.Statistics.Resets);
        Assert.Contains(log.Lines, l => l.Contains("sending it the reset command (0x03)"));
        var uplinks = CloudDps.Uplinks(bench.Module).Where(u => u.Accepted).ToList();
        for (int hour = 1; hour <= 3; hour++)
        {
            Assert.Contains(uplinks, u => u.AtMs >= hour * Hour && u.AtMs < hour * Hour + 5 * Minute);
        }
    }

    [Fact]
    public void HungModule_IsRestartedByItsResetLine_AndTheLogSaysSo()
    {
        var log = new ListLog();
        DeviceBench bench = Battery(log: log);
        bench.Loop.At(37 * Minute, bench.Module.Hang);

        bench.Loop.RunUntil(3 * Hour + 5 * Minute);

        Assert.Equal(1, bench.Module.Statistics.LineResets);
        Assert.False(bench.Module.IsHung);
        Assert.Contains(log.Lines, l => l.Contains("the module has been silent for 30 s: pulsing its reset line for 200 ms"));
        Assert.Equal(200, bench.World.ResetLine.LastHighPulseMs);
        var uplinks = CloudDps.Uplinks(bench.Module).Where(u => u.Accepted).ToList();
        Assert.Contains(uplinks, u => u.AtMs >= Hour && u.AtMs < Hour + 3 * Minute);
        Assert.Contains(uplinks, u => u.AtMs >= 3 * Hour && u.AtMs < 3 * Hour + 3 * Minute);
    }

    [Fact]
    public void DeadModule_IsRecoveredWithABackOff_WhileTheChipSleeps_AndKeepsItsRecords()
    {
        // The module hangs and ignores its reset line: nothing brings it back.
        DeviceBench bench = Battery(profile: new ModuleProfile { MinResetPulseMs = 60_000 });
        bench.Loop.At(37 * Minute, bench.Module.Hang);

        bench.Loop.RunUntil(Day);

        DeviceTotals totals = bench.Totals();
        output.WriteLine($"awake {totals.AwakeMs / 1000} s, reset pulses {totals.ModuleResetPulses}, put off {totals.UplinksPutOff}");
        Assert.True(totals.AwakeMs < 2 * Hour / 2, $"awake {totals.AwakeMs / 1000} s");

        // 10 min, 20, 40, 80, 160, 320 then every 6 h: about 8 recoveries in a day, not one per wake.
        Assert.InRange(totals.ModuleResetPulses, 5, 9);
        Assert.Equal(0, totals.OverwrittenPending);
        Assert.True(bench.App.Datalog.PendingCount >= 4 * 23);
    }

    [Fact]
    public void McuRebootDuringAnOutage_LeavesAModuleOnTheNetworkAlone()
    {
        var bench = new DeviceBench(settings: new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        bench.Loop.RunFor(Minute);
        bench.Module.GoOffline(2 * Hour);
        bench.Loop.RunFor(Minute);

        bench.Reboot();
        bench.Loop.RunFor(Hour);

        Assert.Equal(0, bench.Module.Statistics.Resets);
        Assert.Equal(0, bench.Device.Dispatcher.Recovery.ResetCommands + bench.Device.Dispatcher.Recovery.ResetPulses);
        Assert.True(bench.Device.Dispatcher.IsCloudUnavailable);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void HarshWeek_AwakeNoLongerThanAFaultFreeWeekPlusTalking_UplinkInEverySlotWithNetwork_NoRecordOverwritten(int seed)
    {
        DeviceBench calm = Battery(seed);
        calm.Loop.RunUntil(7 * Day);
        DeviceTotals free = calm.Totals();

        DeviceBench bench = Battery(seed, FaultProfile.Harsh);
        bench.Loop.RunUntil(7 * Day);
        DeviceTotals harsh = bench.Totals();

        ModuleStatistics m = bench.Module.Statistics;
        output.WriteLine($"fault-free: awake {free.AwakeMs / 1000} s, talking {free.LinkBusyMs / 1000} s, uplinks {free.Uplinks}");
        output.WriteLine($"harsh: awake {harsh.AwakeMs / 1000} s, talking {harsh.LinkBusyMs / 1000} s, uplinks {harsh.Uplinks}, put off {harsh.UplinksPutOff}, "
            + $"module resets {m.Resets}, outages {m.Outages}, reset commands {harsh.ModuleResetCommands}, reset pulses {harsh.ModuleResetPulses}, overwritten {harsh.OverwrittenPending}");
        Assert.True(m.Resets > 10 && m.Outages > 40 && m.LateAnswers > 0 && m.ReportsFailedByCloud > 0, "every fault happened");

        Assert.True(harsh.AwakeMs <= free.AwakeMs + harsh.LinkBusyMs, $"awake {harsh.AwakeMs / 1000} s > {free.AwakeMs / 1000} s + {harsh.LinkBusyMs / 1000} s talking");
        Assert.Equal(0, harsh.OverwrittenPending);

        // Every TDC slot whose second half the network was up through has an acknowledged uplink.
        var uplinks = CloudDps.Uplinks(bench.Module).Where(u => u.Accepted).Select(u => u.AtMs).ToList();
        int slotsUp = 0;
        for (long slot = Hour; slot < 7 * Day; slot += Hour)
        {
            if (!UpThroughout(bench.Module.Connectivity, slot + 29 * Minute, slot + Hour - Minute))
            {
                continue;
            }

            slotsUp++;
            Assert.True(uplinks.Any(at => at >= slot - 5 * Minute && at < slot + Hour - 5 * Minute), $"no uplink in the slot from {TimeSpan.FromMilliseconds(slot)}, though the network was up");
        }

        output.WriteLine($"{slotsUp} of 167 slots with the network up from half-way: each had its uplink");
        Assert.True(slotsUp > 80);
    }

    private static bool UpThroughout(List<(long AtMs, bool Up)> changes, long from, long to)
    {
        bool upAtStart = false;
        foreach (var (at, up) in changes)
        {
            if (at <= from)
            {
                upAtStart = up;
            }
            else if (at <= to)
            {
                return false;
            }
        }

        return upAtStart;
    }

    /// <summary>The commands the MCU sends from now on, with when.</summary>
    private static List<(long AtMs, byte Command)> McuFrames(DeviceBench bench)
    {
        var frames = new List<(long, byte)>();
        var timeline = new WireTimeline(bench.Clock, new FrameText(), entry => frames.Add((bench.Clock.UptimeMs, entry.Command)));
        bench.World.FromMcu.Tap = timeline.McuSent;
        return frames;
    }

    private sealed class ListLog : ILog
    {
        public List<string> Lines { get; } = [];

        public void Write(LogLevel level, string component, string message) => Lines.Add(component + ": " + message);
    }
}
