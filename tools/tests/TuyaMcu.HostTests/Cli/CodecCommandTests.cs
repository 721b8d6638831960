using System.Text.Json;

namespace TuyaMcu.HostTests.Cli;

public sealed class CodecCommandTests
{
    [Fact]
    public void Decode_PrintsOneJsonObjectPerFrame_WithDpsAndTheSpecName()
    {
        var r = CliRunner.Run("decode", "55", "aa", "00", "05", "00", "05", "6d", "01", "00", "01", "01", "79", "55aa00bb0001 01bc");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Lines.Length);
        using var first = JsonDocument.Parse(r.Lines[0]);
        JsonElement f = first.RootElement;
        Assert.Equal(0, f.GetProperty("version").GetInt32());
        Assert.Equal(5, f.GetProperty("command").GetInt32());
        Assert.Equal("Report real-time status", f.GetProperty("name").GetString());
        Assert.Equal(5, f.GetProperty("length").GetInt32());
        Assert.Equal("6d01000101", f.GetProperty("data").GetString());
        Assert.True(f.GetProperty("checksumOk").GetBoolean());
        JsonElement dp = f.GetProperty("dps")[0];
        Assert.Equal(109, dp.GetProperty("id").GetInt32());
        Assert.Equal("bool", dp.GetProperty("type").GetString());
        Assert.True(dp.GetProperty("value").GetBoolean());
        using var second = JsonDocument.Parse(r.Lines[1]);
        Assert.Equal("bound", second.RootElement.GetProperty("resultText").GetString());
    }

    [Theory]
    [InlineData("55 AA 00 06 00 08 01 12 09 11 10 09 05 01 59", "time", "2018-09-17T16:09:05")]
    [InlineData("55 AA 00 BD 00 0F 38 36 34 32 33 37 30 34 30 30 31 34 37 33 33 CF", "imei", "864237040014733")]
    [InlineData("55 AA 00 C2 00 1E 7B 22 61 70 6E 22 3A 22 63 74 6E 62 22 2C 22 70 64 70 5F 74 79 70 65 22 3A 22 49 50 22 7D 6B", "apn", "ctnb")]
    [InlineData("55 AA 00 02 00 01 04 06", "networkStatusText", "cloud connected")]
    [InlineData("55 AA 00 0B 00 02 01 50 5D", "rsrpDbm", "-61")]
    public void Decode_DecodesEachCommandsPayload(string hex, string field, string expected)
    {
        var r = CliRunner.RunWithInput(hex + "\n", "decode");

        using var json = JsonDocument.Parse(r.Lines.Single());
        JsonElement value = json.RootElement.GetProperty(field);
        Assert.Equal(expected, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
    }

    [Fact]
    public void Decode_TreatsEachStdinLineAsItsOwnStream_AndSkipsComments()
    {
        // The first line ends inside a frame; the second line's frame must not be glued to it.
        var r = CliRunner.RunWithInput("55 AA 00 05 00 05 6D\n# a comment\n\n55 AA 00 B1 00 00 B0\n", "decode", "--stats");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Lines.Length);
        Assert.Contains("\"command\":177", r.Lines[0]);
        using var stats = JsonDocument.Parse(r.Lines[1]);
        Assert.Equal(1, stats.RootElement.GetProperty("stats").GetProperty("frames").GetInt32());
        Assert.Equal(14, stats.RootElement.GetProperty("stats").GetProperty("bytes").GetInt32());
        Assert.Contains("line 1 ends inside an incomplete frame", r.Error);
    }

    [Fact]
    public void Decode_ShowsAChecksumMismatch_WithTheExpectedChecksum()
    {
        var r = CliRunner.Run("decode", "55 aa 00 bb 00 00 0a");

        using var json = JsonDocument.Parse(r.Lines.Single());
        Assert.False(json.RootElement.GetProperty("checksumOk").GetBoolean());
        Assert.Equal("ba", json.RootElement.GetProperty("expectedChecksum").GetString());
    }

    [Fact]
    public void Decode_ExitsWith2_NamingTheLine_WhenALineIsNotHex()
    {
        var r = CliRunner.RunWithInput("55 AA 00 B1 00 00 B0\n55 AA 0G\n", "decode");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("line 2 is not hex", r.Error);
        Assert.Contains("'G' at position 7", r.Error);
    }

    [Fact]
    public void Encode_PrintsTheFrame()
    {
        var r = CliRunner.Run("encode", "--command", "0xb3", "--data", "00 00 0e 10");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("55 AA 00 B3 00 04 00 00 0E 10 D4", r.Out.Trim());
    }

    [Theory]
    [InlineData(new[] { "encode" }, "--command is required")]
    [InlineData(new[] { "encode", "--command", "300" }, "--command must be 0..255")]
    [InlineData(new[] { "encode", "--command", "5", "--data", "0x5" }, "--data is not hex")]
    [InlineData(new[] { "encode", "--command", "5", "--colour", "red" }, "unknown option --colour")]
    [InlineData(new[] { "bench", "codec", "--chunk", "0" }, "--chunk must be 1..1048576")]
    [InlineData(new[] { "bench", "codec", "--input", "/nonexistent/file" }, "--input: no such file '/nonexistent/file'")]
    [InlineData(new[] { "bench", "codec", "--input", "" }, "--input needs a file")]
    [InlineData(new[] { "sim", "--scenario", "" }, "--scenario needs a file")]
    [InlineData(new[] { "cpn01", "0g" }, "the payload is not hex: 'g' at position 1")]
    [InlineData(new[] { "bench" }, "bench needs a target")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    public void BadArguments_ExitWith2_AndNameTheProblem(string[] args, string expected)
    {
        var r = CliRunner.Run(args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public void BenchCodec_ParsesAFileGiven()
    {
        string path = Path.GetTempFileName();
        File.WriteAllBytes(path, Convert.FromHexString("55AA000500056D0100010179" + "55AA00B10000B0"));
        try
        {
            var r = CliRunner.Run("bench", "codec", "--input", path, "--seconds", "0.05");

            using var json = JsonDocument.Parse(r.Lines.Single());
            Assert.Equal(2, json.RootElement.GetProperty("framesPerPass").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
