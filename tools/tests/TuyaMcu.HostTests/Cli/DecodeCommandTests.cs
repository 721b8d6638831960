using System.Text;
using System.Text.Json;
using TuyaMcu.Cli;
using TuyaMcu.Cli.Commands;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Text;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// <c>decode</c> sees what the firmware sees (its parser, its limits, the end of a stream as a
/// silence), streams in bounded memory, and caps what it repeats.
/// </summary>
public sealed class DecodeCommandTests(ITestOutputHelper output)
{
    private const string NetworkStatus4 = "55AA000200010406";

    /// <summary>A report of DP 101 = true: the CPN01's total_count, the POM01-N's power_outage.</summary>
    private const string Dp101Report = "55aa00050005650100010171";

    [Theory]
    [InlineData(new string[0], "total_count")]
    [InlineData(new[] { "--profile", "cpn01" }, "total_count")]
    [InlineData(new[] { "--profile", "pom01n" }, "power_outage")]
    [InlineData(new[] { "--profile", "POM01N" }, "power_outage")]
    public void Dps_AreNamedByTheChosenProfilesSchema_Cpn01ByDefault(string[] profile, string code)
    {
        var r = CliRunner.Run(["decode", .. profile, Dp101Report]);

        Assert.Equal(0, r.ExitCode);
        JsonElement dp = Json(r.Lines.Single()).GetProperty("dps")[0];
        Assert.Equal(101, dp.GetProperty("id").GetInt32());
        Assert.Equal(code, dp.GetProperty("code").GetString());
    }

    [Fact]
    public void AnUnknownProfile_IsOneLine_AndExitStatus2()
    {
        var r = CliRunner.Run("decode", "--profile", "pom02", Dp101Report);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal("tuyamcu decode: --profile: unknown profile 'pom02' (known: cpn01, pom01n)", r.Error.Split('\n')[0]);
    }

    [Fact]
    public void AFrameAfterAnImpossibleLength_IsFound()
    {
        var r = CliRunner.Run("decode", "55aa0005ffff", NetworkStatus4);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("04", Json(r.Lines.Single()).GetProperty("data").GetString());
    }

    [Fact]
    public void ACompleteFrameBehindTheFirstBytesOfACutOffOne_IsFound_AtTheEndOfTheStream()
    {
        // 0x0010 is a plausible length: the parser waits for 23 bytes that never come.
        var r = CliRunner.RunWithInput("55aa00050010" + NetworkStatus4 + "\n", "decode");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("04", Json(r.Lines.Single()).GetProperty("data").GetString());
        Assert.Contains("line 1 ends inside an incomplete frame", r.Error);
    }

    /// <summary>
    /// The check the issue asks for: on the same bytes, decode finds exactly the frames (and
    /// checksum mismatches) the firmware's own parser finds with the link's options, the end of
    /// the stream being a silence the parser sees out.
    /// </summary>
    [Fact]
    public void Decode_FindsEveryFrameTheFirmwaresParserFinds()
    {
        var random = new Random(2024);
        int frames = 0;
        for (int i = 0; i < 300; i++)
        {
            byte[] stream = RandomStream(random);
            List<string> expected = FirmwareFinds(stream);
            frames += expected.Count;

            Assert.Equal(expected, Decoded(CliRunner.Run("decode", Hex.Format(stream, 0, stream.Length, ' '))));
            Assert.Equal(expected, Decoded(CliRunner.RunWithInput(Hex.FormatLower(stream, 0, stream.Length) + "\n", "decode")));
        }

        output.WriteLine($"{frames} frames and mismatches compared over 300 streams");
        Assert.True(frames > 300);
    }

    [Fact]
    public void ALargerMaximum_IsAnOption()
    {
        byte[] data = new byte[600];
        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        FrameWriter.Write(frame, 0, 0, TuyaCommand.SendCommand, data, 0, data.Length);
        string hex = Hex.FormatLower(frame, 0, frame.Length);

        Assert.Empty(CliRunner.Run("decode", hex).Lines);
        Assert.Equal(600, Json(CliRunner.Run("decode", "--max-length", "65535", hex).Lines.Single()).GetProperty("length").GetInt32());
    }

