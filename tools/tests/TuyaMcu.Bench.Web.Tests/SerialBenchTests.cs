using System.Net;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>
/// The <c>--module</c>, <c>--mcu</c> and <c>--monitor</c> benches over a kernel pseudo-terminal:
/// the bench holds the master as it does with <c>--pty</c>, the test plays the other side on the
/// slave through the project's termios code.
/// </summary>
public sealed class SerialBenchTests
{
    private static (PseudoTerminal Pty, ISerialEndpoint Slave) Pair()
    {
        PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        return (pty, SerialPorts.Open(pty.SlavePath, SerialPorts.DefaultBaudRate, SerialBackend.Termios));
    }

    /// <summary>Reads from <paramref name="line"/> until <paramref name="hex"/> (lower case, no spaces) has been seen.</summary>
    private static string ReadUntil(ISerialEndpoint line, string hex, double seconds = 10)
    {
        var seen = new System.Text.StringBuilder();
        var buffer = new byte[512];
        DateTime end = DateTime.UtcNow.AddSeconds(seconds);
        while (!seen.ToString().Contains(hex, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < end, $"'{hex}' not seen within {seconds} s; got {seen}");
            if (line.WaitForData(100))
            {
                int n = line.Read(buffer);
                seen.Append(Hex.FormatLower(buffer, 0, n));
            }
        }

        return seen.ToString();
    }

    /// <summary>Runs <paramref name="body"/> with a bench of <paramref name="mode"/> on a pty and the line's other end.</summary>
    private static async Task OnPty(string mode, Func<BenchClient, ISerialEndpoint, Task> body, string profile = SessionAdapter.DefaultProfile)
    {
        (PseudoTerminal pty, ISerialEndpoint other) = Pair();
        using (other)
        {
            await using BenchClient bench = await BenchClient.StartAsync(new BenchOptions { Mode = mode, Profile = profile, Line = pty, LineName = "pty " + pty.SlavePath });
            await body(bench, other);
        }
    }

    [SkippableOnWindowsFact]
    public Task McuBench_Pom01n_RunsItsFirmware_WithNoWorldControls_AgainstARealModule() => OnPty("mcu", async (bench, module) =>
    {
        JsonNode info = await bench.GetJsonAsync("/api/info");
        Assert.Equal("pom01n", info["profile"]!.GetValue<string>());
        Assert.False(info["controls"]!["world"]!.GetValue<bool>());
        Assert.Empty(info["world"]!.AsArray());

        // The firmware answers the product query with the POM01-N's product information.
        module.Write(Hex.ToBytes("55aa0001000000"));
        Assert.Contains("706f6d30316e", ReadUntil(module, "706f6d30316e"));
        Assert.Equal("a mcu bench has no simulated inputs", await bench.RefusedAsync("/api/world/outage", "{\"seconds\":5}", HttpStatusCode.Conflict));
    }, "pom01n");

    [SkippableOnWindowsFact]
    public Task ModuleBench_AsksTheBoard_AndSendsACheckedDpCommand() => OnPty("module", async (bench, board) =>
    {
        JsonNode info = await bench.GetJsonAsync("/api/info");
        Assert.Equal("module", info["mode"]!.GetValue<string>());
        Assert.False(info["controls"]!["simulation"]!.GetValue<bool>());

        // The module's product query, 3 s after the start.
        ReadUntil(board, "55aa0001000000");
        await bench.WaitForFramesAsync(f => f.Any(e => e.IsCommand(0x01, "module")));

        Assert.StartsWith("report_interval: DP 106", await bench.RefusedAsync("/api/dp", "{\"dps\":{\"report_interval\":1}}"));
        await bench.OkAsync("/api/dp", "{\"dps\":{\"clear_count\":true}}");
        ReadUntil(board, "55aa0009000572010001");

        await bench.OkAsync("/api/module/network", "{\"status\":2}");
        ReadUntil(board, "55aa0002000102");
    });

    [SkippableOnWindowsFact]
    public Task McuBench_AnswersTheModule_AndMovesItsContact() => OnPty("mcu", async (bench, module) =>
    {
        // A product query from the module is answered with the firmware's product information.
        module.Write(Hex.ToBytes("55aa0001000000"));
        ReadUntil(module, "55aa0001");
        await bench.WaitForFramesAsync(f => f.Any(e => e.IsCommand(0x01, "mcu")));

        await bench.OkAsync("/api/world/contact", "{\"state\":\"open\"}");
        Assert.False((await bench.StateAsync())["contactClosed"]!.GetValue<bool>());
    });

    [SkippableOnWindowsFact]
    public Task MonitorBench_ShowsWhatCrossesTheLine_AndSendsNothing() => OnPty("monitor", async (bench, sender) =>
    {
        sender.Write(Hex.ToBytes("55aa0005000501010001010d"));
        List<JsonObject> frames = await bench.WaitForFramesAsync(f => f.Count == 1);
        Assert.Equal("mcu", frames[0]["from"]!.GetValue<string>());
        Assert.True(frames[0]["checksumOk"]!.GetValue<bool>());
        Assert.True(frames[0].Dp("doorcontact_state")!["value"]!.GetValue<bool>());
        Assert.True((await bench.StateAsync())["contactClosed"] is JsonValue v && !v.GetValue<bool>());
        await bench.RefusedAsync("/api/dp", "{\"dps\":{\"clear_count\":true}}", HttpStatusCode.Conflict);
        Assert.False(sender.WaitForData(300));
    });

    [SkippableOnWindowsTheory]
    [InlineData("module", "/api/sim/step", "{\"ms\":5}", "a module bench runs in real time: run, pause, step and speed are for --sim")]
    [InlineData("module", "/api/world/contact", "{\"state\":\"open\"}", "a module bench has no simulated inputs")]
    [InlineData("mcu", "/api/dp", "{\"dps\":{\"clear_count\":true}}", "a mcu bench plays no module: DP commands come from the module")]
    [InlineData("mcu", "/api/module/reset", "", "a mcu bench has no simulated module")]
    [InlineData("mcu", "/api/world/battery", "{\"percent\":50}", "this session simulates no battery")]
    [InlineData("monitor", "/api/module/network", "{\"status\":1}", "a monitor bench has no simulated module")]
    [InlineData("monitor", "/api/world/pulses", "{\"count\":1}", "a monitor bench has no simulated inputs")]
    [InlineData("monitor", "/api/sim/run", "", "a monitor bench runs in real time: run, pause, step and speed are for --sim")]
    public Task ControlsASessionLacks_Are409_NamingWhy(string mode, string path, string body, string error) => OnPty(mode, async (bench, _) =>
        Assert.Equal(error, await bench.RefusedAsync(path, body, HttpStatusCode.Conflict)));
}

/// <summary>A fact that needs a pseudo-terminal: skipped on Windows, which has none.</summary>
public sealed class SkippableOnWindowsFactAttribute : FactAttribute
{
    public SkippableOnWindowsFactAttribute() => Skip = OperatingSystem.IsWindows() ? "pseudo-terminals are Linux and macOS only" : null;
}

/// <summary>A theory that needs a pseudo-terminal: skipped on Windows, which has none.</summary>
public sealed class SkippableOnWindowsTheoryAttribute : TheoryAttribute
{
    public SkippableOnWindowsTheoryAttribute() => Skip = OperatingSystem.IsWindows() ? "pseudo-terminals are Linux and macOS only" : null;
}
