using TuyaMcu.AtConsole;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class DeviceCommandTests
{
    private static ConsoleOptions NeverLocks => new() { InactivityTimeoutMs = 0 };

    [Fact]
    public void Cfg_PrintsEverySettingAsItsCommand_AndTheState()
    {
        var rig = new ConsoleRig(joined: true);
        rig.Send("AT+TDC=600");
        rig.Send("AT+SETCNT=7");

        string[] cfg = rig.Send("AT+CFG");

        foreach (string expected in new[]
        {
            "AT+TDC=600", "AT+TR=900", "AT+NOUD=8", "AT+TTRIG=0,0", "AT+TTRMOD=0", "AT+CALCFLAG=0", "AT+INTMOD=1", "AT+CFGMOD=1",
            "AT+DEBUG=0", "AT+DEUI=f864237040014733", "Firmware: 1.0.0", "Count: 7", "Contact: closed", "Alarm: off",
            "Battery: 3600 mV, 90 %", "Network: 4 (cloud connected)", "IMEI: 864237040014733", "Time synced: yes",
        })
        {
            Assert.Contains(expected, cfg);
        }

        Assert.Contains(cfg, l => l.StartsWith("Signal: RSRP level 80", StringComparison.Ordinal));
        Assert.Equal("OK", cfg[^1]);
        Assert.Equal(cfg, rig.Send("AT+CFG=?"));
        rig.Error("AT+CFG=1", "AT+CFG takes no value");
    }

    [Fact]
    public void Pword_Sets_NeverShows_AndRefusesBadPasswordsWithoutEchoingThem()
    {
        var rig = new ConsoleRig();

        rig.Ok("AT+PWORD=?", "hidden (AT+PWORD=<new password> changes it)");
        rig.Ok("AT+PWORD", "hidden (AT+PWORD=<new password> changes it)");
        string tooShort = rig.Error("AT+PWORD=abc", "AT+PWORD: the password must be 4..16 characters");
        Assert.DoesNotContain("abc", tooShort);
        rig.Error("AT+PWORD=" + new string('a', 17), "4..16 characters");
        rig.Error("AT+PWORD=two words", "printable ASCII without spaces");
        rig.Error("AT+PWORD=", "4..16 characters");
        Assert.Equal(Cpn01Profile.DefaultPassword, rig.DeviceSettings.Password);

        rig.Ok("AT+PWORD=Abc-1234");
        Assert.Equal("Abc-1234", rig.DeviceSettings.Password);
    }

    [Fact]
    public void Debug_ZeroOrOne()
    {
        var rig = new ConsoleRig();
        rig.Ok("AT+DEBUG=?", "0");

        rig.Ok("AT+DEBUG=1");
        Assert.True(rig.DeviceSettings.Debug);
        rig.Ok("AT+DEBUG", "1");
        rig.Ok("AT+DEBUG=0");
        Assert.False(rig.DeviceSettings.Debug);

        rig.Error("AT+DEBUG=2", "AT+DEBUG=2: must be 0..1 (0 off, 1 on)");
        rig.Error("AT+DEBUG=on", "AT+DEBUG=on: not a whole number");
        rig.Error("AT+DEBUG=", "a value is needed");
        Assert.False(rig.DeviceSettings.Debug);
    }

    [Fact]
    public void Deui_ShowsTheImeiBasedId_AndSetsOne()
    {
        var unjoined = new ConsoleRig();
        Assert.StartsWith("unknown", unjoined.Send("AT+DEUI=?")[0]);

        var rig = new ConsoleRig(joined: true);
        rig.Ok("AT+DEUI=?", "f864237040014733");

        rig.Ok("AT+DEUI=0123456789ABCDEF");
        rig.Ok("AT+DEUI", "0123456789abcdef");
        Assert.True(rig.Bench.Device.Identity.IsFixed);

        rig.Error("AT+DEUI=0123456789abcde", "AT+DEUI=0123456789abcde: the device ID is 16 hex digits");
        rig.Error("AT+DEUI=0123456789abcdeg", "16 hex digits");
        rig.Error("AT+DEUI=0123456789abcdef0", "16 hex digits");
        rig.Error("AT+DEUI=", "16 hex digits");
        rig.Ok("AT+DEUI=?", "0123456789abcdef");
    }

    [Fact]
    public void Cdp_PrintsTheCachedRecords_AndCdpZeroClearsThem()
    {
        var rig = new ConsoleRig(NeverLocks, joined: true);
        rig.Run(50 * 60_000);
        int pending = rig.App.Datalog.PendingCount;
        Assert.True(pending >= 3, $"{pending} pending");

        string[] cached = rig.Send("AT+CDP");
        Assert.Equal(pending + 2, cached.Length);
        Assert.Matches(@"^#\d+ 2026-01-01T\d\d:\d\d:\d\dZ closed count=0 last_open=0min$", cached[0]);
        Assert.Equal($"{pending} cached record(s)", cached[^2]);
        Assert.Equal("OK", cached[^1]);
        Assert.Equal(cached, rig.Send("AT+CDP=?"));

        rig.Error("AT+CDP=1", "AT+CDP=1: the only value is 0");
        rig.Error("AT+CDP=", "the only value is 0");
        Assert.Equal(pending, rig.App.Datalog.PendingCount);

        rig.Ok("AT+CDP=0", $"{pending} cached record(s) cleared");
        Assert.Equal(0, rig.App.Datalog.PendingCount);
        Assert.Equal(pending, rig.App.Datalog.Count);
        rig.Ok("AT+CDP", "0 cached record(s)");

        // Saved at once.
        rig.Bench.Reboot();
        Assert.Equal(0, rig.Bench.App.Datalog.PendingCount);
    }

    [Fact]
    public void Cdp_ShowsRecordsWhoseTimeIsNotKnownYet()
    {
        var faults = new FaultProfile { DropFromMcu = 1 };
        var rig = new ConsoleRig(NeverLocks, faults: faults);
        rig.Run(16 * 60_000);

        string[] cached = rig.Send("AT+CDP");
        Assert.Matches(@"^#1 time unknown \(uptime 900 s\) closed count=0 last_open=0min$", cached[0]);
    }

    [Fact]
    public void ClrDta_ClearsTheWholeDatalog()
    {
        var rig = new ConsoleRig(NeverLocks, joined: true);
        rig.Run(50 * 60_000);
        int count = rig.App.Datalog.Count;
        Assert.True(count > 0);

        rig.Error("AT+CLRDTA=1", "AT+CLRDTA takes no value");
        rig.Error("AT+CLRDTA=?", "has no value to get");
        rig.Ok("AT+CLRDTA", $"Clear all stored sensor data: {count} record(s)");
        Assert.Equal(0, rig.App.Datalog.Count);
        rig.Bench.Reboot();
        Assert.Equal(0, rig.Bench.App.Datalog.Count);
    }

    [Fact]
    public void Uplink_SendsAnUplinkNow()
    {
        var rig = new ConsoleRig(joined: true);
        long uplinks = rig.App.Uplink.Uplinks;

        rig.Ok("AT+UPLINK", "uplink requested");
        rig.Run(10_000);

        Assert.Equal(uplinks + 1, rig.App.Uplink.Uplinks);
        rig.Error("AT+UPLINK=1", "takes no value");
    }

    [Fact]
    public void Uplink_BeforeTheCloudIsReachable_SaysItWaits()
    {
        var rig = new ConsoleRig();

        rig.Ok("AT+UPLINK", "uplink requested; it goes out once the cloud is reachable");
    }

    [Fact]
    public void Atz_SavesAndReboots()
    {
        var rig = new ConsoleRig(joined: true);
        rig.Ok("AT+TDC=900");
        rig.Send("AT+SETCNT=12");
        rig.Bench.Contact.Level = true;
        rig.Run(1_000);

        Assert.Equal(["rebooting", "OK"], rig.Send("ATZ"));

        Assert.Equal(1, rig.Bench.System.Reboots);
        Assert.True(rig.Console.HasEnded);
        Assert.Equal(long.MaxValue, rig.Console.NextDueMs);
        Assert.Empty(rig.Send("AT"));
        rig.Reattach();
        rig.Ok("AT+TDC=?", "900");
        rig.Ok("AT+SETCNT=?", "13");
    }

    [Fact]
    public void Fdr_ResetsToDefaults_ButKeepsTheDeviceId()
    {
        var rig = new ConsoleRig();
        rig.Send("AT+TDC=600");
        rig.Send("AT+TTRIG=1,30");
        rig.Send("AT+SETCNT=55");
        rig.Send("AT+PWORD=other123");
        rig.Send("AT+DEUI=0011223344556677");
        rig.Run(1_000);

        rig.Error("AT+FDR=1", "AT+FDR takes no value");
        Assert.Equal(["Factory reset: configuration, counters and datalog erased (device ID kept); rebooting", "OK"], rig.Send("AT+FDR"));

        Assert.Equal(1, rig.Bench.System.Reboots);
        Assert.True(rig.Console.HasEnded);
        rig.Reattach();
        Assert.Equal(Cpn01Profile.DefaultPassword, rig.DeviceSettings.Password);
        rig.Ok("AT+TDC=?", "3600");
        rig.Ok("AT+TTRIG=?", "0,0");
        rig.Ok("AT+SETCNT=?", "0");
        rig.Ok("AT+DEUI=?", "0011223344556677");
    }
}
