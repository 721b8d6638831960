using TuyaMcu.Cli;
using TuyaMcu.Cli.Commands;
using TuyaMcu.HostTests.Serial;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Cli;

/// <summary><c>module</c> and <c>mcu</c> as the tool runs them: device errors, bad arguments, and the two talking over a pseudo-terminal in real time.</summary>
public sealed class ModuleMcuCommandTests
{
    private static (int Exit, SharedWriter Out, SharedWriter Error) Run(string stdin, params string[] args)
    {
        var output = new SharedWriter();
        var error = new SharedWriter();
        int exit = CommandLine.Run(args, new CliConsole(new StringReader(stdin), output, error));
        return (exit, output, error);
    }

    [PosixTheory]
    [InlineData("module")]
    [InlineData("mcu")]
    public void Command_ExitsWith1AndNamesTheDevice_WhenPortIsMissing(string command)
    {
        var (exit, _, error) = Run("", command, "--port", "/dev/ttyUSB-tuyamcu-missing");

        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu {command}: serial device /dev/ttyUSB-tuyamcu-missing does not exist"], error.Lines);
    }

    [Theory]
    [InlineData("module")]
    [InlineData("mcu")]
    public void Command_ExitsWith1SayingNotATty_WhenPortIsARegularFile(string command)
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "x");

        var (exit, _, error) = Run("", command, "--port", file.Path);

        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu {command}: {file.Path} is not a serial device (not a tty)"], error.Lines);
    }

    [PosixTheory]
    [InlineData("module")]
    [InlineData("mcu")]
    public void Command_ExitsWith1SayingBusy_WhenAnotherProgramHoldsThePort(string command)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort holder = PosixSerialPort.Open(pty.SlavePath, 9600);

        var (exit, _, error) = Run("", command, "--port", pty.SlavePath);

        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu {command}: serial device {pty.SlavePath} is busy (in use by another program)"], error.Lines);
    }

    [PosixTheory]
    [InlineData("--port is required", "module")]
    [InlineData("--port is required", "mcu", "--state", "x")]
    [InlineData("--port and --pty cannot be used together", "module", "--pty", "--port", "/dev/ttyUSB0")]
    [InlineData("--port and --pty cannot be used together", "mcu", "--port", "/dev/ttyUSB0", "--pty")]
    [InlineData("--baud: unsupported baud rate 7", "module", "--pty", "--baud", "7")]
    [InlineData("--baud: unsupported baud rate 7", "mcu", "--port", "/dev/ttyUSB0", "--baud", "7")]
    [InlineData("--baud must be an integer", "module", "--pty", "--baud", "fast")]
    [InlineData("--duration must be between", "mcu", "--pty", "--duration", "0")]
    [InlineData("unknown option --state", "module", "--pty", "--state", "x")]
    [InlineData("unknown option --bogus", "mcu", "--pty", "--bogus")]
    [InlineData("takes no arguments", "module", "--pty", "/dev/ttyUSB0")]
    [InlineData("--state needs a directory", "mcu", "--pty", "--state", " ")]
    [InlineData("--port needs a device", "module", "--port", "")]
    [InlineData("--port needs a device", "mcu", "--port", " ")]
    public void BadArguments_ExitWith2_NamingTheProblem(string problem, params string[] args)
    {
        var (exit, output, error) = Run("", args);

        Assert.Equal(2, exit);
        Assert.StartsWith($"tuyamcu {args[0]}: ", error.Lines[0]);
        Assert.Contains(problem, error.Lines[0]);
        Assert.DoesNotContain("   at ", error.Text);
        Assert.Equal("", output.Text);
    }

    [PosixTheory]
    [InlineData("mcu")]
    [InlineData("module")]
    public void ALineLongerThanTheBound_IsRefusedWhole_AndTheNextRuns(string command)
    {
        var (exit, output, _) = Run(new string('x', 100_000) + "\r\nstatus\nquit\n", command, "--pty");

        Assert.Equal(0, exit);
        Assert.Equal("error: a line longer than 4096 characters, ignored", output.Lines[0]);
        Assert.DoesNotContain(output.Lines, l => l.Contains("xxxx", StringComparison.Ordinal));
        Assert.True(output.Lines.Length > 1, "status printed nothing");
    }

    [PosixFact]
    public async Task McuCommand_ExitsWith1AndOneLine_WhenTheLineHangsUp()
    {
        PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> mcu = Task.Run(() => new McuCommand().Run(["--port", pty.SlavePath], new CliConsole(TextReader.Null, output, error)));
        Eventually.Until(() => error.Lines.Length > 0, "the mcu command to start");

        pty.Dispose();

        Assert.Equal(1, await mcu.WaitAsync(Eventually.Timeout));
        Assert.Equal($"tuyamcu mcu: serial device {pty.SlavePath} was disconnected (hang-up)", error.Lines[^1]);
        Assert.DoesNotContain("   at ", error.Text);
    }

    [PosixFact]
    public void McuCommand_StateThatIsAFile_IsAUsageError()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "x");

        var (exit, _, error) = Run("", "mcu", "--pty", "--state", file.Path);

        Assert.Equal(2, exit);
        Assert.Equal($"tuyamcu mcu: --state: {file.Path} is a file, not a directory", error.Lines[0]);
    }

    [PosixTheory]
    [InlineData("module", "set CODE=VALUE")]
    [InlineData("module", "offline SECONDS")]
    [InlineData("mcu", "--state DIR")]
    [InlineData("mcu", "at COMMAND")]
    public void Help_ShowsTheCommandsPromptAndOptions(string command, string expected)
    {
        var (exit, output, _) = Run("", "help", command);

        Assert.Equal(0, exit);
        Assert.Contains(expected, output.Text);
        Assert.Contains("--pty", output.Text);
    }

    [PosixTheory]
    [InlineData("module")]
    [InlineData("mcu")]
    public void Quit_OnStandardInput_EndsTheCommandWithItsCounters(string command)
    {
        var (exit, output, error) = Run("status\nquit\n", command, "--pty");

        Assert.Equal(0, exit);
        Assert.Matches("^pty: /dev/", error.Lines[0]);
        Assert.StartsWith($"tuyamcu {command}: stopped after ", error.Lines[^1]);
        Assert.Contains(output.Lines, l => l.StartsWith(command == "module" ? "network: status" : "module: network status", StringComparison.Ordinal));
    }

    [PosixFact]
    public void McuCommand_RunsAtLinesBeforeQuitting_AndKeepsTheirEffectInTheStateDirectory()
    {
        string state = Path.Combine(Path.GetTempPath(), "tuyamcu-mcu-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, Run("AT+TDC=600\nquit\n", "mcu", "--pty", "--state", state).Exit);

            var (exit, output, _) = Run("at AT+TDC=?\nquit\n", "mcu", "--pty", "--state", state);

            Assert.Equal(0, exit);
            Assert.Contains(output.Lines, l => l.EndsWith("  console  600", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    [PosixFact]
    public async Task ModuleAndMcu_OverAPseudoTerminal_ActivateInRealTime()
    {
        using var stop = new CancellationTokenSource();
        var moduleOut = new SharedWriter();
        var moduleError = new SharedWriter();
        Task<int> module = Task.Run(() => new ModuleCommand(stop.Token).Run(["--pty"], new CliConsole(TextReader.Null, moduleOut, moduleError)));
        string slave = Eventually.PtyPath(moduleError);
        var mcuOut = new SharedWriter();
        var mcuError = new SharedWriter();
        Task<int> mcu = Task.Run(() => new McuCommand(stop.Token).Run(["--port", slave], new CliConsole(TextReader.Null, mcuOut, mcuError)));

        // The module asks for product information 3 s after it starts; the firmware answers.
        const string answer = "mcu -> module  Query product information  productId=tuyamcucpn01";
        Eventually.Until(() => moduleOut.Lines.Any(l => l.Contains(answer, StringComparison.Ordinal)), "the firmware's product information at the module");
        Eventually.Until(() => mcuOut.Lines.Any(l => l.Contains(answer, StringComparison.Ordinal)), "the firmware to show its own answer");
        stop.Cancel();

        Assert.Equal(0, await mcu.WaitAsync(Eventually.Timeout));
        Assert.Equal(0, await module.WaitAsync(Eventually.Timeout));
        Assert.Matches(@"^0d \d\d:\d\d:\d\d\.\d\d\d  module -> mcu  Query product information$", moduleOut.Lines[0]);
        Assert.StartsWith($"tuyamcu mcu: on serial device {slave} at 9600 baud", mcuError.Lines[0]);
        Assert.StartsWith("tuyamcu module: stopped after ", moduleError.Lines[^1]);
    }
}
