using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Engine;

/// <summary>
/// The spec's edge cases per command, end to end through the module simulator: the module's
/// resends of a command whose answer was lost, answers that come after the MCU gave up, the 3 s
/// retry of a time query the module cannot answer yet, the network status asked for (0x2B) when
/// the module's report was lost, and the module's unprompted notices of retained records it
/// uploaded (0x08). TuyaMcu/Core/Dispatch/README.md maps every command to its tests.
/// </summary>
public sealed class CommandCoverageTests
{
    private const long Joined = 60_000;

    [Theory]
    [InlineData(TuyaCommand.QueryProductInfo)]
    [InlineData(TuyaCommand.ReportNetworkStatus)]
    [InlineData(TuyaCommand.CheckBatteryLevel)]
    [InlineData(TuyaCommand.ReportOperatingStatus)]
    public void ModuleCommand_ResentAfterLostAnswers_IsAnsweredEachTime_ButActedOnOnce(byte command)
    {
        var faults = new FaultProfile();
        var bench = new SimulatedBench(faults: faults, battery: new SimulatedBench.FixedBattery(80));
        bench.Loop.RunFor(Joined);
        var observer = new RecordingModuleObserver();
        bench.Dispatcher.SetObserver(observer);
        ModuleStatistics module = bench.Module.Statistics;
        long resends = module.Resends;

        // The MCU's answers to the first three sends are lost; the module resends after 1, 2 and 3 s.
        faults.DropFromMcu = 1.0;
        switch (command)
        {
            case TuyaCommand.QueryProductInfo: bench.Module.SendProductQuery(); break;
            case TuyaCommand.ReportNetworkStatus: bench.Module.SendNetworkStatus(NetworkStatus.ConnectedNotBound); break;
            case TuyaCommand.CheckBatteryLevel: bench.Module.SendBatteryCheck(); break;
            default: bench.Module.SendOperatingStatus(OperatingStatus.SchemaDownloaded); break;
        }

        bench.Loop.RunFor(2_500);
        faults.DropFromMcu = 0;
        bench.Loop.RunFor(Joined);

        Assert.Equal(3, module.Resends - resends);
        Assert.Equal(3, bench.Dispatcher.Link.Statistics.DuplicateModuleCommands);
        Assert.Equal(0, module.UnansweredByMcu);
        switch (command)
        {
            case TuyaCommand.QueryProductInfo:
                Assert.Equal(1, bench.Dispatcher.State.Restarts);
                Assert.Equal(1, observer.Restarts);
                Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
                break;
            case TuyaCommand.ReportNetworkStatus:
                Assert.Equal([NetworkStatus.ConnectedNotBound], observer.NetworkStatuses);
                Assert.Equal(NetworkStatus.ConnectedNotBound, bench.Dispatcher.State.NetworkStatus);
                break;
            case TuyaCommand.CheckBatteryLevel:
                Assert.Equal(CommandResult.BatteryOk, module.LastBatteryAnswer);
                break;
            default:
                Assert.Equal([OperatingStatus.SchemaDownloaded], observer.OperatingStatuses);
                break;
        }
    }

    [Theory]
    [InlineData("imei")]
    [InlineData("binding")]
    [InlineData("cesq")]
    [InlineData("operatingStatus")]
    [InlineData("t3324")]
    [InlineData("report")]
    public void AnswerAfterTheMcuGaveUp_IsIgnored_AndTheNextRequestGetsItsOwn(string request)
    {
        var faults = new FaultProfile();
        var bench = new SimulatedBench(faults: faults, linkOptions: new LinkOptions { QueryRetries = 0, ReportRetries = 0 });
        bench.Loop.RunFor(Joined);
        bench.Module.Profile.Imei = "864237040014741";
        var log = new OutcomeLog();
        string before = Known(bench.Dispatcher.State);
        int cloud = bench.Module.Cloud.Count;

        // Every answer comes after the MCU's timeout (1 s for queries, 10 s for reports).
        faults.LateAnswer = 1.0;
        Assert.True(Send(bench.Dispatcher, request, log, 1));
        bench.Loop.RunFor(30_000);
        faults.LateAnswer = 0;

        Assert.Equal(ModuleRequestStatus.TimedOut, log.Single(1).Status);
        Assert.Equal(1, bench.Module.Statistics.LateAnswers);
        Assert.Equal(1, bench.Dispatcher.Link.Statistics.LateAnswers);
        Assert.Equal(before, Known(bench.Dispatcher.State));

        Assert.True(Send(bench.Dispatcher, request, log, 2));
        bench.Loop.RunFor(30_000);

        Assert.True(log.Single(2).Success);
        switch (request)
        {
            case "t3324":
                // The module did act on the first request: a timeout does not mean it was not applied.
                Assert.Equal(120u, bench.Module.T3324Seconds);
                break;
            case "report":
                Assert.Equal(cloud + 2, bench.Module.Cloud.Count);
                break;
            default:
                Assert.NotEqual(before, Known(bench.Dispatcher.State));
                break;
        }
    }

