using System.Net;
using System.Text.Json.Nodes;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>The API of a <c>--sim</c> bench over HTTP, started paused so every test moves virtual time itself.</summary>
public sealed class SimApiTests
{
    [Fact]
    public async Task Api_ListsEveryEndpoint_TheServerAnswers()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        JsonArray endpoints = (await bench.GetJsonAsync("/api"))["endpoints"]!.AsArray();
        Assert.Equal(Api.BenchApi.Endpoints.Length, endpoints.Count);
        foreach (JsonNode? e in endpoints)
        {
            string path = e!["path"]!.GetValue<string>().Split('?')[0];
            var request = new HttpRequestMessage(new HttpMethod(e["method"]!.GetValue<string>()), path);
            using HttpResponseMessage response = await bench.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Info_NamesModeProfileAndControls()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        JsonNode info = await bench.GetJsonAsync("/api/info");
        Assert.Equal("sim", info["mode"]!.GetValue<string>());
        Assert.Equal("cpn01", info["profile"]!.GetValue<string>());
        Assert.True(info["controls"]!["simulation"]!.GetValue<bool>());
        Assert.True(info["controls"]!["module"]!.GetValue<bool>());
        Assert.True(info["controls"]!["world"]!.GetValue<bool>());
        Assert.True(info["controls"]!["dp"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Schema_GivesEveryDpWithItsLimits()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        JsonArray schema = (await bench.GetJsonAsync("/api/schema")).AsArray();
        JsonNode tdc = schema.First(d => d!["code"]!.GetValue<string>() == "report_interval")!;
        Assert.Equal("rw", tdc["mode"]!.GetValue<string>());
        Assert.Equal(30, tdc["property"]!["min"]!.GetValue<int>());
        Assert.Equal("s", tdc["property"]!["unit"]!.GetValue<string>());
        JsonNode battery = schema.First(d => d!["code"]!.GetValue<string>() == "battery_state")!;
        Assert.Equal(["low", "middle", "high"], battery["property"]!["range"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Step_MovesVirtualTime_AndActivationFramesArrive()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.Equal(0, (await bench.StateAsync())["atMs"]!.GetValue<long>());
        await bench.StepAsync(20_000);
        JsonNode state = await bench.StateAsync();
        Assert.Equal(20_000, state["atMs"]!.GetValue<long>());
        Assert.False(state["running"]!.GetValue<bool>());
        Assert.Equal(4, state["network"]!.GetValue<int>());

        List<JsonObject> frames = await bench.FramesAsync();
        JsonObject query = frames.First(f => f.IsCommand(0x01, "mcu"));
        Assert.Equal("tuyamcucpn01", query["decoded"]!["productId"]!.GetValue<string>());
        Assert.StartsWith("55aa0001", query["hex"]!.GetValue<string>());

        // The first report names its DPs by schema code and its enums by name.
        JsonObject report = frames.First(f => f.IsCommand(0x05, "mcu"));
        Assert.Equal("uplink", report["kind"]!.GetValue<string>());
        Assert.Equal("high", report.Dp("battery_state")!["value"]!.GetValue<string>());
        Assert.Contains(frames, f => f["kind"]?.GetValue<string>() == "ack");
    }

    [Fact]
    public async Task RunPauseAndSpeed_PaceVirtualTimeAgainstRealTime()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.OkAsync("/api/sim/speed", "{\"speed\":1000}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await bench.OkAsync("/api/sim/run");
        await Task.Delay(500);
        await bench.OkAsync("/api/sim/pause");
        long most = watch.ElapsedMilliseconds * 1000;
        JsonNode state = await bench.StateAsync();
        long at = state["atMs"]!.GetValue<long>();
        Assert.Equal(1000, state["speed"]!.GetValue<double>());

        // Half a second at 1000x is about 500 s of virtual time: never more than the real time
        // between run and pause allows; a loaded machine may fall behind, but time moved.
        Assert.InRange(at, 50_000, most);
        await Task.Delay(200);
        Assert.Equal(at, (await bench.StateAsync())["atMs"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/api/sim/speed", "{\"speed\":0}", "'speed' must be between 0.1 and 100000, got 0")]
    [InlineData("/api/sim/speed", "{\"speed\":\"fast\"}", "'speed' must be a number, got \"fast\"")]
    [InlineData("/api/sim/speed", "{}", "'speed' is required")]
    [InlineData("/api/sim/step", "{\"ms\":0}", "'ms' must be 1..604800000, got 0")]
    [InlineData("/api/sim/step", "{\"ms\":1.5}", "'ms' must be an integer, got 1.5")]
    [InlineData("/api/sim/step", "{\"seconds\":3}", "unknown field 'seconds' (this endpoint takes ms)")]
    [InlineData("/api/sim/run", "{\"now\":true}", "unknown field 'now' (this endpoint takes no fields)")]
    [InlineData("/api/sim/step", "{\"ms\":", "the body is not JSON")]
    [InlineData("/api/sim/step", "[1]", "the body must be a JSON object")]
    public async Task SimControls_RefuseBadInput_AndTimeStands(string path, string body, string error)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.StartsWith(error, await bench.RefusedAsync(path, body));
        Assert.Equal(0, (await bench.StateAsync())["atMs"]!.GetValue<long>());
    }

    [Fact]
    public async Task Dp_SendsOneCommand_AndTheFirmwareReportsTheNewValue()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        long seen = (await bench.FramesAsync()).Max(f => f["seq"]!.GetValue<long>());
        JsonNode answer = await bench.OkAsync("/api/dp", "{\"dps\":{\"report_interval\":600,\"event_uplink\":\"open\"}}");
        Assert.Equal("queued DP command (0x09): report_interval=600 event_uplink=open", answer["message"]!.GetValue<string>());
        await bench.StepAsync(5_000);

        List<JsonObject> after = await bench.FramesAsync(seen);
        JsonObject command = after.Single(f => f.IsCommand(0x09, "module"));
        Assert.Equal(600, command.Dp("report_interval")!["value"]!.GetValue<int>());
        Assert.Equal("open", command.Dp("event_uplink")!["value"]!.GetValue<string>());
        JsonObject report = after.First(f => f.IsCommand(0x05, "mcu") && f.Dp("report_interval") != null);
        Assert.Equal(600, report.Dp("report_interval")!["value"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"dps\":{\"no_such_dp\":1}}", "no_such_dp: no DP with code 'no_such_dp' in the schema")]
    [InlineData("{\"dps\":{\"report_interval\":5}}", "report_interval: DP 106 (report_interval): 5 is outside 30..16777215")]
    [InlineData("{\"dps\":{\"report_interval\":60.5}}", "report_interval: report_interval takes an integer, got '60.5'")]
    [InlineData("{\"dps\":{\"event_uplink\":\"sometimes\"}}", "event_uplink: event_uplink is one of off, both, open, close, got 'sometimes'")]
    [InlineData("{\"dps\":{\"cpn01_downlink\":\"0g\"}}", "cpn01_downlink: cpn01_downlink is raw: give hex bytes, got '0g'")]
    [InlineData("{\"dps\":{\"doorcontact_state\":true}}", "doorcontact_state:")]
    [InlineData("{\"dps\":{\"clear_count\":[1]}}", "clear_count: a value must be a bool, a number or a string, got [1]")]
    [InlineData("{\"dps\":{}}", "'dps' needs at least one CODE: VALUE")]
    [InlineData("{\"dps\":[1]}", "'dps' must be an object of CODE: VALUE")]
    [InlineData("{\"dps\":{\"report_interval\":600,\"records_per_uplink\":99}}", "records_per_uplink: DP 108 (records_per_uplink): 99 is outside 0..32")]
    public async Task Dp_RefusesWhatTheSchemaRefuses_AndSendsNothing(string body, string error)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        Assert.StartsWith(error, await bench.RefusedAsync("/api/dp", body));
        await bench.StepAsync(5_000);
        Assert.DoesNotContain(await bench.FramesAsync(), f => f.IsCommand(0x09, "module"));
    }

    [Theory]
    [InlineData("/api/module/network", "{\"status\":3}", 0x02, "03")]
    [InlineData("/api/module/battery-check", "", 0xBC, "")]
    [InlineData("/api/module/product-query", "", 0x01, "")]
    public async Task ModuleControls_SendTheirFrame(string path, string body, int command, string data)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        long seen = (await bench.FramesAsync()).Max(f => f["seq"]!.GetValue<long>());
        await bench.OkAsync(path, body);
        await bench.StepAsync(2_000);
        Assert.Contains(await bench.FramesAsync(seen), f => f.IsCommand(command, "module") && f["decoded"]!["data"]!.GetValue<string>() == data);
    }

    [Fact]
    public async Task ModuleOfflineAndReset_ChangeTheNetwork()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        await bench.OkAsync("/api/module/offline", "{\"seconds\":60}");
        await bench.StepAsync(1_000);
        JsonNode state = await bench.StateAsync();
        Assert.False(state["cloudOnline"]!.GetValue<bool>());
        await bench.StepAsync(120_000);
        Assert.True((await bench.StateAsync())["cloudOnline"]!.GetValue<bool>());

        long seen = (await bench.FramesAsync()).Max(f => f["seq"]!.GetValue<long>());
        await bench.OkAsync("/api/module/reset");
        await bench.StepAsync(10_000);
        Assert.Contains(await bench.FramesAsync(seen), f => f.IsCommand(0x01, "module"));
    }

    [Theory]
    [InlineData("/api/module/network", "{\"status\":5}", "'status' must be 1..4, got 5")]
    [InlineData("/api/module/network", "{}", "'status' is required")]
    [InlineData("/api/module/offline", "{\"seconds\":0}", "'seconds' must be 1..604800, got 0")]
    [InlineData("/api/module/reset", "{\"hard\":true}", "unknown field 'hard'")]
    [InlineData("/api/world/contact", "{\"state\":\"ajar\"}", "'state' must be open or closed, got 'ajar'")]
    [InlineData("/api/world/pulses", "{\"count\":0}", "'count' must be 1..1000000, got 0")]
    [InlineData("/api/world/battery", "{\"percent\":101}", "'percent' must be 0..100, got 101")]
    public async Task ModuleAndWorldControls_RefuseBadInput_AndSendNothing(string path, string body, string error)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        int before = (await bench.FramesAsync()).Count;
        Assert.StartsWith(error, await bench.RefusedAsync(path, body));
        Assert.Equal(before, (await bench.FramesAsync()).Count);
        JsonNode state = await bench.StateAsync();
        Assert.True(state["contactClosed"]!.GetValue<bool>());
        Assert.Equal(3600, state["batteryMv"]!.GetValue<int>());
    }

    [Fact]
    public async Task WorldContact_OpensTheContact_AndTheFirmwareReportsIt()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.StepAsync(20_000);
        long seen = (await bench.FramesAsync()).Max(f => f["seq"]!.GetValue<long>());
        await bench.OkAsync("/api/world/contact", "{\"state\":\"open\"}");
        await bench.StepAsync(5_000);
        JsonNode state = await bench.StateAsync();
        Assert.False(state["contactClosed"]!.GetValue<bool>());
        Assert.Equal(1, state["count"]!.GetValue<long>());
        JsonObject report = (await bench.FramesAsync(seen)).First(f => f.IsCommand(0x05, "mcu") && f.Dp("doorcontact_state") != null);
        Assert.True(report.Dp("doorcontact_state")!["value"]!.GetValue<bool>());

        // The plots' samples are kept: closed from the start, open at 20 s, so a page opened now plots both.
        List<JsonNode> samples = (await bench.GetJsonAsync("/api/frames?limit=50000"))["events"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == "sample").Select(e => e!).ToList();
        Assert.Equal([true, false], samples.Select(e => e["contactClosed"]!.GetValue<bool>()).Distinct());
        Assert.Equal(20_000, samples.First(e => !e["contactClosed"]!.GetValue<bool>())["atMs"]!.GetValue<long>());
    }

