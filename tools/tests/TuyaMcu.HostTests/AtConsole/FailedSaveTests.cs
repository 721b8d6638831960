using TuyaMcu.AtConsole;
using TuyaMcu.Hal;
using TuyaMcu.HostTests.Storage;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.HostTests.AtConsole;

/// <summary>
/// A save that fails is answered ERROR with the reason, logged, and changes nothing: neither the
/// flash nor the value in use, so what the device does is what a restart would find.
/// </summary>
public sealed class FailedSaveTests
{
    private const long Minute = 60_000;

    private readonly BrokenFlash _flash = new();
    private readonly Log _log = new();

    [Theory]
    [InlineData("AT+TDC=11649", "AT+TDC=?", "3600")]
    [InlineData("AT+TR=600", "AT+TR=?", "900")]
    [InlineData("AT+NOUD=12", "AT+NOUD=?", "8")]
    [InlineData("AT+TTRIG=1,30", "AT+TTRIG=?", "0,0")]
    [InlineData("AT+TTRMOD=1", "AT+TTRMOD=?", "0")]
    [InlineData("AT+CALCFLAG=42", "AT+CALCFLAG=?", "0")]
    [InlineData("AT+INTMOD=3", "AT+INTMOD=?", "1")]
    [InlineData("AT+CFGMOD=2", "AT+CFGMOD=?", "1")]
    [InlineData("AT+SETCNT=777", "AT+SETCNT=?", "5")]
    [InlineData("AT+CLRC", "AT+SETCNT=?", "5")]
    [InlineData("AT+DEBUG=1", "AT+DEBUG=?", "0")]
    [InlineData("AT+DEUI=0011223344556677", "AT+DEUI=?", "f000000000000001")]
    public void Command_WhoseSaveFails_AnswersErrorWithTheReason_AndChangesNothing(string command, string query, string unchanged)
    {
        ConsoleRig rig = Rig();
        rig.Ok("AT+SETCNT=5");
        rig.Ok("AT+DEUI=f000000000000001");
        _flash.Failing = true;

        string error = rig.Error(command, "nothing changed", "saving the", BrokenFlash.Reason);

        Assert.StartsWith("ERROR: " + command.Split('=')[0], error);
        rig.Ok(query, unchanged);
        Assert.Contains(_log.Lines, l => l.Contains(BrokenFlash.Reason));

        // A restart finds the same: nothing of it reached the flash either.
        _flash.Failing = false;
        Assert.Equal([unchanged, "OK"], new ConsoleRig(storage: _flash.Flash).Send(query));
    }

    [Fact]
    public void Password_WhoseSaveFails_IsRefused_AndTheOldOneStillLogsIn()
    {
        ConsoleRig rig = Rig();
        _flash.Failing = true;

        string error = rig.Error("AT+PWORD=s3cret99", "nothing changed", BrokenFlash.Reason);

        Assert.DoesNotContain("s3cret99", error);
        Assert.Equal(Cpn01Profile.DefaultPassword, rig.DeviceSettings.Password);
    }

    [Theory]
    [InlineData("AT+CDP=0")]
    [InlineData("AT+CLRDTA")]
    public void DatalogCommand_WhoseSaveFails_KeepsTheRecords(string command)
    {
        ConsoleRig rig = Rig();
        rig.Ok("AT+TR=180");
        rig.Run(10 * Minute);
        int records = rig.App.Datalog.Count;
        int pending = rig.App.Datalog.PendingCount;
        Assert.True(pending >= 3);
        _flash.Failing = true;

        rig.Error(command, "nothing changed", BrokenFlash.Reason);

        Assert.Equal(records, rig.App.Datalog.Count);
        Assert.Equal(pending, rig.App.Datalog.PendingCount);
    }

    [Fact]
    public void Atz_WhoseSaveFails_SaysSo_AndDoesNotReboot()
    {
        ConsoleRig rig = Rig();
        _flash.Failing = true;

        rig.Error("ATZ", "not rebooting", BrokenFlash.Reason);

        Assert.Equal(0, rig.Bench.System.Reboots);
        Assert.False(rig.Console.HasEnded);
    }

    [Fact]
    public void FactoryReset_WhoseEraseFails_SaysSo_AndDoesNotReboot()
    {
        ConsoleRig rig = Rig();
        _flash.Failing = true;

        rig.Error("AT+FDR", "erasing", BrokenFlash.Reason, "not rebooting");

        Assert.Equal(0, rig.Bench.System.Reboots);
    }

    [Fact]
    public void SleepLock_WhoseSaveFails_IsInUse_AndSavedOnceTheFlashWorksAgain()
    {
        // The module took the lock whatever the flash does: the device follows the module, says the
        // save failed, and tries again.
        ConsoleRig rig = Rig();
        _flash.Failing = true;

        string[] answer = rig.SendToModule("AT+SLEEPLOCK=1");

        Assert.Single(answer);
        Assert.Contains("the module took it, but", answer[0]);
        Assert.Contains(BrokenFlash.Reason, answer[0]);
        Assert.True(rig.DeviceSettings.SleepLock);

        _flash.Failing = false;
        rig.Run(2 * Minute);
        Assert.True(new ConsoleRig(storage: _flash.Flash).DeviceSettings.SleepLock);
    }

    [Fact]
    public void FailedSaves_AreLoggedOnce_AndRecoveryIsLogged()
    {
        ConsoleRig rig = Rig();
        _flash.Failing = true;
        rig.Error("AT+TDC=600");
        rig.Error("AT+TR=600");
        Assert.Single(_log.Lines, l => l.StartsWith("Error storage: ", StringComparison.Ordinal));

        _flash.Failing = false;
        rig.Ok("AT+TDC=600");
        Assert.Contains("Info storage: saving works again", _log.Lines);
    }

    private ConsoleRig Rig() => new(new ConsoleOptions { InactivityTimeoutMs = 0 }, storage: _flash, joined: true, log: _log);

    private sealed class Log : ILog
    {
        public List<string> Lines { get; } = [];

        public void Write(LogLevel level, string component, string message) => Lines.Add($"{level} {component}: {message}");
    }
}
