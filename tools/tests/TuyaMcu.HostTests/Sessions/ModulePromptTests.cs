using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>The <c>module</c> prompt, fed lines directly: what each command sends, and that bad lines send nothing.</summary>
public sealed class ModulePromptTests
{
    private readonly VirtualClock _clock = new();
    private readonly SilentLine _line = new();
    private readonly RecordingOutput _output = new();
    private readonly ModuleSession _session;

    public ModulePromptTests()
    {
        _session = new ModuleSession(_clock, _line, _output);
    }

    /// <summary>A line to an MCU that never answers; the module's frames show in the session's output.</summary>
    internal sealed class SilentLine : IModuleLine
    {
        public long BytesWritten { get; private set; }

        public int Read(Span<byte> destination) => 0;

        public void Write(ReadOnlySpan<byte> bytes) => BytesWritten += bytes.Length;

        public void DiscardOutgoing()
        {
        }
    }

    private (bool GoOn, string Reply) Type(string line)
    {
        var reply = new StringWriter();
        bool goOn = _session.Execute(line, reply);
        _session.Poll();
        return (goOn, reply.ToString().TrimEnd());
    }

    private List<TimelineEntry> Sent => _output.Frames.Where(f => !f.FromMcu).ToList();

    [Fact]
    public void Set_SendsOneDpCommand_WithEveryAssignmentBySchemaCodeOrCpn01Name()
    {
        var (goOn, reply) = Type("set tdc=600 event_uplink=open alarm_keep_time=120");

        Assert.True(goOn);
        Assert.Equal("queued DP command (0x09): tdc=600 event_uplink=open alarm_keep_time=120", reply);
        TimelineEntry sent = Assert.Single(Sent);
        Assert.Equal(TuyaCommand.SendCommand, sent.Command);
        Assert.Equal("report_interval=600 event_uplink=2 alarm_keep_time=120", sent.Detail);
    }

    [Theory]
    [InlineData("set", "set needs at least one code=value")]
    [InlineData("set tdc", "'tdc' is not code=value")]
    [InlineData("set =5", "'=5' is not code=value")]
    [InlineData("set nope=1", "no DP with code 'nope'")]
    [InlineData("set tdc=5", "5 is outside 30..16777215")]
    [InlineData("set tdc=ten", "takes an integer")]
    [InlineData("set tdc=99999999999", "takes an integer")]
    [InlineData("set total_count=5", "read-only")]
    [InlineData("set intmod=sideways", "is one of off, both, open, close")]
    [InlineData("set intmod=256", "is one of off, both, open, close, got '256'")]
    [InlineData("set intmod=-1", "is one of off, both, open, close, got '-1'")]
    [InlineData("set clear_count=maybe", "is a bool")]
    [InlineData("set cpn01_downlink=0102030405060708090A0B0C0D0E0F1011", "exceed the maximum of 16")]
    [InlineData("set tdc=600 nope=1", "no DP with code 'nope'")]
    public void Set_RefusesABadAssignmentWithOneLine_AndSendsNothing(string line, string problem)
    {
        var result = Type(line);

        PromptAssert.OneErrorLine(result);
        Assert.Contains(problem, result.Reply);
        Assert.Equal(0, _line.BytesWritten);
    }

    [Theory]
    [InlineData("query", TuyaCommand.QueryProductInfo, "queued product information query (0x01)")]
    [InlineData("battery", TuyaCommand.CheckBatteryLevel, "queued battery check (0xBC)")]
    [InlineData("network 3", TuyaCommand.ReportNetworkStatus, "queued network status 3 (connected, not bound)")]
    [InlineData("network cloud", TuyaCommand.ReportNetworkStatus, "queued network status 4 (cloud connected)")]
    public void ModuleCommands_AreSentAtOnce(string line, byte command, string expectedReply)
    {
        var (_, reply) = Type(line);

        Assert.Equal(expectedReply, reply);
        Assert.Equal(command, Assert.Single(Sent).Command);
    }

