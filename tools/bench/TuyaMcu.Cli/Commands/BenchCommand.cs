using TuyaMcu.Tooling.Bench;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>bench codec [--input FILE] [--chunk N[,N...]] [--seconds S]</c>: codec throughput, calls, copies and allocation;
/// <c>bench memory [--datalog N] [--top N]</c>: the whole firmware's heap footprint.
/// <c>bench serial [--serial-backend NAME] [--baud N] [--seconds S]</c>: a serial backend's cost per frame.
/// </summary>
public sealed class BenchCommand : ICommand
{
    /// <summary>Largest --input file: it is held in memory and parsed over and over.</summary>
    public const int MaxInputBytes = 64 << 20;

    public string Name => "bench";

    public string Summary => "measure the codec (frames/s, bytes allocated per frame), the firmware's heap footprint or a serial backend's cost per frame";

    public string Usage => """
        usage: tuyamcu bench codec [--input FILE] [--chunk N[,N...]] [--seconds S]
               tuyamcu bench memory [--profile cpn01|pom01n] [--datalog N] [--top N]
          Parses a realistic mixed stream (DP reports, record reports, time replies, module
          commands, results, a little garbage), fed N bytes at a time (default 64) as a UART
          driver would, and writes frames with the firmware's writers. Prints one JSON line per
          chunk size: frames and MB/s, bytes allocated per frame, and the method calls (feeds, the
          parser's own calls, the sink's callbacks) and bytes copied per byte parsed. Several
          chunk sizes (--chunk 1,64) are measured on the same stream in the same run, in turns;
          timesSlowerThanFastestChunk compares each with the fastest of them.
          --input FILE   parse the raw bytes of FILE (at most 64 MiB) instead of the generated stream
          --chunk N,...  bytes per feed, each 1..1048576 (default 64)
          --seconds S    minimum measuring time per chunk size and for the writers (default 2)
        usage: tuyamcu bench serial [--serial-backend termios|dotnet] [--baud N] [--seconds S]
          Round trips of a 7-byte frame through a pseudo-terminal whose slave is opened as a port
          by each backend (or the one named): written into the pty, read from the port, written
          back, read from the pty. Prints one JSON line per backend: microseconds and bytes
          allocated (whole process) per round trip. Linux and macOS (pseudo-terminals).
          --baud N       the port's speed (default 9600; a pty moves bytes at memory speed anyway)
          --seconds S    measuring time per backend (default 2)
        Build with -c Release for meaningful figures.

        bench memory runs the device test's whole-firmware day (TuyaMcu.Tests/Firmware: the
        firmware as the board builds it, a scripted module, a day of reports, records, contact
        changes, DP commands, an outage and console sessions) and prints the nanoCLR heap model's
        census at each checkpoint against the ESP32 budget, the largest parts, and the bytes the
        host runtime allocated at start-up and in steady state.
          --profile P    the device profile's day: cpn01 (default) or pom01n (outage in battery
                         mode, brown-outs, clock log, downlinks)
          --datalog N    datalog (POM01-N: log) records to keep, 32..4096 (default: the firmware's)
          --top N        largest parts to list (default 15)
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count > 0 && args[0] == "memory")
        {
            return RunMemory(args.Skip(1).ToList(), console);
        }

        CommandArgs parsed = CommandArgs.Parse(args, ["--input", "--chunk", "--seconds", SerialLineOptions.BackendOption, "--baud"], []);
        if (parsed.Positionals is ["serial"])
        {
            RejectOptions(parsed, "serial", "--input", "--chunk");
            return RunSerial(parsed, console);
        }

        if (parsed.Positionals is not ["codec"])
        {
            throw new UsageException("bench needs a target: 'bench codec', 'bench memory' or 'bench serial'");
        }

        RejectOptions(parsed, "codec", SerialLineOptions.BackendOption, "--baud");

        int[] chunks = (parsed.Get("--chunk") ?? "64").Split(',').Select(c => (int)CommandArgs.ParseInteger("--chunk", c.Trim(), 1, 1 << 20)).ToArray();
        double seconds = parsed.GetNumber("--seconds", 2, 0.05, 3600);
        byte[]? input = null;
        string? path = parsed.GetName("--input", "file");
        if (path != null)
        {
            input = InputFile.ReadBytes("--input", path, MaxInputBytes);
            if (input.Length == 0)
            {
                throw new UsageException($"--input: '{path}' is empty");
            }
        }

        IReadOnlyList<CodecBenchmarkResult> results = new CodecBenchmark().Run(input, chunks, seconds);
        double fastest = results.Max(r => r.MegabytesPerSecond);
        foreach (CodecBenchmarkResult r in results)
        {
            WriteCodecLine(console, path, r, fastest);
        }

        return 0;
    }

    // fastest: the best throughput of the run, so that each line says how many times slower it is per byte.
    private static void WriteCodecLine(CliConsole console, string? path, CodecBenchmarkResult r, double fastest)
    {
        JsonLine.Write(console.Out, json =>
        {
            json.WriteStartObject();
            json.WriteString("benchmark", "codec");
            json.WriteString("input", path ?? "generated");
            json.WriteNumber("chunk", r.Chunk);
            json.WriteNumber("streamBytes", r.StreamBytes);
            json.WriteNumber("framesPerPass", r.FramesPerPass);
            json.WriteNumber("passes", r.Passes);
            json.WriteNumber("framesPerSecond", Math.Round(r.FramesPerSecond));
            json.WriteNumber("megabytesPerSecond", Math.Round(r.MegabytesPerSecond, 1));
            json.WriteNumber("timesSlowerThanFastestChunk", Math.Round(fastest / r.MegabytesPerSecond, 2));
            json.WriteNumber("allocatedBytesPerFrame", r.AllocatedBytesPerFrame); // not rounded: 0 means none at all
            json.WriteNumber("checksumErrorsPerPass", r.ChecksumErrorsPerPass);
            json.WriteNumber("discardedBytesPerPass", r.DiscardedBytesPerPass);
            json.WriteNumber("callsPerByte", Math.Round(r.CallsPerByte, 4));
            json.WriteNumber("bytesCopiedPerByte", Math.Round(r.BytesCopiedPerByte, 4));
            json.WriteNumber("writeFramesPerSecond", Math.Round(r.WriteFramesPerSecond));
            json.WriteNumber("writeAllocatedBytesPerFrame", r.WriteAllocatedBytesPerFrame);
            json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
#if DEBUG
            json.WriteString("warning", "Debug build: use -c Release for representative figures");
#endif
            json.WriteEndObject();
        });
    }

    private static int RunMemory(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, ["--profile", "--datalog", "--top"], []);
        parsed.RejectPositionals("bench memory");
        string profile = parsed.Get("--profile") ?? "cpn01";
        if (profile != "cpn01" && profile != "pom01n")
        {
            throw new UsageException($"--profile must be cpn01 or pom01n, got '{profile}'");
        }

        int datalog = (int)parsed.GetInteger("--datalog", 0, 32, 4096);
        int top = (int)parsed.GetInteger("--top", 15, 1, 1000);
        MemoryReport.Write(console.Out, new MemoryBenchmark().Run(datalog, profile), top);
        return 0;
    }

    /// <summary>Runs <c>bench serial</c>: one JSON line per backend measured.</summary>
    private static int RunSerial(CommandArgs parsed, CliConsole console)
    {
        double seconds = parsed.GetNumber("--seconds", 2, 0.05, 3600);
        int baud = (int)parsed.GetInteger("--baud", SerialPorts.DefaultBaudRate, 1, int.MaxValue);
        string? name = parsed.Get(SerialLineOptions.BackendOption);
        SerialBackend[] backends = name == null ? [SerialBackend.Termios, SerialBackend.DotNet] : [SerialLineOptions.BackendNamed(name)];
        return SerialCommandErrors.Guard("bench", console, () =>
        {
            SerialPorts.ValidateBaudRate(baud);
            foreach (SerialBackend backend in backends)
            {
                SerialRoundTripResult r = SerialRoundTripBenchmark.Run(backend, baud, seconds);
                JsonLine.Write(console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("benchmark", "serial");
                    json.WriteString("backend", SerialPorts.NameOf(r.Backend));
                    json.WriteNumber("baud", r.BaudRate);
                    json.WriteNumber("frameBytes", r.FrameBytes);
                    json.WriteNumber("roundTrips", r.RoundTrips);
                    json.WriteNumber("microsecondsPerRoundTrip", Math.Round(r.MicrosecondsPerRoundTrip, 1));
                    json.WriteNumber("allocatedBytesPerRoundTrip", Math.Round(r.AllocatedBytesPerRoundTrip));
                    json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
                    json.WriteEndObject();
                });
            }

            return 0;
        });
    }

    private static void RejectOptions(CommandArgs parsed, string target, params string[] options)
    {
        foreach (string option in options)
        {
            if (parsed.Get(option) != null)
            {
                throw new UsageException($"{option} does not apply to 'bench {target}'");
            }
        }
    }
}
