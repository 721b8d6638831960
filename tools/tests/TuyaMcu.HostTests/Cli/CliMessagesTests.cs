using TuyaMcu.HostTests.Serial;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Cli;

/// <summary>Mistakes a user makes get one line naming the problem and a non-zero exit, or a warning where the run goes on.</summary>
public sealed class CliMessagesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void HelpOnACommandThatDoesNotExist_SaysSo()
    {
        var r = CliRunner.Run("help", "nope");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal("tuyamcu help: no command 'nope' (the commands: decode, encode, bench, sim, cpn01, pom01n, schema, monitor, console, module, mcu, web)", r.Error.Trim());
    }

    [Theory]
    [InlineData("--scenario", "is a directory, not a file", "sim", "--scenario")]
    [InlineData("--input", "is a directory, not a file", "bench", "codec", "--input")]
    [InlineData("--capture", "is a directory; give a file name", "monitor", "--pty", "--capture")]
    public void AFileOptionGivenADirectory_SaysItIsADirectory(string option, string problem, params string[] args)
    {
        var r = CliRunner.Run([.. args, Folder]);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu {args[0]}: {option}: '{Folder}' {problem}", r.Error);
        Assert.DoesNotContain("Could not find", r.Error);
        Assert.DoesNotContain("denied", r.Error);
    }

    [Fact]
    public void AScenarioThatNeverEnds_IsRefusedAtItsLimit()
    {
        var r = CliRunner.Run("sim", "--scenario", "/dev/zero");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("tuyamcu sim: --scenario: '/dev/zero' is larger than 1 MiB", r.Error);
    }

    [Fact]
    public void ConsoleStateThatIsAFile_SaysSo()
    {
        string file = Path.Combine(Folder, "state");
        File.WriteAllText(file, "x");

        var r = CliRunner.RunWithInput("12345678\n", "console", "--state", file);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu console: --state: {file} is a file, not a directory", r.Error);
    }

    [Theory]
    [InlineData("1h pulses 16777216")]
    [InlineData("1h pulses 9223372036854775807")]
    [InlineData("1h pulses 99999999999999999999")]
    [InlineData("1h pulses -5")]
    [InlineData("1h pulses +5")]
    public void APulseCountBeyondThe24BitTotal_IsRefused(string line)
    {
        var r = Sim(line);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("scenario line 1: 'pulses' takes a positive number of pulses, at most 16777215 (the 24-bit total)", r.Error);
        Assert.Throws<FormatException>(() => Scenario.Parse(line));
    }

    [Fact]
    public void TheLargestPulseCount_IsAccepted_AndTheTotalStaysInRange()
    {
        var r = Sim("00:01:00 dp work_mode=pulse\n1h pulses 16777215\n2h pulses 16777215", "--hours", "3", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Error);
        string total = r.Lines[^1].Split("total ")[1].Split(',')[0];
        Assert.True(long.Parse(total, System.Globalization.CultureInfo.InvariantCulture) > 0, r.Lines[^1]);
    }

    [Fact]
    public void AStepAfterTheEndOfTheRun_GetsAWarning_AndTheRunGoesOn()
    {
        var r = Sim("30h open\n2h close", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("tuyamcu sim: warning: scenario line 1: open at 30:00:00 comes after the end of the run (24:00:00) and never happens", r.Error.Trim());
        Assert.StartsWith("summary: 24 h simulated", r.Lines[^1]);
    }

    [Fact]
    public void PulsesInContactMode_GetAWarning_AndArePulsesInPulseMode()
    {
        var contact = Sim("1h pulses 25", "--hours", "2", "--quiet");
        Assert.Equal(0, contact.ExitCode);
        Assert.Equal("tuyamcu sim: warning: scenario line 1: 25 pulses arrive in contact mode, which does not count them (set work_mode=pulse first)", contact.Error.Trim());

        var pulse = Sim("00:10:00 dp work_mode=pulse\n1h pulses 25", "--hours", "2", "--quiet");
        Assert.Equal("", pulse.Error);
        Assert.Contains("total 25,", pulse.Lines[^1]);
    }

    private CliRunner.Result Sim(string scenario, params string[] args)
    {
        string file = Path.Combine(Folder, "run.scn");
        File.WriteAllText(file, scenario);
        return CliRunner.Run(["sim", "--scenario", file, .. args]);
    }
}
