using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;
using TuyaMcu.HostTests.Sessions;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// <c>--profile pom01n</c> on schema, console, module, mcu and sim: the POM01-N as the host tool's
/// registry gives it, over the same simulated parts and sessions as the CPN01.
/// </summary>
public sealed class Pom01nProfileCommandTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "tuyamcu-pom01n-profile-" + Guid.NewGuid().ToString("N"));

    private static HostProfile Pom01n => ProfileRegistry.Find("pom01n")!;

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }

        File.Delete(_state);
    }

    [Fact]
    public void Schema_ListsThePom01nDps_WithCustomCodesFrom101()
    {
        var r = CliRunner.Run("schema", "--profile", "pom01n", "--table");

        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"\n\s+101\s+power_outage\s+bool\s+ro", r.Out);
        Assert.Matches(@"\n\s+102\s+low_voltage\s+bool\s+ro", r.Out);
        Assert.Matches(@"\n\s+120\s+pom01n_payload\s+raw", r.Out);
        Assert.DoesNotContain("contact", r.Out);
    }

    [Fact]
    public void Console_AnswersClockLog_AndRefusesABadValueWithItsReason_ChangingNothing()
    {
        var r = CliRunner.RunWithInput("123456\nAT+CLOCKLOG=1,65535,15,8\nAT+CLOCKLOG=1,3600,15,8\nAT+CLOCKLOG=?\n",
            "console", "--state", _state, "--profile", "pom01n");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("POM01-N", r.Out);
        Assert.Contains("ERROR: AT+CLOCKLOG=1,3600,15,8: ", r.Out);
        Assert.Contains("must be 0..3599 or 65535, got 3600", r.Out);
        Assert.DoesNotContain("AT+CLOCKLOG=1,3600,15,8: AT+CLOCKLOG", r.Out);
        Assert.Contains("\n1,65535,15,8\n", r.Out);
    }

    [Fact]
    public void Module_NamesAndChecksDpsByThePom01nSchema()
    {
        var output = new RecordingOutput();
        var session = new ModuleSession(new VirtualClock(), new ModulePromptTests.SilentLine(), output, device: Pom01n);
        var reply = new StringWriter();

        session.Execute("set outage_trigger=falling clock_log_interval=15", reply);
        session.Execute("set contact_status=1", reply);
        session.Poll();

        TimelineEntry sent = Assert.Single(output.Frames, f => !f.FromMcu && f.Command == TuyaCommand.SendCommand);
        Assert.Equal("outage_trigger=2 clock_log_interval=15", sent.Detail);
        Assert.Contains("contact_status", reply.ToString());
    }

    [Fact]
    public void Mcu_RunsThePom01n_WhosePromptSetsItsInputs_AndRefusesTheContact()
    {
        var clock = new VirtualClock();
        var session = new McuSession(clock, new TuyaMcu.Tooling.AtConsole.SilentTransport(), new RecordingOutput(), new McuSessionOptions { Device = Pom01n });
        var reply = new StringWriter();

        session.Execute("open", reply);
        session.Execute("input power_outage 1", reply);
        for (int i = 0; i < 10; i++)
        {
            clock.Advance(50);
            session.Poll();
        }

        var app = Assert.IsType<Pom01nApplication>(session.Device.Application);
        Assert.True(app.PowerOutage);
        Assert.StartsWith("error: this profile has no contact; its inputs: power_outage, low_voltage, act_button", reply.ToString());
        Assert.Contains("power_outage 1", reply.ToString());
    }

    [Fact]
    public void Sim_RunsADay_WithAnUplinkEveryTdc()
    {
        var r = CliRunner.Run("sim", "--profile", "pom01n", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("profile pom01n;", r.Out);
        Assert.Contains("uplinks 12, failed by the cloud 0", r.Out);
    }

    [Fact]
    public void Sim_AnOutageInAScenario_SendsTheOutageThenTheRestoreUplink()
    {
        var frames = new List<TimelineEntry>();
        var sim = new ProfileSimulation(Pom01n, timeline: frames.Add);
        sim.Schedule(Scenario.Parse("30m outage 10m\n"), 3_600_000, _ => { });

        sim.Run(1);

        List<(long At, string Detail)> reports = frames
            .Where(f => f.FromMcu && f.Command == TuyaCommand.ReportRealTimeStatus)
            .Select(f => (f.AtMs, f.Detail)).ToList();
        int outage = reports.FindIndex(r => r.Detail.Contains("power_outage=true"));
        Assert.True(outage >= 0, string.Join("\n", reports));
        Assert.InRange(reports[outage].At, 1_800_000, 1_805_000);
        (long at, string restore) = reports[outage + 1];
        Assert.Contains("power_outage=false", restore);
        Assert.InRange(at, 2_400_000, 2_405_000);
    }

    [Fact]
    public void Sim_AStepForAnInputTheProfileLacks_IsRefusedNamingItsLine()
    {
        File.WriteAllText(_state, "1h open\n");

        var r = CliRunner.Run("sim", "--profile", "pom01n", "--scenario", _state);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("scenario line 1: open is not for the pom01n profile", r.Error);
    }
}
