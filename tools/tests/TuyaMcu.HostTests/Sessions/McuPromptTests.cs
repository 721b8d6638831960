using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.AtConsole;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>The <c>mcu</c> prompt, fed lines directly, with no module on the line: inputs, the AT console, reboots, state.</summary>
public sealed class McuPromptTests : IDisposable
{
    private readonly VirtualClock _clock = new();
    private readonly RecordingOutput _output = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), "tuyamcu-mcu-session-" + Guid.NewGuid().ToString("N"));
    private McuSession _session;

    public McuPromptTests()
    {
        _session = Start();
    }

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private McuSession Start(string? state = null) =>
        new(_clock, new SilentTransport(), _output, new McuSessionOptions { StateDirectory = state });

    private Cpn01Application App => (Cpn01Application)_session.Device.Application;

    private List<string> Console => _output.NotesFrom("console");

    /// <summary>Types a line, then lets the firmware run for a second.</summary>
    private (bool GoOn, string Reply) Type(string line)
    {
        var reply = new StringWriter();
        bool goOn = _session.Execute(line, reply);
        for (int i = 0; i < 20; i++)
        {
            _session.Poll();
            _clock.Advance(50);
        }

        return (goOn, reply.ToString().TrimEnd());
    }

    [Fact]
    public void OpenAndClose_MoveTheContact_AndTheFirmwareCountsTheOpen()
    {
        Assert.Equal("contact open", Type("open").Reply);
        Assert.False(App.IsClosed);
        Assert.Equal("contact closed", Type("close").Reply);

        Assert.True(App.IsClosed);
        Assert.Equal(1, App.Counters.Total);
        Assert.Equal(2, App.ContactEvents);
    }

    [Fact]
    public void Pulse_FeedsTheCounter_WhichPulseModeCounts()
    {
        Type("AT+CFGMOD=2");
        var (_, reply) = Type("pulse 250");

        Assert.Equal("250 pulse(s) added, 250 in all", reply);
        Assert.Equal(250, App.Counters.Total);
    }

    [Theory]
    [InlineData("pulse")]
    [InlineData("pulse 0")]
    [InlineData("pulse -3")]
    [InlineData("pulse many")]
    [InlineData("pulse 1000001")]
    [InlineData("pulse 1 2")]
    [InlineData("open wide")]
    [InlineData("close now")]
    [InlineData("status please")]
    [InlineData("frobnicate")]
    public void BadLines_GetOneErrorLine_AndChangeNothing(string line)
    {
        PromptAssert.OneErrorLine(Type(line));

        Assert.Equal(0, _session.Pulses.Total);
        Assert.True(App.IsClosed);
        Assert.Equal(0, App.ContactEvents);
        Assert.Empty(Console);
    }

    [Theory]
    [InlineData("AT+TDC=600")]
    [InlineData("at+tdc=600")]
    [InlineData("at AT+TDC=600")]
    public void AtCommands_RunOnTheFirmwaresConsole_AlreadyLoggedIn(string line)
    {
        var (goOn, reply) = Type(line);

        Assert.True(goOn);
        Assert.Equal("", reply);
        Assert.Equal(["OK"], Console);
        Assert.Equal(600, App.Settings.TdcSeconds);
        Type("at AT+TDC=?");
        Assert.Equal(["OK", "600", "OK"], Console);
    }

    [Fact]
    public void AtAlone_IsTheAttentionCommand()
    {
        Type("at");

        Assert.Equal(["OK"], Console);
    }

    [Fact]
    public void ABadAtValue_IsRefusedByTheConsole_AndChangesNothing()
    {
        Type("AT+TDC=5");

        Assert.StartsWith("ERROR: AT+TDC=5", Assert.Single(Console));
        Assert.Equal(3600, App.Settings.TdcSeconds);
    }

    [Fact]
    public void Atz_RebootsTheFirmware_WhichKeepsWhatItSaved_AndTheConsoleStillWorks()
    {
        Type("AT+TDC=600");
        Type("ATZ");

        Assert.Equal(1, _session.Reboots);
        Assert.Contains(_output.NotesFrom("mcu"), n => n.StartsWith("rebooting", StringComparison.Ordinal));
        Assert.Equal(600, App.Settings.TdcSeconds);
        Type("AT+TDC=?");
        Assert.Equal(["600", "OK"], Console[^2..]);
    }

    [Fact]
    public void StateDirectory_CarriesSettingsAndCountsToTheNextSession()
    {
        _session = Start(_state);
        Type("AT+TR=600");
        Type("open");
        _session.Finish();

        _session = Start(_state);

        Assert.Equal(600, App.Settings.TrSeconds);
        Assert.Equal(1, App.Counters.Total);
    }

    [Fact]
    public void Status_SaysWhatTheMcuKnows()
    {
        Type("open");
        var (_, reply) = Type("status");

        string[] lines = reply.Split('\n');
        Assert.StartsWith("module: network status 0 (unknown)", lines[0]);
        Assert.StartsWith("time: not set", lines[1]);
        Assert.StartsWith("contact: open, total 1", lines[2]);
        Assert.StartsWith("settings: TDC 3600 s, TR 900 s, NOUD 8, event uplinks both, open alarm off", lines[3]);
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (goOn, reply) = Type("help");

        Assert.True(goOn);
        foreach (string command in new[] { "open", "close", "pulse N", "at COMMAND", "status", "help", "quit" })
        {
            Assert.Contains(command, reply);
        }
    }

    [Fact]
    public void Quit_EndsTheSession() => Assert.False(Type("quit").GoOn);

    [Fact]
    public void FirmwareLog_ShowsAsNotes()
    {
        // With no module answering, the link gives up on its requests and the firmware says so.
        for (int i = 0; i < 200; i++)
        {
            Type("");
        }

        Assert.NotEmpty(_output.NotesFrom("log"));
    }
}
