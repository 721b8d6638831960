using TuyaMcu.AtConsole;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class ConsoleAccessTests
{
    [Fact]
    public void Banner_NamesProductAndFirmware_AndAsksForThePassword()
    {
        var rig = new ConsoleRig(new ConsoleOptions { ProductName = "Sensor X", FirmwareVersion = "9.8.7" }, login: false);

        Assert.Equal(["Sensor X, firmware 9.8.7", "Enter password to access AT commands"], rig.Banner);
        Assert.False(rig.Console.IsSessionOpen);
    }

    [Fact]
    public void NothingIsWritten_BeforeTheFirstLoop()
    {
        var transport = new ScriptedTransport();
        var bench = new TuyaMcu.Tooling.Simulation.DeviceBench();
        var console = new AtCommandConsole(transport, bench.Clock, bench.Device, new ConsoleOptions());

        Assert.Equal(string.Empty, transport.TakeText());
        Assert.Equal(bench.Clock.UptimeMs, console.NextDueMs);
    }

    [Fact]
    public void CommandsBeforeThePassword_AreWrongPasswords_AndRunNothing()
    {
        var rig = new ConsoleRig(login: false);

        string error = rig.Error("AT+TDC=600", "wrong password", "2 more tries before a 30 s lockout");
        Assert.DoesNotContain("600", error);
        Assert.Equal(3600, rig.Settings.TdcSeconds);
        rig.Error("AT", "wrong password", "1 more tries");
        Assert.False(rig.Console.IsSessionOpen);
    }

    [Fact]
    public void CorrectPassword_OpensTheSession()
    {
        var rig = new ConsoleRig(login: false);

        rig.Ok(Cpn01Profile.DefaultPassword, "Correct password");
        Assert.True(rig.Console.IsSessionOpen);
        rig.Ok("AT");
    }

    [Fact]
    public void Password_IsTrimmed_ButCaseSensitive()
    {
        var rig = new ConsoleRig(login: false);
        Assert.Null(rig.DeviceSettings.SetPassword("Secret12"));

        rig.Error("secret12", "wrong password");
        rig.Ok("  Secret12  ", "Correct password");
    }

    [Fact]
    public void ThreeWrongPasswords_LockFor30s_ThenEachFurtherWrongOneDoubles_CappedAtAnHour()
    {
        var rig = new ConsoleRig(login: false);
        rig.Error("1111", "wrong password", "2 more tries");
        rig.Error("2222", "wrong password", "1 more tries");
        rig.Error("3333", "wrong password; locked for 30 s");

        // While locked every line is refused, the right password too, and the lockout does not grow.
        rig.Error(Cpn01Profile.DefaultPassword, "locked for 30 s");
        rig.Run(10_000);
        rig.Error("AT", "locked for 20 s");
        rig.Run(19_000);
        rig.Error("AT", "locked for 1 s");
        Assert.False(rig.Console.IsSessionOpen);
        rig.Run(1_000);

        int[] expected = [60, 120, 240, 480, 960, 1920, 3600, 3600];
        foreach (int seconds in expected)
        {
            rig.Error("4444", $"wrong password; locked for {seconds} s");
            rig.Run(seconds * 1000L);
        }

        rig.Ok(Cpn01Profile.DefaultPassword, "Correct password");
        Assert.True(rig.Console.IsSessionOpen);
    }

    [Fact]
    public void RightPasswordAfterALockout_ResetsTheCount()
    {
        var rig = new ConsoleRig(login: false);
        for (int i = 0; i < 3; i++)
        {
            rig.Send("bad" + i);
        }

        rig.Run(30_000);
        rig.Ok(Cpn01Profile.DefaultPassword, "Correct password");

        // Relock by inactivity, then the count starts again from zero.
        rig.Run(5 * 60_000);
        rig.Error("bad", "wrong password (2 more tries before a 30 s lockout)");
    }

    [Fact]
    public void LockoutSchedule_FollowsTheOptions()
    {
        var gate = new AccessGate(new ConsoleOptions { FreeAttempts = 2, FirstLockoutSeconds = 10, MaxLockoutSeconds = 45 });

        Assert.Equal(0, gate.LockoutSecondsFor(0));
        Assert.Equal(0, gate.LockoutSecondsFor(1));
        Assert.Equal(10, gate.LockoutSecondsFor(2));
        Assert.Equal(20, gate.LockoutSecondsFor(3));
        Assert.Equal(40, gate.LockoutSecondsFor(4));
        Assert.Equal(45, gate.LockoutSecondsFor(5));
        Assert.Equal(45, gate.LockoutSecondsFor(int.MaxValue));
    }

    [Fact]
    public void Session_LocksAfterFiveMinutesWithoutInput_AndSaysSo()
    {
        var rig = new ConsoleRig();
        rig.Run(4 * 60_000);
        rig.Ok("AT");

        // Input restarted the timer: 4 more minutes are fine.
        Assert.Empty(rig.Run(4 * 60_000));
        Assert.True(rig.Console.IsSessionOpen);

        // The message comes when the timeout passes, not with the next input.
        string[] printed = rig.Run(60_000);
        Assert.Equal(["Session locked after 5 min without input", "Enter password to access AT commands"], printed);
        Assert.False(rig.Console.IsSessionOpen);
        rig.Error("AT+TDC=?", "wrong password");
        rig.Ok(Cpn01Profile.DefaultPassword, "Correct password");
    }

    [Fact]
    public void InactivityTimeout_IsAnOption_AndZeroNeverLocks()
    {
        var shortRig = new ConsoleRig(new ConsoleOptions { InactivityTimeoutMs = 30_000 });
        Assert.Equal(["Session locked after 30 s without input", "Enter password to access AT commands"], shortRig.Run(30_000));

        var neverRig = new ConsoleRig(new ConsoleOptions { InactivityTimeoutMs = 0 });
        Assert.Empty(neverRig.Run(24 * 60 * 60_000L));
        Assert.True(neverRig.Console.IsSessionOpen);
        Assert.Equal(long.MaxValue, neverRig.Console.NextDueMs);
    }

    [Fact]
    public void NewPassword_IsNeededAfterTheSessionLocks()
    {
        var rig = new ConsoleRig();
        rig.Ok("AT+PWORD=s3cret!!");
        Assert.Equal("s3cret!!", rig.DeviceSettings.Password);
        rig.Run(5 * 60_000);

        rig.Error(Cpn01Profile.DefaultPassword, "wrong password");
        rig.Ok("s3cret!!", "Correct password");
    }

    [Fact]
    public void OpenSession_KeepsTheDeviceAwake()
    {
        var rig = new ConsoleRig(new ConsoleOptions { InactivityTimeoutMs = 60_000 });
        Assert.True(rig.Bench.Device.SleepInhibited);

        rig.Run(60_000);
        Assert.False(rig.Bench.Device.SleepInhibited);
    }

    [Fact]
    public void Options_AreValidated()
    {
        var bench = new TuyaMcu.Tooling.Simulation.DeviceBench();
        var transport = new ScriptedTransport();

        Assert.Throws<ArgumentException>(() => new AtCommandConsole(transport, bench.Clock, bench.Device, new ConsoleOptions { FreeAttempts = 0 }));
        Assert.Throws<ArgumentException>(() => new AtCommandConsole(transport, bench.Clock, bench.Device, new ConsoleOptions { FirstLockoutSeconds = 100, MaxLockoutSeconds = 50 }));
        Assert.Throws<ArgumentException>(() => new AtCommandConsole(transport, bench.Clock, bench.Device, new ConsoleOptions { InactivityTimeoutMs = -1 }));
        Assert.Throws<ArgumentNullException>(() => new AtCommandConsole(null!, bench.Clock, bench.Device, null!));
    }
}
