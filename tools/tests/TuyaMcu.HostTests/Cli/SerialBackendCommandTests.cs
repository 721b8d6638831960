using System.Text.Json;
using TuyaMcu.Cli;
using TuyaMcu.Cli.Commands;
using TuyaMcu.HostTests.Serial;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Cli;

/// <summary><c>--serial-backend</c> on <c>monitor</c>, <c>module</c>, <c>mcu</c> and <c>bench serial</c>, run as the tool runs them.</summary>
public sealed class SerialBackendCommandTests
{
    private static (int Exit, SharedWriter Out, SharedWriter Error) Run(params string[] args)
    {
        var output = new SharedWriter();
        var error = new SharedWriter();
        int exit = CommandLine.Run(args, new CliConsole(TextReader.Null, output, error));
        return (exit, output, error);
    }

    [PosixTheory]
    [InlineData("monitor", "--port", "/dev/ttyUSB0", "--serial-backend", "win32")]
    [InlineData("module", "--port", "/dev/ttyUSB0", "--serial-backend", "")]
    [InlineData("mcu", "--pty", "--serial-backend=Termios")]
    [InlineData("bench", "serial", "--serial-backend", "ports")]
    public void AnUnknownBackend_IsAUsageError_NamingTheChoices(params string[] args)
    {
        // With a short duration, so an option wrongly accepted ends the run instead of leaving it running.
        var (exit, output, error) = Run(args[0] == "bench" ? args : [.. args, "--duration", "1"]);

        Assert.Equal(2, exit);
        Assert.Matches($"^tuyamcu {args[0]}: --serial-backend must be termios or dotnet, got '.*'$", error.Lines[0]);
        Assert.Equal("", output.Text);
    }

    [PosixTheory]
    [InlineData("monitor")]
    [InlineData("module")]
    [InlineData("mcu")]
    public void TheDotNetBackend_CannotCreateAPseudoTerminal(string command)
    {
        var (exit, _, error) = Run(command, "--pty", "--serial-backend", "dotnet", "--duration", "1");

        Assert.Equal(2, exit);
        Assert.Equal($"tuyamcu {command}: --serial-backend dotnet opens --port only; --pty always uses termios", error.Lines[0]);
    }

    [PosixTheory]
    [InlineData("monitor")]
    [InlineData("module")]
    [InlineData("mcu")]
    public void ThroughTheDotNetBackend_AMissingDevice_ExitsWith1AndOneLine(string command)
    {
        var (exit, _, error) = Run(command, "--port", "/dev/ttyUSB-tuyamcu-missing", "--serial-backend", "dotnet");

        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu {command}: serial device /dev/ttyUSB-tuyamcu-missing does not exist"], error.Lines);
    }

    [PosixTheory]
    [InlineData("monitor")]
    [InlineData("module")]
    [InlineData("mcu")]
    public void ThroughTheDotNetBackend_APortHeldWithTermios_IsBusy(string command)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort holder = PosixSerialPort.Open(pty.SlavePath, 9600);

