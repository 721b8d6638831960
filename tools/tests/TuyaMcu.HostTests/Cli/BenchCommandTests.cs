using System.Text.Json;

namespace TuyaMcu.HostTests.Cli;

[Collection(MeasuredAlone.Name)]
public sealed class BenchCommandTests
{
    [Fact]
    public void BenchCodec_PrintsItsFigures_AndParsingAllocatesNothing()
    {
        var r = CliRunner.Run("bench", "codec", "--seconds", "0.05", "--chunk", "17");

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Lines.Single());
        JsonElement root = json.RootElement;
        Assert.Equal(0, root.GetProperty("allocatedBytesPerFrame").GetDouble());
        Assert.Equal(0, root.GetProperty("writeAllocatedBytesPerFrame").GetDouble());
        Assert.True(root.GetProperty("framesPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("megabytesPerSecond").GetDouble() > 0);
        Assert.Equal(17, root.GetProperty("chunk").GetInt32());
    }

    [Fact]
    public void BenchCodec_MeasuresSeveralChunkSizesOnTheSameStream_WithCallsAndCopiesPerByte()
    {
        var r = CliRunner.Run("bench", "codec", "--seconds", "0.1", "--chunk", "1,64");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Lines.Length);
        using var byteByByte = JsonDocument.Parse(r.Lines[0]);
        using var chunked = JsonDocument.Parse(r.Lines[1]);
        JsonElement one = byteByByte.RootElement;
        JsonElement many = chunked.RootElement;
        Assert.Equal(1, one.GetProperty("chunk").GetInt32());
        Assert.Equal(64, many.GetProperty("chunk").GetInt32());
        Assert.Equal(one.GetProperty("streamBytes").GetInt64(), many.GetProperty("streamBytes").GetInt64());
        Assert.Equal(one.GetProperty("framesPerPass").GetInt64(), many.GetProperty("framesPerPass").GetInt64());
        Assert.Equal(0, one.GetProperty("allocatedBytesPerFrame").GetDouble());
        Assert.Equal(0, many.GetProperty("allocatedBytesPerFrame").GetDouble());
        double oneSlower = one.GetProperty("timesSlowerThanFastestChunk").GetDouble();
        double manySlower = many.GetProperty("timesSlowerThanFastestChunk").GetDouble();
        Assert.Equal(1, Math.Min(oneSlower, manySlower));
        Assert.InRange(
            one.GetProperty("megabytesPerSecond").GetDouble() * oneSlower / (many.GetProperty("megabytesPerSecond").GetDouble() * manySlower),
            0.98,
            1.02);

        // Byte by byte: a call per feed, a scanner call only where a read completes a judgement, a callback
        // per frame; every byte waits in the buffer, and the few behind a bad candidate move up once more.
        Assert.InRange(one.GetProperty("callsPerByte").GetDouble(), 1.0, 1.3);
        Assert.InRange(one.GetProperty("bytesCopiedPerByte").GetDouble(), 1.0, 1.05);

        // 64 at a time: a feed, a scan and a copy or two per read, a callback per frame; only frames cut by a read wait.
        Assert.InRange(many.GetProperty("callsPerByte").GetDouble(), 0.02, 0.15);
        Assert.InRange(many.GetProperty("bytesCopiedPerByte").GetDouble(), 0.1, 0.9);
    }

    [Theory]
    [InlineData("1,0", "--chunk must be 1..1048576, got 0")]
    [InlineData("1,x", "--chunk must be an integer, got 'x'")]
    public void BenchCodec_RefusesABadChunkList(string chunks, string expected)
    {
        var r = CliRunner.Run("bench", "codec", "--chunk", chunks);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void BenchMemory_PrintsEachCheckpoint_TheBudget_AndTheHostFigures()
    {
        var r = CliRunner.Run("bench", "memory", "--top", "3");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.Lines, l => l.StartsWith("after build", StringComparison.Ordinal));
        Assert.Contains(r.Lines, l => l.StartsWith("after the day (24 h)", StringComparison.Ordinal));
        Assert.Contains(r.Lines, l => l.StartsWith("budget: 49,152 of heap", StringComparison.Ordinal) && l.Contains("met", StringComparison.Ordinal));
        Assert.Contains(r.Lines, l => l.StartsWith("steady state (the last 12 h of the day)", StringComparison.Ordinal) && l.EndsWith(" 0", StringComparison.Ordinal));
        Assert.Contains("datalog of 32 records", r.Out);
    }

    [Theory]
    [InlineData("--datalog", "5", "--datalog must be 32..4096, got 5")]
    [InlineData("--top", "0", "--top must be 1..1000, got 0")]
    public void BenchMemory_RefusesAnOptionOutOfRange(string option, string value, string expected)
    {
        var r = CliRunner.Run("bench", "memory", option, value);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
        Assert.Equal("", r.Out);
    }
}
