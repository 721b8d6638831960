using TuyaMcu.Protocol;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Decoding;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>decode [HEX...]</c>: finds the frames in hex text and prints one JSON object per frame.
/// Arguments form one byte stream; without arguments every line of standard input is an
/// independent stream ('#' starts a comment line, as in monitor captures).
/// </summary>
public sealed class DecodeCommand : ICommand
{
    public string Name => "decode";

    public string Summary => "decode hex into frames, one JSON object per frame";

    public string Usage => """
        usage: tuyamcu decode [--stats] [HEX...]
          Finds every 0x55AA frame in the hex bytes given as arguments (one stream) or, with no
          arguments, on each line of standard input (each line is its own stream; empty lines
          and lines starting with '#' are skipped). Prints one JSON object per frame, in stream
          order; frames whose checksum is wrong are printed with "checksumOk":false.
          --stats   end with a line of parser counters
        exit status: 0 decoded, 2 bad arguments or a line that is not hex
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [], ["--stats"]);
        var output = new FrameJsonSink(console.Out, new FrameDescriber());
        var totals = new ParserStatistics();

        if (parsed.Positionals.Count > 0)
        {
            byte[] bytes = HexArgument.Parse(string.Join(' ', parsed.Positionals), "arguments are not hex");
            DecodeStream(bytes, output, totals, console, "arguments");
        }
        else
        {
            int lineNumber = 0;
            string? line;
            while ((line = console.In.ReadLine()) != null)
            {
                lineNumber++;
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                {
                    continue;
                }

                byte[] bytes;
                try
                {
                    bytes = Hex.ToBytes(trimmed);
                }
                catch (FormatException e)
                {
                    console.Out.Flush();
                    console.Error.WriteLine($"tuyamcu decode: line {lineNumber} is not hex: {e.Message}");
                    return 2;
                }

                DecodeStream(bytes, output, totals, console, $"line {lineNumber}");
            }
        }

        if (parsed.Has("--stats"))
        {
            WriteStats(console.Out, totals);
        }

        console.Out.Flush();
        return 0;
    }

    private static void DecodeStream(byte[] bytes, FrameJsonSink output, ParserStatistics totals, CliConsole console, string where)
    {
        // Each stream is parsed on its own, without timeouts: the text carries no timing.
        var parser = new FrameParser(output, FrameFormat.MaxEncodableDataLength, 0);
        parser.Feed(bytes, 0, bytes.Length, 0);
        if (parser.IsReceiving)
        {
            console.Error.WriteLine($"tuyamcu decode: {where} ends inside an incomplete frame");
        }

        ParserStatistics s = parser.Statistics;
        totals.Frames += s.Frames;
        totals.ChecksumErrors += s.ChecksumErrors;
        totals.DiscardedBytes += s.DiscardedBytes;
        totals.OversizeLengths += s.OversizeLengths;
        totals.Timeouts += s.Timeouts;
        totals.BytesReceived += s.BytesReceived;
    }

    private static void WriteStats(TextWriter output, ParserStatistics s) => JsonLine.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("stats");
        json.WriteNumber("bytes", s.BytesReceived);
        json.WriteNumber("frames", s.Frames);
        json.WriteNumber("checksumErrors", s.ChecksumErrors);
        json.WriteNumber("discardedBytes", s.DiscardedBytes);
        json.WriteNumber("oversizeLengths", s.OversizeLengths);
        json.WriteNumber("timeouts", s.Timeouts);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>Prints each frame (and each checksum-mismatched candidate) as a JSON line.</summary>
    private sealed class FrameJsonSink(TextWriter output, FrameDescriber describer) : IFrameSink
    {
        public void OnFrame(Frame frame) => output.WriteLine(describer.Describe(frame, true));

        public void OnChecksumMismatch(Frame candidate) => output.WriteLine(describer.Describe(candidate, false));
    }
}
