using TuyaMcu.HostTests.AtConsole;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// Behaviours the README and the console help promise, each pinned by a test that fails when the
/// behaviour is broken (each was broken by hand once and seen to fail): the count trigger, the
/// battery state's thresholds, the catch-up uplink after an outage, and the count save that a power
/// cut cannot undo.
/// </summary>
public sealed class DocumentedBehaviourTests
{
    private const long Minute = 60_000;

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Ttrmod_DecidesWhetherAnOpeningCountsBeforeTheContactCloses(int mode, int countWhileOpen)
    {
        var rig = new ConsoleRig(joined: true, settings: new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        rig.Ok($"AT+TTRMOD={mode}");
        rig.Ok("AT+TTRMOD=?", mode.ToString());

        rig.Bench.SetContact(closed: false);
        rig.Run(5_000);
        rig.Ok("AT+SETCNT=?", countWhileOpen.ToString());

        rig.Bench.SetContact(closed: true);
        rig.Run(5_000);
        rig.Ok("AT+SETCNT=?", "1");
    }

    [Theory]
    [InlineData(15, 0)]
    [InlineData(19, 0)]
    [InlineData(20, 1)]
    [InlineData(50, 1)]
    [InlineData(59, 1)]
    [InlineData(60, 2)]
    [InlineData(90, 2)]
    public void BatteryState_IsLowBelow20Percent_MiddleBelow60_ElseHigh(int percent, int state)
    {
        var bench = new DeviceBench();
        bench.Loop.RunFor(Minute);
        bench.Battery.Percent = percent;

        bench.App.RequestUplink();
        bench.Loop.RunFor(Minute);

        var uplink = CloudDps.Uplinks(bench.Module).Last();
        Assert.Equal(percent, uplink.Dps[Cpn01Dp.BatteryPercentage]);
        Assert.Equal(state, uplink.Dps[Cpn01Dp.BatteryState]);
    }

    [Fact]
    public void CloudBackAfterAnOutage_UplinksThirtySecondsLater_WithTheWholeBacklog()
    {
        // Records every 3 min, at most 2 per uplink; the outage lasts long enough for 10 of them.
        var bench = new DeviceBench(settings: new Cpn01Settings { TrSeconds = 180, Noud = 2, EventUplinkMode = Cpn01Settings.EventsOff });
        bench.Loop.RunFor(5 * Minute);
        int uplinksBefore = CloudDps.Uplinks(bench.Module).Count;
        long back = bench.Clock.UptimeMs + 30 * Minute;
        bench.Module.GoOffline(30 * Minute);

        bench.Loop.RunUntil(back + 29_000);
        Assert.Equal(uplinksBefore, CloudDps.Uplinks(bench.Module).Count);

        bench.Loop.RunUntil(back + 40_000);
        var catchUp = CloudDps.Uplinks(bench.Module).Skip(uplinksBefore).ToList();
        Assert.Single(catchUp);
        Assert.InRange(catchUp[0].AtMs, back + 30_000, back + 35_000);

        bench.Loop.RunUntil(back + 5 * Minute);
        var records = CloudDps.Records(bench.Module).Where(r => r.AtMs > back).ToList();
        Assert.True(records.Count >= 10, $"the catch-up sent {records.Count} records, not the whole backlog");
    }

    [Fact]
    public void PowerCut_After100Counts_LosesNoneOfThem()
    {
        var settings = new Cpn01Settings { WorkMode = Cpn01Settings.ModePulse, EventUplinkMode = Cpn01Settings.EventsOff };
        var bench = new DeviceBench(settings: settings);

        // Past the first minute (counts save at most once a minute) and well before the first record (15 min).
        bench.Loop.RunFor(3 * Minute);
        bench.Pulses.Add(100);
        bench.Loop.RunFor(1_000);
        Assert.Equal(100, bench.App.Counters.Total);

        bench.PowerCut();
        bench.Loop.RunFor(1_000);

        Assert.Equal(100, bench.App.Counters.Total);
    }
}