    [Theory]
    [InlineData("network")]
    [InlineData("network 0")]
    [InlineData("network 5")]
    [InlineData("network up")]
    [InlineData("network 1 2")]
    [InlineData("query now")]
    [InlineData("battery 50")]
    [InlineData("offline")]
    [InlineData("offline 0")]
    [InlineData("offline -5")]
    [InlineData("offline soon")]
    [InlineData("offline 604801")]
    [InlineData("reset please")]
    [InlineData("status all")]
    [InlineData("frobnicate")]
    public void BadLines_GetOneErrorLine_AndChangeNothing(string line)
    {
        PromptAssert.OneErrorLine(Type(line));

        Assert.Equal(0, _line.BytesWritten);
        Assert.False(_session.Module.IsOffline);
        Assert.Equal(0, _session.Module.Statistics.Resets);
    }

    [Fact]
    public void Offline_TakesTheCloudAwayForTheGivenTime_ThenComesBack()
    {
        var (_, reply) = Type("offline 90");

        Assert.Equal("offline for 90 s (network status 2 until then)", reply);
        Assert.True(_session.Module.IsOffline);
        Assert.Equal(NetworkStatus.NetworkFound, _session.Module.NetworkStatus);
        _clock.Advance(90_000);
        Assert.False(_session.Module.IsOffline);
    }

    [Fact]
    public void Reset_RestartsTheModule()
    {
        var (_, reply) = Type("reset");

        Assert.Equal("module reset: activation starts again", reply);
        Assert.Equal(1, _session.Module.Statistics.Resets);
    }

    [Fact]
    public void Status_SaysWhatTheModuleKnows()
    {
        var (_, reply) = Type("status");

        string[] lines = reply.Split('\n');
        Assert.StartsWith("network: status 0 (unknown)", lines[0]);
        Assert.Equal("mcu product: not received yet", lines[1].TrimEnd());
        Assert.Contains("sleep lock off", lines[2]);
        Assert.Contains("APN not set", lines[2]);
        Assert.Contains("T3324 not set", lines[2]);
        Assert.Equal(0, _line.BytesWritten);
    }

    [Fact]
    public void ModuleStartedBeforeTheFirmware_KeepsAskingForProductInformation_UntilAnswered()
    {
        // Nobody answers: a round of a query and three resends a second apart, a 5 s pause, again.
        for (int i = 0; i < 60; i++)
        {
            _clock.Advance(1000);
            _session.Poll();
        }

        var queries = Sent.Where(f => f.Command == TuyaCommand.QueryProductInfo).ToList();
        Assert.True(queries.Count >= 4 * 6, $"{queries.Count} queries in a minute");
        Assert.Contains(queries, q => q.AtMs > 50_000);
        var (_, reply) = Type("status");
        Assert.Equal($"mcu product: not received yet (asked {queries.Count} times; asking until answered)", reply.Split('\n')[1].TrimEnd());
    }

    [Fact]
    public void Help_ListsEveryCommandAndTheWritableCodes()
    {
        var (goOn, reply) = Type("help");

        Assert.True(goOn);
        foreach (string command in new[] { "set CODE=VALUE", "query", "battery", "network STATUS", "offline SECONDS", "reset", "status", "help", "quit" })
        {
            Assert.Contains(command, reply);
        }

        Assert.Contains("report_interval", reply);
        Assert.DoesNotContain("total_count", reply);
    }

    [Theory]
    [InlineData("quit")]
    [InlineData("QUIT")]
    [InlineData("exit")]
    public void Quit_EndsTheSession(string line) => Assert.False(Type(line).GoOn);

    [Fact]
    public void ABlankLine_DoesNothing()
    {
        var (goOn, reply) = Type("   ");

        Assert.True(goOn);
        Assert.Equal("", reply);
        Assert.Equal(0, _line.BytesWritten);
    }
}
