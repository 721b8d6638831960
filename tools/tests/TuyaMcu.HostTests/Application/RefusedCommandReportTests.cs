using TuyaMcu.HostTests.Storage;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// A refused DP command or downlink changes nothing and is answered with a report of the current
/// values: of the DPs it names, and for a write-only DP, of the DPs that show what it does
/// (total_count for set_count and clear_count; report_interval and event_uplink for a downlink).
/// </summary>
public sealed class RefusedCommandReportTests
{
    private const long Minute = 60_000;

    public static TheoryData<string, byte[], string> Refused => new()
    {
        // what, the command's units, why it is refused
        { "downlink 0100000A (TDC below its minimum)", [Cpn01Dp.Cpn01Downlink, DpType.Raw, 0, 4, 0x01, 0x00, 0x00, 0x0A], "outside 30..16777215" },
        { "set_count=16777216", [Cpn01Dp.SetCount, DpType.Value, 0, 4, 0x01, 0x00, 0x00, 0x00], "outside 0..16777215" },
        { "clear_count with value 2", [Cpn01Dp.ClearCount, DpType.Bool, 0, 1, 0x02], "bool value 0x02" },
        { "report_interval 3 bytes long", [Cpn01Dp.ReportInterval, DpType.Value, 0, 3, 0x00, 0x02, 0x58], "length 3 is wrong" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusedCommand_ChangesNothing_AndIsAnsweredWithTheCurrentValues(string what, byte[] units, string reason)
    {
        DeviceBench bench = Started(new MemoryStorage());
        int before = CloudDps.Reports(bench.Module).Count;

        bench.Module.SendDpCommand(units);
        bench.Loop.RunFor(10_000);

        Assert.Equal(1, bench.Device.Dispatcher.State.DpCommandsRejected);
        Assert.Contains(reason, bench.Device.Dispatcher.State.LastDpError);
        AssertAnsweredWithCurrentValues(bench, before, units[0], what);
    }

    public static TheoryData<string, byte[]> Valid => new()
    {
        { "downlink 01000258 (TDC 600)", [Cpn01Dp.Cpn01Downlink, DpType.Raw, 0, 4, 0x01, 0x00, 0x02, 0x58] },
        { "set_count=7", [Cpn01Dp.SetCount, DpType.Value, 0, 4, 0x00, 0x00, 0x00, 0x07] },
        { "clear_count", [Cpn01Dp.ClearCount, DpType.Bool, 0, 1, 0x01] },
        { "report_interval=600", [Cpn01Dp.ReportInterval, DpType.Value, 0, 4, 0x00, 0x00, 0x02, 0x58] },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void CommandWhoseSaveFails_IsRefused_AndAnsweredWithTheCurrentValues(string what, byte[] units)
    {
        var flash = new BrokenFlash();
        DeviceBench bench = Started(flash);
        int before = CloudDps.Reports(bench.Module).Count;
        flash.Failing = true;

        bench.Module.SendDpCommand(units);
        bench.Loop.RunFor(10_000);

        Assert.Equal(1, bench.Device.Dispatcher.State.DpCommandsRejected);
        Assert.Contains("nothing changed: saving the", bench.Device.Dispatcher.State.LastDpError);
        Assert.Contains(BrokenFlash.Reason, bench.Device.Dispatcher.State.LastDpError);
        AssertAnsweredWithCurrentValues(bench, before, units[0], what);
    }

    private static DeviceBench Started(TuyaMcu.Hal.IStorage storage)
    {
        var bench = new DeviceBench(storage: storage);
        bench.Loop.RunFor(Minute);
        Assert.Null(bench.App.Set(Cpn01Dp.SetCount, 500));
        bench.Loop.RunFor(10_000);
        return bench;
    }

    // Nothing changed, and the first report after the command carries the current values.
    private static void AssertAnsweredWithCurrentValues(DeviceBench bench, int reportsBefore, byte dp, string what)
    {
        Assert.Equal(3600, bench.Settings.TdcSeconds);
        Assert.Equal(Cpn01Settings.EventsBoth, bench.Settings.EventUplinkMode);
        Assert.Equal(500, bench.Counters.Total);
        Assert.Equal(0, bench.System.Reboots);

        var reports = CloudDps.Reports(bench.Module).Skip(reportsBefore).ToList();
        Assert.True(reports.Count > 0, what + ": no report back");
        var shown = reports[0].Dps;
        switch (dp)
        {
            case Cpn01Dp.Cpn01Downlink:
                Assert.Equal(3600, shown[Cpn01Dp.ReportInterval]);
                Assert.Equal(Cpn01Settings.EventsBoth, shown[Cpn01Dp.EventUplink]);
                break;
            case Cpn01Dp.SetCount:
            case Cpn01Dp.ClearCount:
                Assert.Equal(500, shown[Cpn01Dp.TotalCount]);
                break;
            default:
                Assert.Equal(3600, shown[Cpn01Dp.ReportInterval]);
                break;
        }
    }
}
