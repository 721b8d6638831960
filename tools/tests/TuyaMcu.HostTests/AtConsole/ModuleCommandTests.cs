using TuyaMcu.AtConsole;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class ModuleCommandTests
{
    private static ConsoleRig Joined(FaultProfile? faults = null) => new(new ConsoleOptions { InactivityTimeoutMs = 0 }, joined: true, faults: faults);

    [Fact]
    public void Apn_IsSentToTheModule_WithItsPdpType()
    {
        var rig = Joined();

        Assert.Equal(["APN set to ctnb (IP)", "OK"], rig.SendToModule("AT+APN=ctnb"));
        Assert.Equal("ctnb", rig.Bench.Module.Apn!.Apn);
        Assert.Equal("IP", rig.Bench.Module.Apn.PdpType);

        Assert.Equal(["APN set to cmnbiot (IPv4v6)", "OK"], rig.SendToModule("at+apn=cmnbiot, ipv4v6"));
        Assert.Equal("IPv4v6", rig.Bench.Module.Apn!.PdpType);
        Assert.Equal(["APN set to iot.x-y_z (Non-IP)", "OK"], rig.SendToModule("AT+APN=iot.x-y_z,Non-IP"));
    }

    [Fact]
    public void Apn_BadValuesAreRefusedBeforeAnythingIsSent()
    {
        var rig = Joined();
        long frames = rig.Bench.Module.Statistics.FramesFromMcu;

        rig.Error("AT+APN=", "AT+APN=: APN must be 1..100 characters");
        rig.Error("AT+APN=bad apn", "AT+APN=bad apn: APN may hold only letters");
        rig.Error("AT+APN=" + new string('a', 101), "APN must be 1..100 characters");
        rig.Error("AT+APN=ctnb,PPP", "AT+APN=ctnb,PPP: PDP type must be IP, IPv6, IPv4v6 or Non-IP");
        rig.Error("AT+APN", "AT+APN needs a value: AT+APN=<apn>[,<pdp type>]");
        rig.Error("AT+APN=?", "AT+APN cannot be read back");

        Assert.Null(rig.Bench.Module.Apn);
        Assert.Equal(frames, rig.Bench.Module.Statistics.FramesFromMcu);
    }

    [Theory]
    [InlineData("T3324", 0, 4294967295, "T3324 set to")]
    [InlineData("HBI", 1, 4294967295, "heartbeat interval set to")]
    [InlineData("WAKEINT", 120, 4294967295, "record wake-up interval set to")]
    public void SecondsSettings_AreSentToTheModule_WithinTheirRange(string name, long min, long max, string said)
    {
        var rig = Joined();
        string cmd = "AT+" + name;

        Assert.Equal([$"{said} 3600 s", "OK"], rig.SendToModule(cmd + "=3600"));
        Assert.Equal(3600u, Read(rig.Bench.Module, name));
        Assert.Equal([$"{said} {min} s", "OK"], rig.SendToModule(cmd + "=" + min));
        Assert.Equal([$"{said} {max} s", "OK"], rig.SendToModule(cmd + "=" + max));

        rig.Error(cmd + "=" + (max + 1), $"{cmd}={max + 1}: must be {min}..{max} s");
        rig.Error(cmd + "=-1", "must be");
        rig.Error(cmd + "=1h", $"{cmd}=1h: not a whole number");
        rig.Error(cmd + "=", "a value is needed");
        rig.Error(cmd, $"{cmd} needs a value: {cmd}=<seconds>");
        rig.Error(cmd + "=?", $"{cmd} cannot be read back: the module has no query for it");
        if (min > 0)
        {
            rig.Error(cmd + "=" + (min - 1), $"must be {min}..");
        }

        Assert.Equal((uint)max, Read(rig.Bench.Module, name));
    }

    [Theory]
    [InlineData("AT+HBI=1h", "AT+HBI=1h: not a whole number")]
    [InlineData("AT+T3324=", "AT+T3324=: a value is needed")]
    [InlineData("AT+WAKEINT=119", "AT+WAKEINT=119: must be 120..4294967295 s")]
    public void SecondsSettings_NameTheUnitOnlyAfterTheRange(string line, string reason)
    {
        var rig = Joined();

        Assert.Equal(["ERROR: " + reason], rig.Send(line));
    }

    private static uint Read(ModuleSimulator module, string name) => name switch
    {
        "T3324" => module.T3324Seconds,
        "HBI" => module.HeartbeatIntervalSeconds,
        _ => module.RecordWakeUpSeconds,
    };

    [Fact]
    public void SleepLock_LocksAndUnlocks()
    {
        var rig = Joined();

        Assert.Equal(["sleep lock on: the module stays awake", "OK"], rig.SendToModule("AT+SLEEPLOCK=1"));
        Assert.True(rig.Bench.Module.SleepLocked);
        Assert.Equal(["sleep lock off: the module may sleep when idle", "OK"], rig.SendToModule("AT+SLEEPLOCK=0"));
        Assert.False(rig.Bench.Module.SleepLocked);

        rig.Error("AT+SLEEPLOCK=2", "AT+SLEEPLOCK=2: must be 0..1");
        rig.Error("AT+SLEEPLOCK", "needs a value");
        rig.Error("AT+SLEEPLOCK=?", "cannot be read back");
    }

    [Fact]
    public void Queries_AskTheModule_AndTheGetFormShowsWhatIsKnown()
    {
        var rig = Joined();

        Assert.Equal(["RSRP level 80, -61 dBm, CSQ 31", "OK"], rig.SendToModule("AT+CSQ"));
        Assert.Equal(["RxLev 40, BER 0, RSCP 255, Ec/No 255, RSRQ 34, RSRP 68", "OK"], rig.SendToModule("AT+CESQ"));
        Assert.Equal(["864237040014733", "OK"], rig.SendToModule("AT+IMEI"));
        Assert.Equal(["460113012467340", "OK"], rig.SendToModule("AT+IMSI"));
        Assert.Equal(["89861118249000363490", "OK"], rig.SendToModule("AT+ICCID"));
        Assert.Equal(["4 (cloud connected)", "OK"], rig.SendToModule("AT+NETSTAT"));
        Assert.Equal(["1 (bound)", "OK"], rig.SendToModule("AT+BIND"));
        Assert.Equal(["2 (working)", "OK"], rig.SendToModule("AT+MODSTAT"));

        rig.Ok("AT+CSQ=?", "RSRP level 80, -61 dBm, CSQ 31");
        rig.Ok("AT+CESQ=?", "RxLev 40, BER 0, RSCP 255, Ec/No 255, RSRQ 34, RSRP 68");
        rig.Ok("AT+IMEI=?", "864237040014733");
        rig.Ok("AT+IMSI=?", "460113012467340");
        rig.Ok("AT+ICCID=?", "89861118249000363490");
        rig.Ok("AT+NETSTAT=?", "4 (cloud connected)");
        rig.Ok("AT+BIND=?", "1 (bound)");
        rig.Ok("AT+MODSTAT=?", "2 (working)");

        foreach (string name in new[] { "CSQ", "CESQ", "IMEI", "IMSI", "ICCID", "NETSTAT", "BIND", "MODSTAT" })
        {
            rig.Error("AT+" + name + "=1", "AT+" + name + " takes no value");
        }
    }

    [Fact]
    public void GetForms_BeforeAnyAnswer_SayUnknown()
    {
        var rig = new ConsoleRig(faults: new FaultProfile { DropFromMcu = 1 });

        rig.Ok("AT+CSQ=?", "no reading yet (AT+CSQ asks the module)");
        rig.Ok("AT+CESQ=?", "no reading yet (AT+CESQ asks the module)");
        rig.Ok("AT+IMEI=?", "unknown yet (AT+IMEI asks the module)");
        rig.Ok("AT+BIND=?", "unknown");
        rig.Ok("AT+MODSTAT=?", "unknown");
    }

    [Fact]
    public void Actions_Heartbeat_Sleep_Time_AndModuleReset()
    {
        var rig = Joined();

        Assert.Equal(["heartbeat sent", "OK"], rig.SendToModule("AT+HEARTBEAT"));
        string[] time = rig.SendToModule("AT+TIME");
        Assert.Matches(@"^2026-01-01T00:\d\d:\d\dZ \(Unix 17672\d+\)$", time[0]);
        Assert.Equal("OK", time[1]);

        int restarts = rig.Bench.Device.Dispatcher.State.Restarts;
        Assert.Equal(["module reset to factory settings; it restarts and joins again", "OK"], rig.SendToModule("AT+MODRESET"));
        rig.Run(30_000);
        Assert.Equal(restarts + 1, rig.Bench.Device.Dispatcher.State.Restarts);

        Assert.Equal(["the module goes to sleep", "OK"], rig.SendToModule("AT+MODSLEEP"));
        Assert.Equal(1, rig.Bench.Module.Statistics.Sleeps);

        foreach (string name in new[] { "HEARTBEAT", "MODSLEEP", "TIME", "MODRESET" })
        {
            rig.Error("AT+" + name + "=1", "AT+" + name + " takes no value");
            rig.Error("AT+" + name + "=?", "AT+" + name + " has no value to get");
        }
    }

    [Fact]
    public void SilentModule_EndsWithDidNotAnswer()
    {
        var faults = new FaultProfile();
        var rig = Joined(faults);
        faults.DropFromMcu = 1;

        Assert.Equal(["ERROR: module did not answer"], rig.SendToModule("AT+IMEI"));
        Assert.Equal(["ERROR: module did not answer"], rig.SendToModule("AT+T3324=60"));
        Assert.Equal(0u, rig.Bench.Module.T3324Seconds);
    }

    [Fact]
    public void RefusingModule_SaysSo()
    {
        var rig = Joined();
        rig.Bench.Module.GoOffline(10 * 60_000);

        Assert.Equal(["ERROR: module refused"], rig.SendToModule("AT+HEARTBEAT"));
        Assert.Equal(["ERROR: module refused: it does not know the time (no cloud connection yet?)"], rig.SendToModule("AT+TIME"));
    }

    [Fact]
    public void FullRequestQueue_IsReported()
    {
        var rig = Joined();
        var dispatcher = rig.Bench.Device.Dispatcher;
        while (dispatcher.QueryImei(null!, 0))
        {
        }

        Assert.Equal(["ERROR: request queue full (the module link is busy; try again in a moment)"], rig.Send("AT+CSQ", 0));
        Assert.False(rig.Console.IsWaitingForModule);
    }

    [Fact]
    public void InputWhileWaiting_IsHeldAndRunsInOrderAfterTheAnswer()
    {
        var rig = Joined();
        rig.Transport.Type("AT+IMEI\r\nAT+TDC=600\r\nAT+TDC=?\r\n");

        Assert.Empty(rig.Run(1));
        Assert.True(rig.Console.IsWaitingForModule);
        Assert.Equal(3600, rig.Settings.TdcSeconds);

        Assert.Equal(["864237040014733", "OK", "OK", "600", "OK"], rig.Run(ConsoleRig.ModuleWaitMs));
        Assert.False(rig.Console.IsWaitingForModule);
    }

    [Fact]
    public void WaitingForTheModule_DoesNotCountAsInactivity()
    {
        var faults = new FaultProfile();
        var rig = new ConsoleRig(new ConsoleOptions { InactivityTimeoutMs = 3_000 }, faults: faults);
        faults.DropFromMcu = 1;
        rig.Bench.Loop.RunFor(2_000);

        var printed = new List<string>(rig.Send("AT+IMEI", 0));
        long started = rig.Bench.Clock.UptimeMs;
        while (rig.Console.IsWaitingForModule)
        {
            printed.AddRange(rig.Run(100));
        }

        Assert.True(rig.Bench.Clock.UptimeMs - started > 3_000);
        Assert.Equal(["ERROR: module did not answer"], printed);
        rig.Ok("AT");
    }
}
