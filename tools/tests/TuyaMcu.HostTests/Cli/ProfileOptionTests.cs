namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// <c>--profile NAME</c> on the commands that know a device: cpn01 by default and by name, output
/// unchanged; an unknown name gets one line and exit code 2, like every other bad argument.
/// </summary>
public sealed class ProfileOptionTests
{
    [Fact]
    public void Schema_WithProfileCpn01_PrintsWhatItPrintsWithout()
    {
        var plain = CliRunner.Run("schema", "--table");
        var named = CliRunner.Run("schema", "--table", "--profile", "cpn01");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(plain.Out, named.Out);
        Assert.Contains("signal_strength", named.Out);
    }

    [Fact]
    public void Sim_WithProfileCpn01_PrintsWhatItPrintsWithout()
    {
        var plain = CliRunner.Run("sim", "--hours", "1", "--quiet");
        var named = CliRunner.Run("sim", "--hours", "1", "--quiet", "--profile", "cpn01");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(plain.Out, named.Out);
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("sim", "--quiet")]
    [InlineData("console", "--state", "/tmp/tuyamcu-profile-test-unused")]
    [InlineData("module", "--port", "/dev/ttyUSB-tuyamcu-missing")]
    [InlineData("mcu", "--port", "/dev/ttyUSB-tuyamcu-missing")]
    public void AnUnknownProfile_IsRefusedWithOneLine_AndExitCode2(string command, params string[] more)
    {
        var r = CliRunner.Run([command, .. more, "--profile", "pom99"]);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu {command}: --profile: unknown profile 'pom99' (known: cpn01, pom01n)\n", r.Error);
    }
}
