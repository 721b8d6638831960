using System.Globalization;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Decoding;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Cli.Commands;

/// <summary>
/// <c>decode [HEX...]</c>: finds the frames in hex text and prints one JSON object per frame.
/// Arguments form one byte stream; without arguments every line of standard input is an
/// independent stream ('#' starts a comment line, as in monitor captures). It parses as the
/// firmware does (its maximum data length; the end of a stream is a silence, so what a partial
/// frame held is rescanned), streams (memory stays bounded whatever the line length) and prints
/// at most <see cref="MaxMismatchesShown"/> checksum mismatches.
/// </summary>
public sealed class DecodeCommand : ICommand
{
    /// <summary>Checksum mismatches printed per run; the rest are counted.</summary>
    public const int MaxMismatchesShown = 100;

    /// <summary>"Ends inside an incomplete frame" warnings printed per run; the rest are counted.</summary>
    public const int MaxIncompleteWarnings = 10;

    private const int CharBlock = 64 * 1024;
    private const int ByteBlock = 4 * 1024;

    public string Name => "decode";

    public string Summary => "decode hex into frames, one JSON object per frame";

    public string Usage => $"""
        usage: tuyamcu decode [--stats] [--max-length N] [--profile NAME] [HEX...]
          Finds every 0x55AA frame in the hex bytes given as arguments (one stream) or, with no
          arguments, on each line of standard input (each line is its own stream; empty lines
          and lines starting with '#' are skipped; lines of any length are read in constant
          memory). Prints one JSON object per frame, in stream order; frames whose checksum is
          wrong are printed with "checksumOk":false (the first {MaxMismatchesShown}; how many more were
          left out is said at the end). Parses as the firmware does: a header announcing more
          than N data bytes is garbage, and the end of a stream is a silence, so a complete frame
          behind the first bytes of a cut-off one is still found.
          --max-length N   largest data length, 0..65535 (default {FrameFormat.DefaultMaxDataLength}, the firmware's)
          --stats          end with a line of parser counters
        {ProfileOption.Usage}: DPs are named ("code") by its schema
        exit status: 0 decoded, 1 standard input could not be read, 2 bad arguments or a line
        that is not hex
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, ["--max-length", ProfileOption.Name], ["--stats"]);
        int maxLength = (int)parsed.GetInteger("--max-length", FrameFormat.DefaultMaxDataLength, 0, FrameFormat.MaxEncodableDataLength);
        var output = new FrameJsonSink(console.Out, new FrameDescriber(SensorDps.Codes(ProfileOption.From(parsed))));

        // One parser for the whole run; the text carries no timing, so silences are the ends of streams.
        var parser = new FrameParser(output, maxLength, 0);
        var incomplete = new RepeatedWarning(console.Error, MaxIncompleteWarnings);
        if (parsed.Positionals.Count > 0)
        {
            byte[] bytes = HexArgument.Parse(string.Join(' ', parsed.Positionals), "arguments are not hex");
            parser.Feed(bytes, 0, bytes.Length, 0);
            EndStream(parser, incomplete, "arguments");
        }
        else
        {
            int status = DecodeLines(console, parser, incomplete);
            if (status != 0)
            {
                return status;
            }
        }

        console.Out.Flush();
        output.ReportSuppressed(console.Error);
        incomplete.ReportSuppressed("more streams ended inside an incomplete frame");
        if (parsed.Has("--stats"))
        {
            WriteStats(console.Out, parser.Statistics);
        }

        console.Out.Flush();
        return 0;
    }

    /// <summary>Decodes standard input block by block: each line one stream, never a whole line in memory.</summary>
    private static int DecodeLines(CliConsole console, FrameParser parser, RepeatedWarning incomplete)
    {
        var hex = new HexLineDecoder();
        char[] chars = new char[CharBlock];
        byte[] bytes = new byte[ByteBlock];
        int held = 0;
        long lineNumber = 1;
        try
        {
            int read;
            while ((read = console.In.Read(chars, 0, chars.Length)) > 0)
            {
                for (int i = 0; i < read; i++)
                {
                    char c = chars[i];
                    if (c == '\n')
                    {
                        EndLine(hex, parser, bytes, ref held, incomplete, lineNumber);
                        lineNumber++;
                    }
                    else if (hex.Add(c, out bytes[held]) && ++held == bytes.Length)
                    {
                        parser.Feed(bytes, 0, held, 0);
                        held = 0;
                    }
                }
            }

            if (!hex.IsBlankOrComment || held > 0)
            {
                EndLine(hex, parser, bytes, ref held, incomplete, lineNumber);
            }
        }
        catch (FormatException e)
        {
            console.Out.Flush();
            console.Error.WriteLine($"tuyamcu decode: line {lineNumber} is not hex: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            console.Out.Flush();
            console.Error.WriteLine($"tuyamcu decode: cannot read standard input: {e.Message}");
            return 1;
        }

        return 0;
    }

    private static void EndLine(HexLineDecoder hex, FrameParser parser, byte[] bytes, ref int held, RepeatedWarning incomplete, long lineNumber)
    {
        bool blank = hex.IsBlankOrComment;
        hex.EndLine();
        parser.Feed(bytes, 0, held, 0);
        held = 0;
        if (!blank)
        {
            EndStream(parser, incomplete, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}"));
        }
    }

    private static void EndStream(FrameParser parser, RepeatedWarning incomplete, string where)
    {
        if (parser.IsReceiving)
        {
            incomplete.Write($"tuyamcu decode: {where} ends inside an incomplete frame");
        }

        parser.EndOfInput();
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

    /// <summary>Prints each frame (and the first checksum-mismatched candidates) as a JSON line.</summary>
    private sealed class FrameJsonSink(TextWriter output, FrameDescriber describer) : IFrameSink
    {
        private long _mismatches;

        public void OnFrame(Frame frame) => output.WriteLine(describer.Describe(frame, true));

        public void OnChecksumMismatch(Frame candidate)
        {
            if (++_mismatches <= MaxMismatchesShown)
            {
                output.WriteLine(describer.Describe(candidate, false));
            }
        }

        public void ReportSuppressed(TextWriter error)
        {
            if (_mismatches > MaxMismatchesShown)
            {
                error.WriteLine($"tuyamcu decode: {_mismatches - MaxMismatchesShown} more checksum mismatches not printed (the first {MaxMismatchesShown} were; --stats counts them all)");
            }
        }
    }

    /// <summary>A warning printed the first few times, then only counted.</summary>
    private sealed class RepeatedWarning(TextWriter error, int limit)
    {
        private long _count;

        public void Write(string line)
        {
            if (++_count <= limit)
            {
                error.WriteLine(line);
            }
        }

        public void ReportSuppressed(string what)
        {
            if (_count > limit)
            {
                error.WriteLine($"tuyamcu decode: {_count - limit} {what} (not named)");
            }
        }
    }
}
