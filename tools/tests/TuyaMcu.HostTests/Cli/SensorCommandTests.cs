using System.Text.Json;
using TuyaMcu.HostTests.Serial;

namespace TuyaMcu.HostTests.Cli;

public sealed class SensorCommandTests
{
    [Fact]
    public void Cpn01_DecodesTheManualExample_WithTheManualsFieldNames()
    {
        var r = CliRunner.Run("cpn01", "f867787050213317 0064 0c78 17 01 00 00 00 000009 000002 6315537b 01 00000b 000026 63510fed");

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        JsonElement p = json.RootElement;
        Assert.Equal("f867787050213317", p.GetProperty("deviceId").GetString());
        Assert.Equal(100, p.GetProperty("version").GetInt32());
        Assert.Equal(3192, p.GetProperty("batteryMv").GetInt32());
        Assert.Equal(23, p.GetProperty("signal").GetInt32());
        Assert.Equal(1, p.GetProperty("mod").GetInt32());
        Assert.Equal(0, p.GetProperty("calculateFlag").GetInt32());
        Assert.Equal(0, p.GetProperty("contactStatus").GetInt32());
        Assert.Equal(0, p.GetProperty("alarm").GetInt32());
        Assert.Equal(9, p.GetProperty("totalPulse").GetInt32());
        Assert.Equal(2, p.GetProperty("lastOpenDurationMin").GetInt32());
        Assert.Equal(1662342011, p.GetProperty("timestamp").GetInt64());
        JsonElement record = p.GetProperty("records")[0];
        Assert.Equal(1, record.GetProperty("contactStatus").GetInt32());
        Assert.Equal(11, record.GetProperty("totalPulse").GetInt32());
        Assert.Equal(38, record.GetProperty("lastOpenDurationMin").GetInt32());
        Assert.Equal(0x63510fed, record.GetProperty("timestamp").GetInt64());
    }

    [Theory]
    [InlineData("f86778", "at least 27 bytes")]
    [InlineData("f867787050213317 0064 0c78 17 01 00 00 00 000009 000002 6315537b 01", "whole number of records")]
    [InlineData("zz", "not hex")]
    public void Cpn01_RejectsMalformedPayloads(string hex, string expected)
    {
        var r = CliRunner.Run("cpn01", hex);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public void Sim_PrintsATimeline_AndASummary()
    {
        var r = CliRunner.Run("sim", "--hours", "1.1", "--events-per-day", "100", "--seed", "3");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.Lines, l => l.Contains("module -> mcu  Query product information"));
        Assert.Contains(r.Lines, l => l.Contains("mcu -> module  Report real-time status") && l.Contains("doorcontact_state="));
        Assert.Contains(r.Lines, l => l.Contains("Report record type data") && l.Contains("timestamp="));
        string summary = r.Lines[^1];
        Assert.StartsWith("summary: 1.1 h simulated; frames mcu->module ", summary);
        Assert.Contains("reports acknowledged ", summary);
        Assert.Contains("retried ", summary);
    }

    [Fact]
    public void Sim_RunsAScenario()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, """
            # a door opened for five minutes, then the interval changed from the cloud
            00:10:00 open
            00:15:00 close
            00:20:00 dp report_interval=600
            00:30:00 downlink 06000000
            """);

        var r = CliRunner.Run("sim", "--hours", "1", "--scenario", file.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.Lines, l => l.Contains("module -> mcu  Module sends commands  report_interval=600"));
        Assert.Contains(r.Lines, l => l.Contains("mcu -> module  Report real-time status  report_interval=600"));
        Assert.Contains(r.Lines, l => l.Contains("mcu -> module  Report real-time status  report_interval=600 event_uplink=0"));
        Assert.Contains("contact events 2, total 1", r.Lines[^1]);
    }

    [Theory]
    [InlineData("00:10:00 opne", "scenario line 1: unknown action 'opne'")]
    [InlineData("\n10x open", "scenario line 2: '10x' is not a time")]
    [InlineData("1h dp no_such_dp=1", "no DP with code 'no_such_dp'")]
    [InlineData("1h pulses many", "'pulses' takes a positive number")]
    [InlineData("1h dp work_mode=turbo", "work_mode is one of contact, pulse")]
    [InlineData("1h dp event_uplink=256", "event_uplink is one of off, both, open, close, got '256'")]
    [InlineData("1h offline 1e20h", "scenario line 1: '1e20h' is longer than 100 years")]
    public void Sim_RejectsABadScenario_NamingTheLine(string scenario, string expected)
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, scenario);

        var r = CliRunner.Run("sim", "--scenario", file.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public void Sim_TakesADayPrefixInEitherCase()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "0D 00:10:00 open\n0d 00:20:00 close");

        var r = CliRunner.Run("sim", "--hours", "1", "--quiet", "--scenario", file.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("contact events 2, total 1", r.Lines[^1]);
    }

    [Fact]
    public void Sim_NamesTheScenarioFile_ForADpTheSchemaRefuses()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "1h dp no_such_dp=1");

        var r = CliRunner.Run("sim", "--scenario", file.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu sim: --scenario {file.Path}: scenario line 1: no DP with code 'no_such_dp'", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Sim_WithHarshFaults_StillEndsWithASummary()
    {
        var r = CliRunner.Run("sim", "--hours", "12", "--faults", "harsh", "--seed", "9", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Single(r.Lines);
        Assert.StartsWith("summary: 12 h simulated", r.Lines[0]);
    }

    [Fact]
    public void Schema_PrintsTheJsonSchema_AndATable()
    {
        var json = CliRunner.Run("schema");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(22, doc.RootElement.GetArrayLength());

        var table = CliRunner.Run("schema", "--table");
        Assert.Contains(table.Lines, l => l.Contains("106") && l.Contains("report_interval") && l.Contains("30..16777215 s"));
    }
}