    [Fact]
    public void GmtTime_TheModuleCannotGiveYet_IsAskedForEveryThreeSeconds_UntilTheClockIsSet()
    {
        // The module reaches the cloud only after ten minutes.
        var bench = new SimulatedBench(profile: new ModuleProfile { NetworkSchedule = [1000, 3000, 8000, 600_000] });
        var sent = new List<(long AtMs, byte Command)>();
        bench.FromMcu.Tap = frame => sent.Add((bench.Clock.UptimeMs, frame[3]));
        bench.Loop.RunFor(Joined);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
        Assert.False(bench.Rtc.IsSet);

        // While the MCU does not believe the cloud reachable it does not ask (start-up asked once).
        Assert.Single(GmtQueries(sent, 0));

        // A status 4 while the module's time query still fails (the spec: poor network): ask every 3 s.
        bench.ToMcu.Write(FrameOf(TuyaCommand.ReportNetworkStatus, NetworkStatus.CloudConnected));
        bench.Loop.RunFor(Joined);

        List<long> retries = GmtQueries(sent, Joined);
        Assert.True(retries.Count >= 15, $"{retries.Count} GMT queries in a minute");
        Assert.All(retries.Zip(retries.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 3_000, $"asked again after {pair.Second - pair.First} ms"));
        Assert.False(bench.Rtc.IsSet);

        bench.Loop.RunUntil(600_000 + Joined);

        Assert.True(bench.Rtc.IsSet);
        Assert.InRange(bench.Rtc.UnixSeconds - bench.Clock.TrueUnixSeconds, -1, 0);
        Assert.Equal(8 * 3600, bench.Dispatcher.State.LocalOffsetSeconds);
        int asked = GmtQueries(sent, 0).Count;
        bench.Loop.RunFor(10 * Joined);
        Assert.Equal(asked, GmtQueries(sent, 0).Count);
    }

    [Fact]
    public void NetworkStatus_IsAskedFor_WhenTheModulesReportWasLost()
    {
        // The module booted long before the MCU; its one status report never arrives.
        var faults = new FaultProfile { DropToMcu = 1.0 };
        var bench = new SimulatedBench(faults: faults, profile: new ModuleProfile { BootDelayMs = int.MaxValue / 2 });
        var observer = new RecordingModuleObserver();
        bench.Dispatcher.SetObserver(observer);
        bench.Module.SendNetworkStatus(NetworkStatus.CloudConnected);
        bench.Loop.RunFor(4_500);
        Assert.Equal(1, bench.Module.Statistics.UnansweredByMcu);
        Assert.Equal(NetworkStatus.Unknown, bench.Dispatcher.State.NetworkStatus);

        faults.DropToMcu = 0;
        bench.Loop.RunFor(Joined);

        Assert.Equal([NetworkStatus.CloudConnected], observer.NetworkStatuses);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
        Assert.True(bench.Rtc.IsSet);
        Assert.Equal(4, bench.Module.Statistics.DroppedToMcu);
    }

    [Fact]
    public void RetainedRecordNotices_AfterAnOutage_AreCounted_NotTakenForAnswers()
    {
        var bench = new SimulatedBench();
        bench.Loop.RunFor(Joined);
        CommandDispatcher d = bench.Dispatcher;
        var log = new OutcomeLog();
        byte[] dps = TestDps.Units((109, DpType.Bool, 1));

        bench.Module.GoOffline(10 * 60_000);
        bench.Loop.RunFor(10_000);
        for (int tag = 1; tag <= 3; tag++)
        {
            Assert.True(d.ReportRecord(-1, dps, 0, dps.Length, log, tag));
        }

        bench.Loop.RunFor(Joined);
        Assert.All([1, 2, 3], tag => Assert.True(log.Single(tag).Success, "the module keeps records while offline"));
        Assert.Equal(0, d.State.RetainedRecordsUploaded);
        long unexpected = d.Link.Statistics.UnexpectedFrames;

        bench.Loop.RunFor(10 * 60_000);

        Assert.Equal(3, bench.Module.Statistics.RetainedUploaded);
        Assert.Equal(3, d.State.RetainedRecordsUploaded);
        Assert.Equal(unexpected + 3, d.Link.Statistics.UnexpectedFrames);
        Assert.Equal(0, d.Link.Statistics.LateAnswers);
    }

    private static bool Send(CommandDispatcher d, string request, OutcomeLog log, int tag)
    {
        byte[] dps = TestDps.Units((109, DpType.Bool, 1));
        return request switch
        {
            "imei" => d.QueryImei(log, tag),
            "binding" => d.QueryBindingStatus(log, tag),
            "cesq" => d.QueryCesq(log, tag),
            "operatingStatus" => d.QueryOperatingStatus(log, tag),
            "t3324" => d.SetT3324(120, log, tag),
            "report" => d.ReportStatus(dps, 0, dps.Length, log, tag),
            _ => throw new ArgumentException(request),
        };
    }

    private static string Known(ModuleState s) =>
        $"imei {s.Imei}, bound {s.Bound}, cesq {(s.HasCesq ? Convert.ToHexString(s.Cesq) : "-")}, operating {s.OperatingStatus}";

    private static List<long> GmtQueries(List<(long AtMs, byte Command)> sent, long fromMs) =>
        sent.Where(s => s.Command == TuyaCommand.GetGmtTime && s.AtMs >= fromMs).Select(s => s.AtMs).ToList();

    private static byte[] FrameOf(byte command, params byte[] data)
    {
        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        int length = FrameWriter.Write(frame, 0, FrameFormat.VersionNbIot, command, data, 0, data.Length);
        return frame[..length];
    }
}
