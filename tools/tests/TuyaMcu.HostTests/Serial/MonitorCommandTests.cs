using System.Globalization;
using System.Text.Json;
using TuyaMcu.Cli;
using TuyaMcu.Cli.Commands;
using TuyaMcu.Protocol;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// <c>monitor</c> run in-process on a pseudo-terminal while a "program" writes frames into its
/// slave side; its capture read back by <c>decode</c> gives the same frames.
/// </summary>
public sealed class MonitorCommandTests
{
    private static byte[] Frame(byte command, params byte[] data)
    {
        var frame = new byte[data.Length + FrameFormat.Overhead];
        FrameWriter.Write(frame, 0, FrameFormat.VersionNbIot, command, data, 0, data.Length);
        return frame;
    }

    /// <summary>Good frames, garbage between them, one frame with a wrong checksum, and a stray header byte at the end.</summary>
    private static byte[] TrafficWithFaults()
    {
        byte[] badChecksum = Frame(TuyaCommand.QuerySignalStrength, 0x01, 0x12);
        badChecksum[^1] ^= 0x5A;
        return
        [
            .. Frame(TuyaCommand.QueryProductInfo),
            0x00, 0x13, 0x37, 0xFE,
            .. Frame(TuyaCommand.ReportRealTimeStatus, 0x01, 0x01, 0x00, 0x01, 0x01),
            .. badChecksum,
            0xAA, 0x42,
            .. Frame(TuyaCommand.SendHeartbeat),
            .. Frame(TuyaCommand.GetNetworkStatus, 0x03),
            0x55,
        ];
    }

    /// <summary>What decode prints for the whole stream at once: the frames the monitor must report.</summary>
    private static string[] DecodeAll(byte[] stream)
    {
        var output = new SharedWriter();
        int exit = CommandLine.Run(["decode", Hex.Format(stream, 0, stream.Length, ' ')], new CliConsole(TextReader.Null, output, new SharedWriter()));
        Assert.Equal(0, exit);
        return output.Lines;
    }

    private static (DateTimeOffset Time, string Json) SplitLine(string line)
    {
        int space = line.IndexOf(' ');
        Assert.True(space > 0, $"no timestamp in '{line}'");
        var time = DateTimeOffset.ParseExact(line[..space], "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        return (time, line[(space + 1)..]);
    }

    [PosixFact]
    public async Task Prints_each_frame_with_a_timestamp_and_captures_what_decode_reads_back()
    {
        byte[] traffic = TrafficWithFaults();
        string[] expected = DecodeAll(traffic);
        Assert.Equal(5, expected.Length);
        Assert.Single(expected, json => json.Contains("\"checksumOk\":false"));

        using var capture = new TempFile();
        using var stop = new CancellationTokenSource();
        var output = new SharedWriter();
        var error = new SharedWriter();
        DateTimeOffset before = DateTimeOffset.Now;
        Task<int> monitor = Task.Run(() => new MonitorCommand(stop.Token).Run(
            ["--pty", "--capture", capture.Path, "--duration", "600"],
            new CliConsole(TextReader.Null, output, error)));

        string slave = Eventually.PtyPath(error);
        using (PosixSerialPort program = PosixSerialPort.Open(slave, 9600))
        {
            // In pieces, as a UART would deliver them.
            foreach (byte[] chunk in traffic.Chunk(5))
            {
                program.Write(chunk);
            }
        }

        Eventually.Until(() => output.Lines.Length >= expected.Length, $"{expected.Length} frames from the monitor");
        stop.Cancel();
        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));
        DateTimeOffset after = DateTimeOffset.Now;

        var printed = output.Lines.Select(SplitLine).ToArray();
        Assert.Equal(expected, printed.Select(p => p.Json));
        Assert.All(printed, p => Assert.InRange(p.Time, before.AddSeconds(-1), after.AddSeconds(1)));
        Assert.Contains("stopped after", error.Text);
        Assert.Contains(" 4 frames, 1 checksum errors", error.Text); // the mismatch is not counted as a frame

