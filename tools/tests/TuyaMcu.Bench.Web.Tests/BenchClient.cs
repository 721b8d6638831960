using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web;
using TuyaMcu.Bench.Web.Sessions;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>A bench served on a free port of 127.0.0.1 and an HTTP client of it; disposing stops both.</summary>
public sealed class BenchClient : IAsyncDisposable
{
    private BenchClient(BenchServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public BenchServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>A bench of <paramref name="options"/> (by default the simulation, paused at time 0).</summary>
    public static async Task<BenchClient> StartAsync(BenchOptions? options = null) =>
        new(await BenchServer.StartAsync(options ?? new BenchOptions { Mode = "sim", StartRunning = false }, 0));

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        HttpResponseMessage response = await Http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>POSTs <paramref name="json"/> and returns the status and the body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, string json = "")
    {
        HttpResponseMessage response = await Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body)!);
    }

    /// <summary>POSTs and asserts 200.</summary>
    public async Task<JsonNode> OkAsync(string path, string json = "")
    {
        (HttpStatusCode status, JsonNode body) = await PostAsync(path, json);
        Assert.True(status == HttpStatusCode.OK, $"POST {path} {json}: {(int)status} {body.ToJsonString()}");
        return body;
    }

    /// <summary>POSTs and asserts the status; returns the one-line error.</summary>
    public async Task<string> RefusedAsync(string path, string json, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        (HttpStatusCode status, JsonNode body) = await PostAsync(path, json);
        Assert.True(status == expected, $"POST {path} {json}: expected {(int)expected}, got {(int)status} {body.ToJsonString()}");
        string error = body["error"]!.GetValue<string>();
        Assert.DoesNotContain('\n', error);
        return error;
    }

    /// <summary>Every kept frame event, oldest first.</summary>
    public async Task<List<JsonObject>> FramesAsync(long since = 0)
    {
        JsonNode page = await GetJsonAsync($"/api/frames?since={since}&limit=50000");
        return page["events"]!.AsArray().Select(e => e!.AsObject()).Where(e => e["type"]!.GetValue<string>() == "frame").ToList();
    }

    public async Task<JsonNode> StateAsync() => await GetJsonAsync("/api/state");

    /// <summary>Steps virtual time by <paramref name="ms"/>.</summary>
    public Task StepAsync(long ms) => OkAsync("/api/sim/step", $"{{\"ms\":{ms}}}");

    /// <summary>Waits (real time) until <paramref name="found"/> holds of the frames, at most <paramref name="seconds"/>.</summary>
    public async Task<List<JsonObject>> WaitForFramesAsync(Func<List<JsonObject>, bool> found, double seconds = 10)
    {
        DateTime end = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            List<JsonObject> frames = await FramesAsync();
            if (found(frames))
            {
                return frames;
            }

            Assert.True(DateTime.UtcNow < end, $"not seen within {seconds} s; frames: {string.Join(", ", frames.Select(f => f["name"]))}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Reading frame events.</summary>
public static class FrameEvents
{
    public static bool IsCommand(this JsonObject frame, int command, string from) =>
        frame["command"]!.GetValue<int>() == command && frame["from"]!.GetValue<string>() == from;

    /// <summary>The DP <paramref name="code"/> in the frame, or null.</summary>
    public static JsonNode? Dp(this JsonObject frame, string code) =>
        frame["decoded"]?["dps"]?.AsArray().FirstOrDefault(d => d!["code"]?.GetValue<string>() == code);
}
