namespace TuyaMcu.HostTests.Cli;

public sealed class ConsoleCommandTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "tuyamcu-cli-console-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    [Fact]
    public void SecondRun_SeesWhatTheFirstSaved()
    {
        var first = CliRunner.RunWithInput("12345678\nAT+TDC=600\n", "console", "--state", _state);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["Enter password to access AT commands", "Correct password", "OK", "OK"], first.Lines[1..]);
        Assert.True(Directory.Exists(_state));

        var second = CliRunner.RunWithInput("12345678\nAT+TDC=?\n", "console", "--state", _state);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["Correct password", "OK", "600", "OK"], second.Lines[^4..]);
        Assert.Equal(string.Empty, second.Error);
    }

    [Fact]
    public void LastLineWithoutALineEnd_StillRuns()
    {
        CliRunner.RunWithInput("12345678\nAT+NOUD=12", "console", "--state", _state);

        var result = CliRunner.RunWithInput("12345678\nAT+NOUD=?", "console", "--state", _state);
        Assert.Equal(["12", "OK"], result.Lines[^2..]);
    }

    [Fact]
    public void Atz_SavesPrintsRebootingAndEnds_IgnoringTheRest()
    {
        var result = CliRunner.RunWithInput("12345678\nAT+TR=600\nATZ\nAT+TR=1200\n", "console", "--state", _state);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["OK", "rebooting", "OK"], result.Lines[^3..]);
        var after = CliRunner.RunWithInput("12345678\nAT+TR=?\n", "console", "--state", _state);
        Assert.Equal(["600", "OK"], after.Lines[^2..]);
    }

    [Fact]
    public void Fdr_ErasesAndEnds_TheNextRunHasTheDefaults()
    {
        CliRunner.RunWithInput("12345678\nAT+TDC=600\nAT+PWORD=newpass1\nAT+DEUI=0011223344556677\n", "console", "--state", _state);

        var reset = CliRunner.RunWithInput("newpass1\nAT+FDR\nAT+TDC=900\n", "console", "--state", _state);
        Assert.Equal(0, reset.ExitCode);
        Assert.Contains("erased", reset.Lines[^2]);

        var after = CliRunner.RunWithInput("12345678\nAT+TDC=?\nAT+DEUI=?\n", "console", "--state", _state);
        Assert.Equal(["3600", "OK", "0011223344556677", "OK"], after.Lines[^4..]);
    }

    [Fact]
    public void WrongPassword_RunsNothing()
    {
        var result = CliRunner.RunWithInput("nope\nAT+TDC=600\n", "console", "--state", _state);

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Lines[^2..], line => Assert.StartsWith("ERROR: wrong password", line));
        var after = CliRunner.RunWithInput("12345678\nAT+TDC=?\n", "console", "--state", _state);
        Assert.Equal(["3600", "OK"], after.Lines[^2..]);
    }

    [Fact]
    public void Echo_Option_EchoesTypedLines()
    {
        var result = CliRunner.RunWithInput("12345678\nAT\n", "console", "--state", _state, "--echo");

        Assert.Contains("********", result.Lines);
        Assert.Contains("AT", result.Lines);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("console", "--state")]
    [InlineData("console", "--state", " ")]
    [InlineData("console", "--state", "x", "--timeout-min", "abc")]
    [InlineData("console", "--state", "x", "--timeout-min", "-1")]
    [InlineData("console", "--state", "x", "--timeout-min", "1441")]
    [InlineData("console", "--state", "x", "extra")]
    [InlineData("console", "--state", "x", "--bogus")]
    public void BadArguments_ExitWithTwo(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tuyamcu console: ", result.Error);
    }

    [Fact]
    public void StateThatIsAFile_IsAUsageError()
    {
        Directory.CreateDirectory(_state);
        string file = Path.Combine(_state, "file");
        File.WriteAllText(file, "x");

        var result = CliRunner.RunWithInput("12345678\n", "console", "--state", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--state", result.Error);
    }

    [Fact]
    public void Help_DescribesTheCommand()
    {
        var result = CliRunner.Run("help", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--state DIR", result.Out);
        Assert.Contains("--timeout-min", result.Out);
    }
}