        string[] captureLines = File.ReadAllLines(capture.Path);
        Assert.StartsWith("# tuyamcu monitor capture of pseudo-terminal " + slave, captureLines[0]);
        Assert.StartsWith("# stopped ", captureLines[^1]);
        Assert.Equal(expected.Length, captureLines.Count(l => !l.StartsWith('#')));
        Assert.Equal(expected.Length, captureLines.Count(l => l.StartsWith("# 20", StringComparison.Ordinal)));

        var decoded = new SharedWriter();
        var decodeErrors = new SharedWriter();
        using (var input = new StreamReader(capture.Path))
        {
            Assert.Equal(0, CommandLine.Run(["decode"], new CliConsole(input, decoded, decodeErrors)));
        }

        Assert.Equal(expected, decoded.Lines);
        Assert.Equal("", decodeErrors.Text);
    }

    [PosixFact]
    public async Task Stops_by_itself_after_the_duration()
    {
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> monitor = Task.Run(() => CommandLine.Run(["monitor", "--pty", "--duration", "0.2"], new CliConsole(TextReader.Null, output, error)));

        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));
        Assert.Matches(@"^pty: /dev/", error.Lines[0]);
        Assert.Contains("0 frames", error.Text);
        Assert.Equal("", output.Text);
    }

    [PosixFact]
    public async Task A_frame_split_by_a_long_silence_is_not_glued_together()
    {
        using var stop = new CancellationTokenSource();
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> monitor = Task.Run(() => new MonitorCommand(stop.Token).Run(["--pty"], new CliConsole(TextReader.Null, output, error)));
        string slave = Eventually.PtyPath(error);
        byte[] heartbeat = Frame(TuyaCommand.SendHeartbeat);
        using (PosixSerialPort program = PosixSerialPort.Open(slave, 9600))
        {
            program.Write(heartbeat.AsSpan(0, 4));

            // Well past the 300 ms timeout. Should the monitor only read after this, both pieces
            // arrive together and the parser still finds the frame once the bogus length times out.
            Thread.Sleep(1000);
            program.Write(heartbeat);
        }

        Eventually.Until(() => output.Lines.Length >= 1, "the heartbeat");
        stop.Cancel();
        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));
        Assert.Single(output.Lines);
        Assert.Contains("\"command\":177", output.Lines[0]);
        Assert.Contains("\"checksumOk\":true", output.Lines[0]);
    }

    [PosixTheory]
    [InlineData(new string[0], "total_count")]
    [InlineData(new[] { "--profile", "pom01n" }, "power_outage")]
    public async Task Dps_are_named_by_the_chosen_profiles_schema(string[] profile, string code)
    {
        using var stop = new CancellationTokenSource();
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> monitor = Task.Run(() => new MonitorCommand(stop.Token).Run(["--pty", .. profile], new CliConsole(TextReader.Null, output, error)));
        string slave = Eventually.PtyPath(error);
        using (PosixSerialPort program = PosixSerialPort.Open(slave, 9600))
        {
            // A report of DP 101 = true.
            program.Write(Convert.FromHexString("55aa00050005650100010171"));
        }

        Eventually.Until(() => output.Lines.Length >= 1, "the report");
        stop.Cancel();
        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));
        Assert.Contains($"{{\"id\":101,\"code\":\"{code}\",", output.Lines[0]);
    }

    [PosixFact]
    public void A_missing_device_exits_1_with_one_line()
    {
        var error = new SharedWriter();
        int exit = CommandLine.Run(["monitor", "--port", "/dev/ttyUSB-tuyamcu-missing"], new CliConsole(TextReader.Null, new SharedWriter(), error));
        Assert.Equal(1, exit);
        Assert.Equal(["tuyamcu monitor: serial device /dev/ttyUSB-tuyamcu-missing does not exist"], error.Lines);
    }

    [PosixFact]
    public void A_busy_device_exits_1()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort holder = PosixSerialPort.Open(pty.SlavePath, 9600);
        var error = new SharedWriter();
        int exit = CommandLine.Run(["monitor", "--port", pty.SlavePath], new CliConsole(TextReader.Null, new SharedWriter(), error));
        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu monitor: serial device {pty.SlavePath} is busy (in use by another program)"], error.Lines);
    }

    [Fact]
    public void A_file_that_is_not_a_tty_exits_1()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "x");
        var error = new SharedWriter();
        int exit = CommandLine.Run(["monitor", "--port", file.Path], new CliConsole(TextReader.Null, new SharedWriter(), error));
        Assert.Equal(1, exit);
        Assert.Equal([$"tuyamcu monitor: {file.Path} is not a serial device (not a tty)"], error.Lines);
    }

    [PosixTheory]
    [InlineData(new[] { "monitor" }, "--port is required")]
    [InlineData(new[] { "monitor", "--pty", "--port", "/dev/ttyUSB0" }, "--port and --pty")]
    [InlineData(new[] { "monitor", "--port", "/dev/ttyUSB0", "--baud", "12345" }, "--baud: unsupported baud rate 12345")]
    [InlineData(new[] { "monitor", "--port", "/dev/ttyUSB0", "--baud", "fast" }, "--baud must be an integer")]
    [InlineData(new[] { "monitor", "--pty", "--duration", "0" }, "--duration must be between")]
    [InlineData(new[] { "monitor", "--pty", "--capture", "/nonexistent-dir/capture.txt" }, "--capture: cannot write")]
    [InlineData(new[] { "monitor", "--pty", "extra" }, "takes no arguments")]
    [InlineData(new[] { "monitor", "--port", "" }, "--port needs a device")]
    [InlineData(new[] { "monitor", "--pty", "--capture", "" }, "--capture needs a file")]
    [InlineData(new[] { "monitor", "--pty", "--profile", "pom02" }, "--profile: unknown profile 'pom02' (known: cpn01, pom01n)")]
    public void Bad_arguments_exit_2_naming_the_argument(string[] args, string message)
    {
        var error = new SharedWriter();
        int exit = CommandLine.Run(args, new CliConsole(TextReader.Null, new SharedWriter(), error));
        Assert.Equal(2, exit);
        Assert.Contains(message, error.Lines[0]);
        Assert.DoesNotContain("   at ", error.Text);
    }

    [Fact]
    public void Is_listed_with_its_usage()
    {
        var output = new SharedWriter();
        Assert.Equal(0, CommandLine.Run(["help", "monitor"], new CliConsole(TextReader.Null, output, new SharedWriter())));
        Assert.Contains("--capture FILE", output.Text);
        Assert.Contains("Windows (--port COMn)", output.Text);
    }

    [PosixFact]
    public async Task Each_printed_line_is_a_timestamp_and_a_json_object()
    {
        byte[] frame = Frame(TuyaCommand.GetLocalTime);
        using var stop = new CancellationTokenSource();
        var output = new SharedWriter();
        var error = new SharedWriter();
        Task<int> monitor = Task.Run(() => new MonitorCommand(stop.Token).Run(["--pty"], new CliConsole(TextReader.Null, output, error)));
        using (PosixSerialPort program = PosixSerialPort.Open(Eventually.PtyPath(error), 115200))
        {
            program.Write(frame);
        }

        Eventually.Until(() => output.Lines.Length >= 1, "a frame");
        stop.Cancel();
        Assert.Equal(0, await monitor.WaitAsync(Eventually.Timeout));

        (DateTimeOffset _, string json) = SplitLine(output.Lines[0]);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(TuyaCommand.GetLocalTime, document.RootElement.GetProperty("command").GetInt32());
        Assert.True(document.RootElement.GetProperty("checksumOk").GetBoolean());
    }
}
