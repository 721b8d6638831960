using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Logging;
using TuyaMcu.Bench.Web.Api;
using TuyaMcu.Bench.Web.Events;
using TuyaMcu.Bench.Web.Sessions;

namespace TuyaMcu.Bench.Web;

/// <summary>
/// The web bench: a session run by a <see cref="BenchRunner"/>, its events in a
/// <see cref="BenchEventLog"/>, and an HTTP server on 127.0.0.1 only serving the JSON API, the
/// event stream and the page. <see cref="StartAsync"/> returns once it listens.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    /// <summary>Events a new subscriber of the stream gets first.</summary>
    public const int StreamBacklog = 1000;

    private readonly WebApplication _app;
    private readonly BenchRunner _runner;
    private readonly BenchEventLog _log;

    private BenchServer(WebApplication app, BenchRunner runner, BenchEventLog log, BenchInfo info)
    {
        _app = app;
        _runner = runner;
        _log = log;
        Info = info;
    }

    /// <summary>What runs.</summary>
    public BenchInfo Info { get; }

    /// <summary>The page's address, once started: http://127.0.0.1:PORT/.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>
    /// Starts the session <paramref name="options"/> name and serves it on 127.0.0.1:<paramref name="httpPort"/>
    /// (0: a free port). The session owns and closes the options' line.
    /// </summary>
    /// <exception cref="ArgumentException">Bad options (an unknown profile or mode), one line.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<BenchServer> StartAsync(BenchOptions options, int httpPort)
    {
        BenchProfile profile = SessionAdapter.Profile(options.Profile);
        var log = new BenchEventLog(profile, DateTimeOffset.Now);
        IBenchSession session = SessionAdapter.Open(options, log);
        var runner = new BenchRunner(session, log);
        // Outage, brown-out, button and battery are simulated in --sim only; a real module's firmware takes the contact and pulses.
        string[] world = session.World == null ? [] : profile.WorldControls.Where(c => session.Simulation != null || c is "contact" or "pulses").ToArray();
        var info = new BenchInfo(session.Mode, profile.Name, session.Where, session.Simulation != null, session.Module != null, session.World != null, session.SendDps != null, options.PowerTable, world, profile.Plots.Strips);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(BenchServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, httpPort);
            k.AddServerHeader = false;
        });
        WebApplication app = builder.Build();
        var server = new BenchServer(app, runner, log, info);
        app.Use(Guard);
        app.Use(OnlyLocalHosts);
        new BenchApi(runner, log, profile, info).Map(app);
        app.MapGet("/api/events", server.StreamAsync);
        app.MapGet("/api/{**rest}", (string rest) => Results.Json(new { error = $"no endpoint /api/{rest} (GET /api lists them)" }, statusCode: 404));
        app.MapGet("/{**path}", (string? path) => StaticFile(path));
        try
        {
            await app.StartAsync();
        }
        catch (IOException e)
        {
            runner.Dispose();
            await app.DisposeAsync();
            throw new IOException($"--http-port {httpPort}: {e.Message}", e);
        }

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        server.Url = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Stops serving, then the session (it saves what it saves and closes its line).</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _runner.Dispose();
    }

    /// <summary>An <see cref="ApiError"/> (or a malformed request) becomes its status and {"error": one line}.</summary>
    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ApiError e) when (!context.Response.HasStarted)
        {
            await WriteError(context, e.Status, e.Message);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await WriteError(context, 400, e.Message);
        }
    }

    /// <summary>
    /// A page on another site could make a browser post to 127.0.0.1 (or rebind its own name to
    /// it): only requests naming this machine in Host, and no cross-site Origin, are served.
    /// </summary>
    private static async Task OnlyLocalHosts(HttpContext context, RequestDelegate next)
    {
        string host = context.Request.Host.Host;
        string? origin = context.Request.Headers.Origin;
        bool local = host is "127.0.0.1" or "localhost";
        bool sameOrigin = origin == null || origin == $"{context.Request.Scheme}://{context.Request.Host}";
        if (!local || !sameOrigin)
        {
            await WriteError(context, 403, local ? $"requests from {origin} are refused: the bench serves its own page only" : $"host '{host}' is refused: the bench answers on 127.0.0.1 only");
            return;
        }

        await next(context);
    }

    private static Task WriteError(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }

    /// <summary>GET /api/events: the kept events after ?since= (the last 1000), the state, then everything new.</summary>
    private async Task StreamAsync(HttpContext context)
    {
        long since = BenchApi.QueryInteger(context.Request, "since", 0, long.MaxValue, 0);
        if (long.TryParse(context.Request.Headers["Last-Event-ID"], out long lastId))
        {
            since = Math.Max(since, lastId);
        }

        // A page left open must not hold the bench's stop: the stream ends when the server stops.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        CancellationToken aborted = ended.Token;
        using BenchEventLog.Subscription subscription = _log.Subscribe(since, StreamBacklog);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false)) { NewLine = "\n" };
        await writer.WriteAsync("retry: 1000\n\n");
        await WriteEventAsync(writer, new BenchEvent(0, "state", 0, await _runner.State(), null, true));
        await writer.FlushAsync(aborted);
        try
        {
            while (await subscription.Reader.WaitToReadAsync(aborted))
            {
                while (subscription.Reader.TryRead(out BenchEvent? e))
                {
                    await WriteEventAsync(writer, e);
                }

                await writer.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private static Task WriteEventAsync(TextWriter writer, BenchEvent e) =>
        writer.WriteAsync(e.Seq > 0 ? $"id: {e.Seq}\nevent: {e.Type}\ndata: {e.Json}\n\n" : $"event: {e.Type}\ndata: {e.Json}\n\n");

    /// <summary>The page's files, embedded in this assembly under wwwroot/.</summary>
    private static IResult StaticFile(string? path)
    {
        string name = string.IsNullOrEmpty(path) ? "index.html" : path;
        Stream? stream = name.Contains("..", StringComparison.Ordinal) ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name);
        if (stream == null)
        {
            return Results.Text($"no page '/{name}' here; the bench is at / and its API at /api", "text/plain", statusCode: 404);
        }

        string type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
