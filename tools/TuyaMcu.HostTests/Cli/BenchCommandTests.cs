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