    [Fact]
    public async Task WorldBatteryAndPulses_ChangeTheWorld()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        await bench.OkAsync("/api/world/battery", "{\"percent\":20}");
        await bench.OkAsync("/api/world/pulses", "{\"count\":5}");
        Assert.Equal(3120, (await bench.StateAsync())["batteryMv"]!.GetValue<int>());
    }

    [Fact]
    public async Task FrameBuilder_FillsTheChecksum_AndDecodes()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        JsonNode built = await bench.OkAsync("/api/frame", "{\"command\":9,\"data\":\"6a 02 00 04 00 00 02 58\"}");
        Assert.Equal("55 aa 00 09 00 08 6a 02 00 04 00 00 02 58 da", built["hex"]!.GetValue<string>());
        Assert.Equal("da", built["checksum"]!.GetValue<string>());
        Assert.Equal(600, built["frame"]!.AsObject().Dp("report_interval")!["value"]!.GetValue<int>());
        Assert.Equal("55 aa 00 01 00 00 00", (await bench.OkAsync("/api/frame", "{\"command\":1}"))["hex"]!.GetValue<string>());
        Assert.Empty(await bench.FramesAsync());
    }

    [Theory]
    [InlineData("{\"command\":9,\"data\":\"6a0\"}", "'data' is not hex")]
    [InlineData("{\"command\":9,\"data\":\"zz\"}", "'data' is not hex: 'z' at position 0 is not a hex digit")]
    [InlineData("{\"command\":256}", "'command' must be 0..255, got 256")]
    [InlineData("{\"data\":\"00\"}", "'command' is required")]
    [InlineData("{\"command\":1,\"version\":-1}", "'version' must be 0..255, got -1")]
    public async Task FrameBuilder_RefusesBadInput(string body, string error)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.StartsWith(error, await bench.RefusedAsync("/api/frame", body));
    }

    [Fact]
    public async Task Power_EstimatesTheRun_FromWhatTheSimulationCounted()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.Equal("the run is shorter than a second: nothing to estimate yet", await ErrorOf(bench, "/api/power"));
        await bench.StepAsync(3_600_000);
        JsonNode power = await bench.GetJsonAsync("/api/power");
        Assert.Equal("the simulation", power["countedBy"]!.GetValue<string>());
        Assert.Equal(3600, power["periodSeconds"]!.GetValue<double>());
        Assert.True(power["averageMicroamps"]!.GetValue<double>() > 0);
        Assert.Contains("average", power["text"]!.GetValue<string>());
        JsonNode devkit = await bench.GetJsonAsync("/api/power?board=devkitc");
        Assert.True(devkit["averageMicroamps"]!.GetValue<double>() > power["averageMicroamps"]!.GetValue<double>());
        Assert.Equal("'board' must be custom or devkitc, got 'uno'", await ErrorOf(bench, "/api/power?board=uno", HttpStatusCode.BadRequest));
    }

    private static async Task<string> ErrorOf(BenchClient bench, string path, HttpStatusCode expected = HttpStatusCode.Conflict)
    {
        using HttpResponseMessage response = await bench.Http.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
    }

    [Theory]
    [InlineData("/api/frames?since=-1", "'since' must be an integer 0..9223372036854775807, got '-1'")]
    [InlineData("/api/frames?limit=0", "'limit' must be an integer 1..50000, got '0'")]
    public async Task Frames_RefuseBadQueries(string path, string error)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.Equal(error, await ErrorOf(bench, path, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task UnknownEndpoint_Is404_NamingIt()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.Equal("no endpoint /api/nothing (GET /api lists them)", await ErrorOf(bench, "/api/nothing", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Requests_NamingAnotherHostOrFromAnotherSite_AreRefused()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        var rebound = new HttpRequestMessage(HttpMethod.Post, "/api/world/contact") { Content = new StringContent("{\"state\":\"open\"}") };
        rebound.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.Forbidden, (await bench.Http.SendAsync(rebound)).StatusCode);
        var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/world/contact") { Content = new StringContent("{\"state\":\"open\"}") };
        crossSite.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await bench.Http.SendAsync(crossSite)).StatusCode);
        Assert.True((await bench.StateAsync())["contactClosed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Events_StreamFramesMarksAndState()
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using HttpResponseMessage response = await bench.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        await bench.StepAsync(20_000);
        var seen = new HashSet<string>();
        JsonNode? firstFrame = null;
        string? eventName = null;
        while (!(seen.Contains("frame") && seen.Contains("state") && seen.Contains("frame-after-state")))
        {
            string line = (await reader.ReadLineAsync(cancel.Token))!;
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                JsonNode data = JsonNode.Parse(line[6..])!;
                Assert.Equal(eventName, data["type"]!.GetValue<string>());
                if (eventName == "frame" && seen.Contains("state"))
                {
                    seen.Add("frame-after-state");
                }

                firstFrame ??= eventName == "frame" ? data : null;
                seen.Add(eventName!);
            }
        }

        Assert.Equal("Query product information", firstFrame!["name"]!.GetValue<string>());
    }
}
