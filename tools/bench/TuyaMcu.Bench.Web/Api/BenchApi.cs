using TuyaMcu.Platform;
using System.Text.Json;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Events;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Schema;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Api;

/// <summary>
/// The bench's JSON API: what the page does, a script can do (<see cref="Endpoints"/> lists it).
/// A bad request gets 400 and <c>{"error":"one line"}</c> and changes nothing; a control this
/// session does not have gets 409.
/// </summary>
public sealed class BenchApi(BenchRunner runner, BenchEventLog log, BenchProfile profile, BenchInfo info)
{
    /// <summary>Longest step of virtual time one request takes: a week.</summary>
    public const long MaxStepMs = 7L * 24 * 3600 * 1000;

    /// <summary>Slowest and fastest virtual time, × real time.</summary>
    public const double MinSpeed = 0.1, MaxSpeed = 100_000;

    /// <summary>Most pulses one request adds.</summary>
    public const long MaxPulses = 1_000_000;

    /// <summary>Longest outage one request asks for, seconds (a week).</summary>
    public const long MaxOfflineSeconds = 7 * 24 * 3600;

    /// <summary>How long a short and a long press of the ACT button hold it, ms: an uplink takes 1 to 3 s, activation 3 s (the POM01-N's ActButton).</summary>
    public const long ShortPressMs = 2000, LongPressMs = 4000;

    /// <summary>Every endpoint: method, path, what it takes and does (served at <c>GET /api</c>, listed in the README).</summary>
    public static readonly (string Method, string Path, string Does)[] Endpoints =
    [
        ("GET", "/api", "this list"),
        ("GET", "/api/info", "mode, profile, line, which controls this session has"),
        ("GET", "/api/schema", "the profile's DPs: id, code, name, mode, type and limits (the Tuya schema shape)"),
        ("GET", "/api/state", "time, running, speed, contact, count, battery mV, signal, network, uplinks, acknowledgements"),
        ("GET", "/api/frames?since=SEQ&limit=N", "frames, marks and plot samples after SEQ (default 0), oldest first, at most N (default 1000)"),
        ("GET", "/api/events?since=SEQ", "Server-Sent Events: 'frame', 'mark', 'sample' and 'state' events, each one JSON object; the last 1000 kept first"),
        ("POST", "/api/dp", "{\"dps\":{\"CODE\":VALUE,...}}: one DP command (0x09) from the module, checked against the schema"),
        ("POST", "/api/module/network", "{\"status\":1..4}: report a network status (0x02)"),
        ("POST", "/api/module/offline", "{\"seconds\":N}: lose the cloud for N s"),
        ("POST", "/api/module/reset", "restart the module: activation starts again"),
        ("POST", "/api/module/battery-check", "ask whether the battery allows an update (0xBC)"),
        ("POST", "/api/module/product-query", "ask the MCU for its product information (0x01)"),
        ("POST", "/api/world/contact", "{\"state\":\"open\"|\"closed\"}: move the contact"),
        ("POST", "/api/world/pulses", "{\"count\":N}: N meter pulses"),
        ("POST", "/api/world/battery", "{\"percent\":0..100}: the simulated battery's level (sim)"),
        ("POST", "/api/world/outage", "{\"seconds\":N}: a mains outage (power_outage) of N s, or without 'seconds' until ended (pom01n, sim)"),
        ("POST", "/api/world/outage/end", "end the mains outage now (pom01n, sim)"),
        ("POST", "/api/world/brown-out", "{\"seconds\":N}: a brown-out (low_voltage) of N s, or without 'seconds' until ended (pom01n, sim)"),
        ("POST", "/api/world/brown-out/end", "end the brown-out now (pom01n, sim)"),
        ("POST", "/api/world/button", "{\"press\":\"short\"|\"long\"}: the ACT button held 2 s (asks for an uplink) or 4 s (asks to activate) (pom01n, sim)"),
        ("POST", "/api/sim/run", "let virtual time run"),
        ("POST", "/api/sim/pause", "stop virtual time"),
        ("POST", "/api/sim/step", "{\"ms\":N}: advance virtual time by N ms (default 1000)"),
        ("POST", "/api/sim/speed", "{\"speed\":X}: virtual ms per real ms, 0.1..100000"),
        ("POST", "/api/frame", "{\"command\":N,\"data\":\"HEX\",\"version\":0}: build a frame (checksum filled) and decode it; sends nothing"),
        ("GET", "/api/power?board=custom|devkitc", "the run's average current and battery life from what it counted; pom01n sim: the backup battery over the run's time on it, outage days vs the manual's 30 (409 before an outage)"),
        ("GET", "/api/capture", "the frames as a capture file: 'tuyamcu decode < FILE' reads it back"),
    ];