        // With a duration, so a port wrongly opened ends the run instead of leaving it running.
        var (exit, _, error) = Run(command, "--port", pty.SlavePath, "--serial-backend", "dotnet", "--duration", "1");

        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu {command}: serial device {pty.SlavePath} is busy (in use by another program)"], error.Lines);
    }

    [Theory]
    [InlineData("monitor")]
    [InlineData("module")]
    [InlineData("mcu")]
    public void Help_NamesTheBackendOption(string command)
    {
        var (exit, output, _) = Run("help", command);

        Assert.Equal(0, exit);
        Assert.Contains("--serial-backend termios|dotnet", output.Text);
        Assert.Contains("Windows (--port COMn)", output.Text);
    }

    [PosixFact]
    public async Task Monitor_ThroughTheDotNetBackend_PrintsTheFramesWrittenToItsPort()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using var stop = new CancellationTokenSource();
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> monitor = Task.Run(() => new MonitorCommand(stop.Token).Run(
            ["--port", pty.SlavePath, "--serial-backend", "dotnet", "--baud", "115200"],
            new CliConsole(TextReader.Null, output, error)));
        Eventually.Until(() => error.Lines.Length > 0, "the monitor to start");
        var heartbeat = new byte[FrameFormat.Overhead];
        FrameWriter.Write(heartbeat, 0, FrameFormat.VersionNbIot, TuyaCommand.SendHeartbeat, [], 0, 0);

        pty.Write(heartbeat);

        Eventually.Until(() => output.Lines.Length >= 1, "the heartbeat from the monitor");
        stop.Cancel();
        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));
        Assert.Equal($"tuyamcu monitor: listening on serial device {pty.SlavePath} at 115200 baud through System.IO.Ports, Ctrl+C to stop", error.Lines[0]);
        Assert.Contains("\"command\":177", Assert.Single(output.Lines));
    }

    [PosixTheory]
    [InlineData("module", "mcu")]
    [InlineData("mcu", "module")]
    public async Task OnePtySideOnEachBackend_ActivateInRealTime(string onPty, string onPort)
    {
        using var stopPty = new CancellationTokenSource();
        using var stopPort = new CancellationTokenSource();
        var ptyOut = new SharedWriter();
        var ptyError = new SharedWriter();
        Task<int> ptySide = Task.Run(() => Command(onPty, stopPty.Token).Run(["--pty"], new CliConsole(TextReader.Null, ptyOut, ptyError)));
        string slave = Eventually.PtyPath(ptyError);
        var portOut = new SharedWriter();
        var portError = new SharedWriter();
        Task<int> portSide = Task.Run(() => Command(onPort, stopPort.Token).Run(
            ["--port", slave, "--serial-backend", "dotnet"], new CliConsole(TextReader.Null, portOut, portError)));

        // The module asks for product information 3 s after it starts; the firmware answers.
        const string answer = "mcu -> module  Query product information  productId=tuyamcucpn01";
        Eventually.Until(() => ptyOut.Lines.Any(l => l.Contains(answer, StringComparison.Ordinal)), $"the firmware's answer at the {onPty} on the pty");
        Eventually.Until(() => portOut.Lines.Any(l => l.Contains(answer, StringComparison.Ordinal)), $"the firmware's answer at the {onPort} on the port");

        // The port's user stops first: the pty going away under it would be a hang-up.
        stopPort.Cancel();
        Assert.Equal(0, await portSide.WaitAsync(Eventually.Timeout));
        stopPty.Cancel();
        Assert.Equal(0, await ptySide.WaitAsync(Eventually.Timeout));
        Assert.StartsWith($"tuyamcu {onPort}: on serial device {slave} at 9600 baud through System.IO.Ports;", portError.Lines[0]);
        Assert.StartsWith($"tuyamcu {onPort}: stopped after ", portError.Lines[^1]);
    }

    [Fact]
    public void BenchSerial_PrintsOneLinePerBackend()
    {
        var (exit, output, _) = Run("bench", "serial", "--seconds", "0.05", "--baud", "115200");

        Assert.Equal(0, exit);
        var lines = output.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["termios", "dotnet"], lines.Select(l => l.GetProperty("backend").GetString()));
        Assert.All(lines, l =>
        {
            Assert.Equal(115200, l.GetProperty("baud").GetInt32());
            Assert.Equal(7, l.GetProperty("frameBytes").GetInt32());
            Assert.True(l.GetProperty("roundTrips").GetInt64() > 0);
            Assert.True(l.GetProperty("microsecondsPerRoundTrip").GetDouble() > 0);
        });
    }

    [Theory]
    [InlineData("--chunk does not apply to 'bench serial'", "bench", "serial", "--chunk", "8")]
    [InlineData("--serial-backend does not apply to 'bench codec'", "bench", "codec", "--serial-backend", "dotnet")]
    [InlineData("--baud: unsupported baud rate 7", "bench", "serial", "--baud", "7")]
    [InlineData("bench needs a target: 'bench codec', 'bench memory' or 'bench serial'", "bench", "uart")]
    public void BenchSerial_BadArguments_ExitWith2(string problem, params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith($"tuyamcu bench: {problem}", error.Lines[0]);
    }

    private static ICommand Command(string name, CancellationToken stop) =>
        name == "module" ? new ModuleCommand(stop) : new McuCommand(stop);
}
