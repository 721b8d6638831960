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
}