    /// <summary>Adds every endpoint to <paramref name="app"/>.</summary>
    public void Map(WebApplication app)
    {
        app.MapGet("/api", () => Json(new JsonObject
        {
            ["endpoints"] = new JsonArray([.. Endpoints.Select(e => (JsonNode)new JsonObject { ["method"] = e.Method, ["path"] = e.Path, ["does"] = e.Does })]),
        }));
        app.MapGet("/api/info", () => Json(info.ToJson()));
        app.MapGet("/api/schema", () => Results.Text(DpSchemaJson.Write(profile.Schema), "application/json"));
        app.MapGet("/api/state", async () => Results.Text(await runner.State(), "application/json"));
        app.MapGet("/api/frames", (HttpRequest r) => Frames(r));
        app.MapPost("/api/dp", async (HttpRequest r) => await SendDps(r));
        app.MapPost("/api/module/network", async (HttpRequest r) =>
        {
            byte status = (byte)(await RequestBody.ReadAsync(r, "status")).Integer("status", 1, 4);
            return await OnModule(m => m.NetworkStatus(status), $"queued network status {status} ({NetworkStatus.GetName(status)})");
        });
        app.MapPost("/api/module/offline", async (HttpRequest r) =>
        {
            long seconds = (await RequestBody.ReadAsync(r, "seconds")).Integer("seconds", 1, MaxOfflineSeconds);
            return await OnModule(m => m.Offline(seconds), $"offline for {seconds} s (network status 2 until then)");
        });
        app.MapPost("/api/module/reset", async (HttpRequest r) => await NoFields(r, () => OnModule(m => m.Reset(), "module reset: activation starts again")));
        app.MapPost("/api/module/battery-check", async (HttpRequest r) => await NoFields(r, () => OnModule(m => m.BatteryCheck(), "queued battery check (0xBC)")));
        app.MapPost("/api/module/product-query", async (HttpRequest r) => await NoFields(r, () => OnModule(m => m.ProductQuery(), "queued product information query (0x01)")));
        app.MapPost("/api/world/contact", async (HttpRequest r) =>
        {
            RequireControl("contact");
            string state = (await RequestBody.ReadAsync(r, "state")).Text("state");
            bool closed = state switch
            {
                "open" => false,
                "closed" => true,
                _ => throw ApiError.Bad($"'state' must be open or closed, got '{state}'"),
            };
            return await OnWorld(w => w.SetContact(closed), $"contact {state}");
        });
        app.MapPost("/api/world/pulses", async (HttpRequest r) =>
        {
            RequireControl("pulses");
            long count = (await RequestBody.ReadAsync(r, "count")).Integer("count", 1, MaxPulses);
            return await OnWorld(w => w.AddPulses(count), $"{count} pulse(s) added");
        });
        app.MapPost("/api/world/battery", async (HttpRequest r) =>
        {
            int percent = (int)(await RequestBody.ReadAsync(r, "percent")).Integer("percent", 0, 100);
            return await OnWorld(
                w => w.SetBattery(percent) ? null : "this session simulates no battery",
                $"battery at {percent} %");
        });
        foreach (string control in new[] { "outage", "brown-out" })
        {
            string role = ProfileSimulation.HeldInputs[control];
            app.MapPost($"/api/world/{control}", async (HttpRequest r) =>
            {
                RequireControl(control);
                RequestBody body = await RequestBody.ReadAsync(r, "seconds");
                long? seconds = body.Has("seconds") ? body.Integer("seconds", 1, MaxOfflineSeconds) : null;
                return await OnWorld(
                    w => w.Hold(role, true, seconds * 1000),
                    seconds is long s ? $"{control} ({role}) for {s} s" : $"{control} ({role}) until ended (POST /api/world/{control}/end)");
            });
            app.MapPost($"/api/world/{control}/end", async (HttpRequest r) =>
            {
                RequireControl(control);
                return await NoFields(r, () => OnWorld(w => w.Hold(role, false, null), $"{control} ({role}) ended"));
            });
        }

        app.MapPost("/api/world/button", async (HttpRequest r) =>
        {
            RequireControl("button");
            string press = (await RequestBody.ReadAsync(r, "press")).Text("press");
            long ms = press switch
            {
                "short" => ShortPressMs,
                "long" => LongPressMs,
                _ => throw ApiError.Bad($"'press' must be short or long, got '{press}'"),
            };
            return await OnWorld(w => w.Hold(ProfileSimulation.HeldInputs["button"], true, ms), $"ACT button pressed for {ms / 1000} s ({press})");
        });
        app.MapPost("/api/sim/run", async (HttpRequest r) => await NoFields(r, () => OnSimulation(s => s.Run(), "running")));
        app.MapPost("/api/sim/pause", async (HttpRequest r) => await NoFields(r, () => OnSimulation(s => s.Pause(), "paused")));
        app.MapPost("/api/sim/step", async (HttpRequest r) =>
        {
            long ms = (await RequestBody.ReadAsync(r, "ms")).Integer("ms", 1, MaxStepMs, 1000);
            return await OnSimulation(s => s.Step(ms), $"stepped {ms} ms");
        });
        app.MapPost("/api/sim/speed", async (HttpRequest r) =>
        {
            double speed = (await RequestBody.ReadAsync(r, "speed")).Number("speed", MinSpeed, MaxSpeed);
            return await OnSimulation(s => s.Speed = speed, $"speed {speed}x");
        });
        app.MapPost("/api/frame", async (HttpRequest r) => BuildFrame(await RequestBody.ReadAsync(r, "command", "data", "version")));
        app.MapGet("/api/power", async (HttpRequest r) => await Power(r));
        app.MapGet("/api/capture", () =>
        {
            var text = new StringWriter { NewLine = "\n" };
            log.WriteCapture(text, info.Where);
            string name = $"tuyamcu-{info.Mode}-{log.StartedAt:yyyyMMdd-HHmmss}.txt";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", name);
        });
    }

