using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Engine;

public sealed class EngineSimulationTests
{
    [Fact]
    public void Startup_AnswersProductInfo_ThenFetchesTimeIdentityAndSignal()
    {
        var bench = new SimulatedBench();

        bench.Loop.RunFor(60_000);

        CommandDispatcher d = bench.Dispatcher;
        Assert.Equal(StartupStage.Done, d.Stage);
        Assert.Equal("tuyamcucpn01", bench.Module.McuProductInfo!.ProductId);
        Assert.Equal(NetworkStatus.CloudConnected, d.State.NetworkStatus);
        Assert.True(bench.Rtc.IsSet);
        Assert.InRange(bench.Rtc.UnixSeconds - bench.Clock.TrueUnixSeconds, -1, 0);
        Assert.Equal(8 * 3600, d.State.LocalOffsetSeconds);
        Assert.Equal("864237040014733", d.State.Imei);
        Assert.Equal("460113012467340", d.State.Imsi);
        Assert.Equal("89861118249000363490", d.State.Iccid);

        // Start-up asked while the network was still being searched: no reading yet.
        Assert.Equal(255, d.State.RsrpLevel);
        d.QuerySignal(null, 0);
        bench.Loop.RunFor(2_000);
        Assert.Equal(80, d.State.RsrpLevel);
    }

    [Fact]
    public void Startup_ProbesTheModule_WhenOnlyTheMcuRestarted()
    {
        // The module booted long ago and will not ask for product information again.
        var bench = new SimulatedBench(profile: new ModuleProfile { BootDelayMs = int.MaxValue / 2 });
        bench.Module.SendNetworkStatus(NetworkStatus.CloudConnected);

        bench.Loop.RunFor(30_000);

        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
        Assert.True(bench.Rtc.IsSet);
    }

