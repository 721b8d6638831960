using System.Text.Json.Nodes;
using TuyaMcu.Cli;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>The capture download: what <c>tuyamcu decode</c> reads back.</summary>
public sealed class CaptureTests
{
    [Fact]
    public async Task Capture_IsReadBackByDecode_FrameForFrame()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(60_000);
        await bench.OkAsync("/api/world/contact", "{\"state\":\"open\"}");
        await bench.StepAsync(10_000);
        List<JsonObject> frames = await bench.FramesAsync();

        using HttpResponseMessage response = await bench.Http.GetAsync("/api/capture");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        string capture = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# tuyamcu monitor capture of simulated module, virtual time (tuyamcu web), started ", capture);

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["decode"], new CliConsole(new StringReader(capture), output, error)));
        Assert.Equal("", error.ToString());
        string[] decoded = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(frames.Count, decoded.Length);
        for (int i = 0; i < frames.Count; i++)
        {
            JsonNode line = JsonNode.Parse(decoded[i])!;
            Assert.Equal(frames[i]["command"]!.GetValue<int>(), line["command"]!.GetValue<int>());
            Assert.Equal(frames[i]["decoded"]!["data"]!.GetValue<string>(), line["data"]!.GetValue<string>());
        }

        // Each frame's stamp is the bench's start plus its virtual time.
        Assert.Contains("# ", capture.Split('\n')[2]);
    }

    [Fact]
    public void HelpWeb_ListsItsOptions()
    {
        var output = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["help", "web"], new CliConsole(new StringReader(""), output, new StringWriter())));
        string usage = output.ToString();
        foreach (string option in new[] { "--sim", "--module", "--mcu", "--monitor", "--port DEV", "--pty", "--baud N", "--serial-backend", "--http-port N", "--profile NAME", "--speed X", "--paused", "--duration SECONDS" })
        {
            Assert.Contains(option, usage);
        }

        Assert.Single(usage.Split('\n'), l => l.TrimStart().StartsWith("--duration SECONDS", StringComparison.Ordinal));
    }
}