    /// <summary>A 200 answer: the object as JSON.</summary>
    public static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json");

    private static IResult Done(string message) => Json(new JsonObject { ["ok"] = true, ["message"] = message });

    private IResult Frames(HttpRequest request)
    {
        long since = QueryInteger(request, "since", 0, long.MaxValue, 0);
        int limit = (int)QueryInteger(request, "limit", 1, BenchEventLog.MaxKept, 1000);
        var events = new JsonArray();
        foreach (BenchEvent e in log.Since(since, limit))
        {
            events.Add(JsonNode.Parse(e.Json));
        }

        return Json(new JsonObject { ["events"] = events, ["last"] = log.Count });
    }

    /// <summary>An integer query parameter within [min, max], or <paramref name="fallback"/>.</summary>
    public static long QueryInteger(HttpRequest request, string name, long min, long max, long fallback)
    {
        string? text = request.Query[name];
        if (text == null)
        {
            return fallback;
        }

        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw ApiError.Bad($"'{name}' must be an integer {min}..{max}, got '{text}'");
        }

        return value;
    }

    private async Task<IResult> SendDps(HttpRequest request)
    {
        JsonElement dps = (await RequestBody.ReadAsync(request, "dps")).Require("dps");
        if (dps.ValueKind != JsonValueKind.Object)
        {
            throw ApiError.Bad("'dps' must be an object of CODE: VALUE");
        }

        var words = new List<string>();
        foreach (JsonProperty dp in dps.EnumerateObject())
        {
            string value = dp.Value.ValueKind switch
            {
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => dp.Value.GetRawText(),
                JsonValueKind.String => dp.Value.GetString()!,
                _ => throw ApiError.Bad($"{dp.Name}: a value must be a bool, a number or a string, got {dp.Value.GetRawText()}"),
            };
            if (value.Contains('\n') || value.Contains('\r'))
            {
                throw ApiError.Bad($"{dp.Name}: a value cannot hold a line break");
            }

            words.Add($"{dp.Name}={value}");
        }

        if (words.Count == 0)
        {
            throw ApiError.Bad("'dps' needs at least one CODE: VALUE");
        }

        // Checked here, on the request's thread, so a bad DP never reaches the session.
        string? problem = profile.Encode(words).Problem;
        if (problem != null)
        {
            throw ApiError.Bad(problem);
        }

        string? refused = await Act(s => s.SendDps is { } send ? send(words) : throw ApiError.NotHere($"a {s.Mode} bench plays no module: DP commands come from the module"));
        return refused == null ? Done($"queued DP command (0x09): {string.Join(' ', words)}") : throw ApiError.Bad(refused);
    }

    /// <summary>A world control the profile lacks is a bad request, named with the ones it has.</summary>
    private void RequireControl(string control)
    {
        if (!profile.WorldControls.Contains(control))
        {
            throw ApiError.Bad($"the {profile.Name} profile has no {control} control (its world controls: {string.Join(", ", profile.WorldControls)})");
        }
    }

    private Task<IResult> OnModule(Action<IModuleControls> act, string message) => Run(
        s => s.Module is { } m ? Do(() => act(m)) : throw ApiError.NotHere($"a {s.Mode} bench has no simulated module"),
        message);

    private Task<IResult> OnWorld(Func<IWorldControls, string?> act, string message) => Run(
        s => s.World is { } w ? act(w) : throw ApiError.NotHere($"a {s.Mode} bench has no simulated inputs"),
        message);

    private Task<IResult> OnWorld(Action<IWorldControls> act, string message) => OnWorld(w => Do(() => act(w)), message);

    private Task<IResult> OnSimulation(Action<ISimulationControls> act, string message) => Run(
        s => s.Simulation is { } c ? Do(() => act(c)) : throw ApiError.NotHere($"a {s.Mode} bench runs in real time: run, pause, step and speed are for --sim"),
        message);

    private static string? Do(Action act)
    {
        act();
        return null;
    }

    private static async Task<IResult> NoFields(HttpRequest request, Func<Task<IResult>> then)
    {
        await RequestBody.ReadAsync(request);
        return await then();
    }

    private async Task<IResult> Run(Func<IBenchSession, string?> act, string message)
    {
        string? refused = await Act(act);
        return refused == null ? Done(message) : throw ApiError.NotHere(refused);
    }

    private async Task<T> Act<T>(Func<IBenchSession, T> act)
    {
        try
        {
            return await runner.Invoke(act);
        }
        catch (InvalidOperationException e)
        {
            throw ApiError.NotHere(e.Message);
        }
    }

    private IResult BuildFrame(RequestBody body)
    {
        byte command = (byte)body.Integer("command", 0, 255);
        byte version = (byte)body.Integer("version", 0, 255, 0);
        string text = body.Text("data", string.Empty);
        if (Hex.CountBytes(text) < 0)
        {
            throw ApiError.Bad($"'data' is not hex: {HexProblem(text)}");
        }

        byte[] data = Hex.ToBytes(text);
        if (data.Length > FrameFormat.MaxEncodableDataLength)
        {
            throw ApiError.Bad($"'data' is {data.Length} bytes; a frame carries at most {FrameFormat.MaxEncodableDataLength}");
        }

        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        int length = FrameWriter.Write(frame, 0, version, command, data, 0, data.Length);
        JsonObject described = new FrameJson(profile).Describe(0, 0, null, frame[..length], true, false);
        return Json(new JsonObject
        {
            ["hex"] = Hex.Format(frame, 0, length, ' ').ToLowerInvariant(),
            ["checksum"] = frame[length - 1].ToString("x2"),
            ["frame"] = described,
        });
    }

    /// <summary>Where and why <paramref name="text"/> is not hex, as the tool's other commands say it.</summary>
    public static string HexProblem(string text)
    {
        try
        {
            Hex.ToBytes(text);
            return "ok";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private async Task<IResult> Power(HttpRequest request)
    {
        PowerTable table = request.Query["board"].ToString() switch
        {
            "" => info.PowerTable,
            "custom" => PowerTable.Default,
            "devkitc" => PowerTable.DevKitC,
            string other => throw ApiError.Bad($"'board' must be custom or devkitc, got '{other}'"),
        };
        (ActivityCounts? counted, long ms, PowerMode mode, BatteryModeTotals? onBackup) = await Act(s => (s.Activity(), s.NowMs, s.PowerMode, s.OnBackupBattery()));
        if (onBackup != null)
        {
            // As sim --profile pom01n --power: the backup battery over the run's time on it, on the board asked for.
            PowerTable backup = table.Board == PowerTable.Pom01nBackup.Board ? PowerTable.Pom01nBackup : PowerTable.Pom01nBackup.WithBoard(table.Board);
            return Json(PowerJson.Backup(BackupBatteryEstimate.From(onBackup, backup) ?? throw ApiError.NotHere(PowerJson.NoTimeOnBackupBattery)));
        }

        if (ms < 1000)
        {
            throw ApiError.NotHere("the run is shorter than a second: nothing to estimate yet");
        }

        ActivityCounts counts = counted ?? log.World.Activity();
        PowerEstimate estimate = PowerEstimator.Estimate(table, counts, TimeSpan.FromMilliseconds(ms), mode);
        return Json(PowerJson.Run(estimate, counted != null ? "the simulation" : "the frames seen"));
    }
}