    public static TheoryData<string> Requests => new()
    {
        "reset", "localTime", "gmtTime", "signal", "networkStatus", "heartbeat", "sleepLock", "heartbeatInterval",
        "imsi", "iccid", "cesq", "t3324", "binding", "imei", "operatingStatus", "sleep", "wakeUpInterval", "apn",
        "report", "recordMcuTime", "recordModuleTime",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void EveryMcuRequest_RoundTripsThroughTheSimulator(string request)
    {
        var bench = new SimulatedBench();
        bench.Loop.RunFor(60_000);
        var log = new OutcomeLog();
        CommandDispatcher d = bench.Dispatcher;
        byte[] dps = TestDps.Units((109, DpType.Bool, 1));
        long stamp = bench.Clock.TrueUnixSeconds - 600;

        bool queued = request switch
        {
            "reset" => d.ResetModule(log, 1),
            "localTime" => d.QueryLocalTime(log, 1),
            "gmtTime" => d.QueryGmtTime(log, 1),
            "signal" => d.QuerySignal(log, 1),
            "networkStatus" => d.QueryNetworkStatus(log, 1),
            "heartbeat" => d.SendHeartbeat(log, 1),
            "sleepLock" => d.SetSleepLock(true, log, 1),
            "heartbeatInterval" => d.SetHeartbeatInterval(3600, log, 1),
            "imsi" => d.QueryImsi(log, 1),
            "iccid" => d.QueryIccid(log, 1),
            "cesq" => d.QueryCesq(log, 1),
            "t3324" => d.SetT3324(120, log, 1),
            "binding" => d.QueryBindingStatus(log, 1),
            "imei" => d.QueryImei(log, 1),
            "operatingStatus" => d.QueryOperatingStatus(log, 1),
            "sleep" => d.RequestModuleSleep(log, 1),
            "wakeUpInterval" => d.SetRecordWakeUpInterval(180, log, 1),
            "apn" => d.SetApn(new ApnSettings("cmnbiot", "IP"), log, 1),
            "report" => d.ReportStatus(dps, 0, dps.Length, log, 1),
            "recordMcuTime" => d.ReportRecord(stamp, dps, 0, dps.Length, log, 1),
            "recordModuleTime" => d.ReportRecord(-1, dps, 0, dps.Length, log, 1),
            _ => throw new ArgumentException(request),
        };

        Assert.True(queued);
        bench.Loop.RunFor(15_000);
        var outcome = log.Single(1);
        Assert.Equal(ModuleRequestStatus.Answered, outcome.Status);
        Assert.True(outcome.Success, $"{request} answered {outcome.Data}");

        switch (request)
        {
            case "sleepLock":
                Assert.True(bench.Module.SleepLocked);
                break;
            case "heartbeatInterval":
                Assert.Equal(3600u, bench.Module.HeartbeatIntervalSeconds);
                break;
            case "t3324":
                Assert.Equal(120u, bench.Module.T3324Seconds);
                break;
            case "wakeUpInterval":
                Assert.Equal(180u, bench.Module.RecordWakeUpSeconds);
                break;
            case "apn":
                Assert.Equal("cmnbiot", bench.Module.Apn!.Apn);
                break;
            case "cesq":
                Assert.True(d.State.HasCesq);
                Assert.Equal(0x28, d.State.Cesq[0]);
                break;
            case "binding":
                Assert.Equal(1, d.State.Bound);
                break;
            case "operatingStatus":
                Assert.Equal(OperatingStatus.Working, d.State.OperatingStatus);
                break;
            case "recordMcuTime":
                Assert.Equal(stamp, bench.Module.Cloud.Last().TimestampUnix);
                break;
            case "recordModuleTime":
                Assert.InRange(bench.Module.Cloud.Last().TimestampUnix, bench.Clock.TrueUnixSeconds - 15, bench.Clock.TrueUnixSeconds);
                break;
            case "reset":
                Assert.Equal(1, bench.Module.Statistics.Resets);
                Assert.Equal(1, d.State.Restarts);
                Assert.Equal(StartupStage.Done, d.Stage);
                break;
        }
    }

    [Fact]
    public void DpCommand_IsApplied_AndItsStateReportedBack()
    {
        var bench = new SimulatedBench(dps: TestDps.Registry(out TestDps handler));
        bench.Loop.RunFor(60_000);
        long reportsBefore = bench.Module.Statistics.ReportsReceived;

        bench.Module.SendDpCommand(TestDps.Units((1, DpType.Bool, 1)));
        bench.Loop.RunFor(10_000);

        Assert.True(handler.Switch);
        Assert.Equal(1, bench.Module.Statistics.DpCommandsAcknowledged);
        Assert.Equal(reportsBefore + 1, bench.Module.Statistics.ReportsReceived);
        Assert.Equal(Convert.FromHexString("0101000101"), bench.Module.Cloud.Last().Dps);
    }

    [Theory]
    [InlineData("0401000101", "DP 4 is not in the schema")]
    [InlineData("030200040000000A", "DP 3 (counter) is read-only")]
    [InlineData("02020004000000C8", "200 is outside 1..100")]
    [InlineData("0101000101" + "02020004000000C8", "200 is outside 1..100")]
    [InlineData("0101000101" + "0201000101", "add) is value, the command sent bool")]
    [InlineData("0101000102", "malformed DP command")]
    [InlineData("01010001010201", "malformed DP command")]
    public void InvalidDpCommand_ChangesNothing_AndTheCurrentValueIsReportedBack(string units, string reason)
    {
        var bench = new SimulatedBench(dps: TestDps.Registry(out TestDps handler));
        bench.Loop.RunFor(60_000);
        byte[] data = Convert.FromHexString(units);

        bench.Module.SendDpCommand(data);
        bench.Loop.RunFor(10_000);

        Assert.False(handler.Switch);
        Assert.Equal(0, handler.Counter);
        Assert.Equal(0, handler.Applied);
        Assert.Contains(reason, bench.Dispatcher.State.LastDpError);
        Assert.Equal(1, bench.Dispatcher.State.DpCommandsRejected);
        Assert.Equal(1, bench.Module.Statistics.DpCommandsAcknowledged);
    }

    [Fact]
    public void ResentDpCommand_IsAppliedOnce_WhenTheAnswerIsLost()
    {
        // Every MCU frame is lost for a while: the module resends its command three times.
        var faults = new FaultProfile();
        var bench = new SimulatedBench(faults: faults, dps: TestDps.Registry(out TestDps handler));
        bench.Loop.RunFor(60_000);

        faults.DropFromMcu = 1.0;
        bench.Module.SendDpCommand(TestDps.Units((2, DpType.Value, 5)));
        bench.Loop.RunFor(3_500);
        faults.DropFromMcu = 0;
        bench.Loop.RunFor(20_000);

        Assert.Equal(5, handler.Counter);
        Assert.Equal(1, handler.Applied);
        Assert.True(bench.Dispatcher.Link.Statistics.DuplicateModuleCommands >= 3);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(80, 1)]
    [InlineData(50, 1)]
    [InlineData(49, 0)]
    public void BatteryCheck_IsAnsweredAgainstTheThreshold(int percent, int expected)
    {
        var bench = new SimulatedBench(battery: new SimulatedBench.FixedBattery(percent));
        bench.Loop.RunFor(60_000);

        bench.Module.SendBatteryCheck();
        bench.Loop.RunFor(2_000);

        Assert.Equal(expected, bench.Module.Statistics.LastBatteryAnswer);
    }

    [Fact]
    public void OperatingStatus_IsTracked_AndAnswered()
    {
        var bench = new SimulatedBench();
        bench.Loop.RunFor(60_000);

        bench.Module.SendOperatingStatus(OperatingStatus.SchemaDownloaded);
        bench.Loop.RunFor(2_000);

        Assert.Equal(OperatingStatus.SchemaDownloaded, bench.Dispatcher.State.OperatingStatus);
        Assert.Equal(0, bench.Module.Statistics.UnansweredByMcu);
    }

    public static TheoryData<StartupStage> StagesToResetAt => new()
    {
        StartupStage.AwaitNetwork, StartupStage.GmtTime, StartupStage.LocalTime, StartupStage.Imei,
        StartupStage.Imsi, StartupStage.Iccid, StartupStage.Signal, StartupStage.Done,
    };

    [Theory]
    [MemberData(nameof(StagesToResetAt))]
    public void Startup_SurvivesAModuleResetAtEveryStage(StartupStage stage)
    {
        var bench = new SimulatedBench();
        var observer = new RecordingModuleObserver();
        bench.Dispatcher.SetObserver(observer);
        bool reset = false;
        bench.Loop.Add("reset", () =>
        {
            if (!reset && bench.Dispatcher.Stage == stage)
            {
                reset = true;
                bench.Module.Reset();
            }
        }, () => long.MaxValue);

        bench.Loop.RunFor(120_000);

        Assert.True(reset);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
        Assert.Equal(1, bench.Dispatcher.State.Restarts);
        Assert.Equal(1, observer.Restarts);
        Assert.NotNull(bench.Dispatcher.State.Imei);
        Assert.NotNull(bench.Dispatcher.State.Iccid);
        Assert.True(bench.Rtc.IsSet);
        Assert.Equal(NetworkStatus.CloudConnected, bench.Dispatcher.State.NetworkStatus);
    }

    [Fact]
    public void LostAnswers_AreRetried_ThenSurfacedAsTimeouts()
    {
        var faults = new FaultProfile();
        var bench = new SimulatedBench(faults: faults);
        bench.Loop.RunFor(60_000);
        var log = new OutcomeLog();

        faults.DropToMcu = 1.0;
        bench.Dispatcher.QueryImei(log, 1);
        bench.Loop.RunFor(10_000);
        faults.DropToMcu = 0;
        bench.Dispatcher.QueryImei(log, 2);
        bench.Loop.RunFor(10_000);

        Assert.Equal(ModuleRequestStatus.TimedOut, log.Single(1).Status);
        Assert.Equal(ModuleRequestStatus.Answered, log.Single(2).Status);
        Assert.True(bench.Dispatcher.Link.Statistics.Retries >= 3);
    }

    [Fact]
    public void NetworkStatus_ChangesAreRaisedAsEvents()
    {
        var bench = new SimulatedBench();
        var observer = new RecordingModuleObserver();
        bench.Dispatcher.SetObserver(observer);

        bench.Loop.RunFor(60_000);

        Assert.Equal([1, 2, 3, 4], observer.NetworkStatuses);
        Assert.Equal(1, observer.StartupsCompleted);
        Assert.Equal(1, observer.TimeSyncs);
    }

    [Fact]
    public void SleepingModule_IsWokenByThePsmPin_BeforeARequest()
    {
        var linkOptions = new LinkOptions { WakeBeforeSend = true };
        var bench = new SimulatedBench(linkOptions: linkOptions, profile: new ModuleProfile { PsmAfterIdleMs = 20_000 });
        bench.Loop.RunFor(120_000);
        Assert.True(bench.Module.IsAsleep);
        var log = new OutcomeLog();

        bench.Dispatcher.QueryImei(log, 1);
        bench.Loop.RunFor(5_000);

        Assert.True(log.Single(1).Success);
        Assert.True(bench.Module.Statistics.Wakes >= 1);
        Assert.Equal(0, bench.Module.Statistics.BytesLostAsleep);
    }

    [Fact]
    public void SleepingModule_LosesRequests_WithoutTheWakePin()
    {
        var bench = new SimulatedBench(profile: new ModuleProfile { PsmAfterIdleMs = 20_000 });
        bench.Loop.RunFor(120_000);
        var log = new OutcomeLog();

        bench.Dispatcher.QueryImei(log, 1);
        bench.Loop.RunFor(10_000);

        Assert.Equal(ModuleRequestStatus.TimedOut, log.Single(1).Status);
        Assert.True(bench.Module.Statistics.BytesLostAsleep > 0);
    }
}
