using System.Globalization;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Decoding;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>monitor (--port DEV | --pty) [--baud N] [--capture FILE] [--duration SECONDS]</c>: passively
/// decodes the frames on a serial line, one timestamped JSON line per frame, optionally keeping a
/// capture file that <c>decode</c> reads back.
/// </summary>
/// <param name="stop">Stops the command when it fires, as Ctrl+C, SIGTERM, SIGHUP and --duration do (for running it in-process).</param>
public sealed class MonitorCommand(CancellationToken stop = default) : ICommand
{
    public string Name => "monitor";

    public string Summary => "watch a serial line and print its frames as timestamped JSON";

    public string Usage => $"""
        usage: tuyamcu monitor (--port DEV | --pty) [--baud N] [--serial-backend NAME] [--profile NAME] [--capture FILE] [--duration SECONDS]
          Reads a serial line without writing to it and prints one line per frame: an ISO-8601
          timestamp of its first byte (local time, milliseconds, UTC offset), a space, then the
          frame as JSON, as 'decode' prints it (frames whose checksum is wrong too, with
          "checksumOk":false). It parses as the firmware does: a header announcing more than 512
          data bytes is garbage, a partial frame followed by 300 ms of silence is dropped. Runs
          until Ctrl+C (or SIGTERM or SIGHUP) or --duration, then prints the parser's counters to
          standard error.
          --port DEV         the serial device: /dev/ttyUSB0, /dev/ttyACM0, /dev/cu.usbserial-1410, COM3, ...
                             opened exclusively, raw 8N1, no flow control
          --pty              instead, create a pseudo-terminal, print its slave path to standard
                             error as 'pty: /dev/pts/N', and monitor what programs write to it
          --baud N           line speed (default {SerialPorts.DefaultBaudRate}; 9600, 19200, 38400, 57600, 115200, ...)
        {SerialLineOptions.BackendUsage}
        {ProfileOption.Usage}: DPs are named ("code") by its schema
          --capture FILE     also write FILE: '#' comment lines with the timestamps and one line of
                             hex per frame; 'tuyamcu decode < FILE' prints the same frames again
          --duration SECONDS stop after this long
        {SerialLineOptions.Platforms}
        exit status: 0 stopped, 1 the device could not be used (missing, busy, not a tty, permission
        denied, unplugged) or the output could not be written, 2 bad arguments
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [.. SerialLineOptions.ValueOptions, "--capture", ProfileOption.Name], [SerialLineOptions.PtyFlag]);
        parsed.RejectPositionals(Name);
        var describer = new FrameDescriber(SensorDps.Codes(ProfileOption.From(parsed)));
        SerialLineOptions options = SerialLineOptions.From(parsed);
        string? capturePath = parsed.GetName("--capture", "file");
        if (capturePath != null)
        {
            InputFile.CheckOutput("--capture", capturePath);
        }

        return SerialCommandErrors.Guard(Name, console, () =>
        {
            using ISerialEndpoint line = options.Open(out string source);
            using CaptureWriter? capture = capturePath == null ? null : CreateCapture(capturePath);
            SerialLineOptions.WritePtyPath(line, console);
            console.Error.WriteLine($"tuyamcu monitor: listening on {source}" + (options.Duration == null ? ", Ctrl+C to stop" : ""));
            console.Error.Flush();
            return Monitor(line, source, capture, describer, options.Duration, console);
        }, "cannot write output: ");
    }

    private int Monitor(ISerialEndpoint line, string source, CaptureWriter? capture, FrameDescriber describer, TimeSpan? duration, CliConsole console)
    {
        var printer = new FramePrinter(console.Out, capture, describer);
        var monitor = new SerialFrameMonitor(line, printer);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using StopSignals signals = StopSignals.Register(stopping);
        DateTimeOffset started = DateTimeOffset.Now;
        capture?.WriteHeader(source, started);
        try
        {
            monitor.Run(duration, stopping.Token);
            return 0;
        }
        finally
        {
            DateTimeOffset stopped = DateTimeOffset.Now;
            ParserStatistics s = monitor.Statistics;
            try
            {
                console.Out.Flush();
                capture?.WriteSummary(stopped, s);
            }
            catch (IOException)
            {
                // Reported by Run if it is what stopped the monitor; the counters below still matter.
            }

            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tuyamcu monitor: stopped after {(stopped - started).TotalSeconds:0.0} s: {s.BytesReceived} bytes, {s.Frames} frames, " +
                $"{s.ChecksumErrors} checksum errors, {s.DiscardedBytes} discarded bytes, {s.Timeouts} timeouts"));
        }
    }

    private static CaptureWriter CreateCapture(string path)
    {
        try
        {
            return CaptureWriter.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"--capture: cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Prints each frame as "timestamp json" and adds it to the capture.</summary>
    private sealed class FramePrinter(TextWriter output, CaptureWriter? capture, FrameDescriber describer) : IMonitorSink
    {
        public void OnFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk)
        {
            output.WriteLine($"{CaptureWriter.FormatTimestamp(receivedAt)} {describer.Describe(frame, checksumOk)}");
            output.Flush();
            capture?.WriteFrame(receivedAt, frame, checksumOk);
        }
    }
}