    [Fact]
    public void ALineOfAnyLength_IsDecodedInBoundedMemory()
    {
        // 8 MB of hex on one line, generated as it is read: a decoder that holds the line allocates far more.
        var line = new GeneratedInput(4_000_000, "00", lines: 1);
        long allocated = AllocatedBy(line, out CliRunner.Result r);

        output.WriteLine($"one line of {line.Chars:N0} characters: {allocated:N0} bytes allocated");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"bytes\":4000000", r.Out);
        Assert.InRange(allocated, 0, 1_000_000);
    }

    [Fact]
    public void ManyLines_ShareOneParser()
    {
        // A parser allocated per line (64 KB each before) would show here.
        var lines = new GeneratedInput(1, "55aa00b10000b0", lines: 20_000);
        long allocated = AllocatedBy(lines, out CliRunner.Result r);

        output.WriteLine($"{lines.Chars:N0} characters in 20,000 lines of one frame each: {allocated:N0} bytes allocated, {allocated / 20_000} per line");
        Assert.Equal(20_001, r.Lines.Length);
        Assert.InRange(allocated / 20_000, 0, 4_000);
    }

    [Fact]
    public void RepeatedChecksumMismatches_ArePrintedAHundredTimes_AndTheRestCounted()
    {
        // Header, version 0, command 0, no data, checksum 00 (should be FF): a mismatch every 7 bytes.
        var r = CliRunner.RunWithInput(string.Concat(Enumerable.Repeat("55aa0000000000", 1000)) + "\n", "decode", "--stats");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(DecodeCommand.MaxMismatchesShown, r.Lines.Count(l => l.Contains("\"checksumOk\":false", StringComparison.Ordinal)));
        Assert.Equal(1000, Json(r.Lines[^1]).GetProperty("stats").GetProperty("checksumErrors").GetInt32());
        Assert.Contains($"{1000 - DecodeCommand.MaxMismatchesShown} more checksum mismatches not printed", r.Error);
    }

    [Fact]
    public void RepeatedIncompleteLines_AreNamedTenTimes_AndTheRestCounted()
    {
        var r = CliRunner.RunWithInput(string.Concat(Enumerable.Repeat("55 AA 00 05 00 10\n", 500)), "decode");

        Assert.Equal(0, r.ExitCode);
        string[] errors = r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DecodeCommand.MaxIncompleteWarnings + 1, errors.Length);
        Assert.Equal($"tuyamcu decode: {500 - DecodeCommand.MaxIncompleteWarnings} more streams ended inside an incomplete frame (not named)", errors[^1]);
    }

    [Theory]
    [InlineData("55 AA 0G", "'G' at position 7 is not a hex digit")]
    [InlineData("  0x55aa 0", "odd number of hex digits at the end")]
    [InlineData("55 a bb", "odd number of hex digits before position 4")]
    [InlineData("55 a:bb", "odd number of hex digits before position 4")]
    [InlineData("0 55", "odd number of hex digits before position 1")]
    [InlineData("55 0x66", "'x' at position 4 is not a hex digit")]
    public void ALineThatIsNotHex_IsNamedWithTheSameMessageAsBefore(string line, string message)
    {
        var r = CliRunner.RunWithInput("# capture\n" + line + "\n", "decode");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"tuyamcu decode: line 2 is not hex: {message}", r.Error.Trim());
        Assert.Throws<FormatException>(() => Hex.ToBytes(line.Trim()));
    }

    [Fact]
    public void StandardInputThatIsADirectory_EndsWithOneLineAndStatus1()
    {
        using var tool = ToolProcess.Shell("exec \"$@\" <\"$IN\"", new Dictionary<string, string> { ["IN"] = Path.GetTempPath() }, "decode");

        var (exit, _, error) = ToolProcess.Finish(tool);

        Assert.Equal(1, exit);
        Assert.Equal("tuyamcu decode: cannot read standard input: Is a directory", error.Trim());
    }

    private static long AllocatedBy(TextReader input, out CliRunner.Result result)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new DecodeCommand();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int exit = command.Run(["--stats"], new CliConsole(input, output, error));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before - output.GetStringBuilder().Capacity * 2L;
        result = new CliRunner.Result(exit, output.ToString(), error.ToString());
        return allocated;
    }

    /// <summary>The frames the firmware's parser finds, with the link's options, when the stream is followed by silence.</summary>
    private static List<string> FirmwareFinds(byte[] stream)
    {
        var options = new LinkOptions();
        var sink = new Recorder();
        var parser = new FrameParser(sink, options.MaxDataLength, options.InterByteTimeoutMs);
        parser.Feed(stream, 0, stream.Length, 0);
        parser.Poll(options.InterByteTimeoutMs);
        return sink.Found;
    }

    private static List<string> Decoded(CliRunner.Result r)
    {
        Assert.Equal(0, r.ExitCode);
        return r.Lines.Select(Json).Select(f => $"{f.GetProperty("version").GetInt32():x2}{f.GetProperty("command").GetInt32():x2}:{f.GetProperty("data").GetString()}:{f.GetProperty("checksumOk").GetBoolean()}").ToList();
    }

    private static JsonElement Json(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    /// <summary>Frames, garbage, stray headers, cut-off and corrupted frames, lengths beyond the maximum.</summary>
    private static byte[] RandomStream(Random random)
    {
        var stream = new List<byte>();
        int parts = random.Next(1, 8);
        for (int p = 0; p < parts; p++)
        {
            int length = random.Next(10) == 0 ? random.Next(500, 700) : random.Next(0, 24);
            byte[] data = new byte[length];
            random.NextBytes(data);
            byte[] frame = new byte[length + FrameFormat.Overhead];
            FrameWriter.Write(frame, 0, (byte)random.Next(2), (byte)random.Next(256), data, 0, length);
            switch (random.Next(6))
            {
                case 0:
                    frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    frame = frame[..random.Next(1, frame.Length)];
                    break;
                case 2:
                    stream.AddRange([0x55, 0xAA, 0x00, 0x05, (byte)random.Next(256), (byte)random.Next(256)]);
                    break;
                case 3:
                    stream.Add((byte)random.Next(256));
                    break;
            }

            stream.AddRange(frame);
        }

        return [.. stream];
    }

    private sealed class Recorder : IFrameSink
    {
        public List<string> Found { get; } = [];

        public void OnFrame(Frame frame) => Add(frame, true);

        public void OnChecksumMismatch(Frame candidate) => Add(candidate, false);

        private void Add(Frame f, bool ok) =>
            Found.Add($"{f.Version:x2}{f.Command:x2}:{Hex.FormatLower(f.Buffer, f.DataOffset, f.DataLength)}:{ok}");
    }

    /// <summary>Lines of <paramref name="unit"/> repeated, generated as they are read, never held whole.</summary>
    private sealed class GeneratedInput(int repeats, string unit, int lines) : TextReader
    {
        private int _line;
        private long _at;

        public long Chars => (long)lines * (repeats * unit.Length + 1);

        public override int Read()
        {
            char[] one = new char[1];
            return Read(one, 0, 1) == 1 ? one[0] : -1;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            int n = 0;
            long perLine = (long)repeats * unit.Length + 1;
            while (n < count && _line < lines)
            {
                buffer[index + n++] = _at == perLine - 1 ? '\n' : unit[(int)(_at % unit.Length)];
                if (++_at == perLine)
                {
                    _at = 0;
                    _line++;
                }
            }

            return n;
        }
    }
}
