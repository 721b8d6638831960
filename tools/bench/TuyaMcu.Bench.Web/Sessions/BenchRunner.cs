using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Events;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// Runs a bench's session on one thread of its own: slices of at most <see cref="SliceMs"/> of
/// real time, the requests' actions between them (so a session is only ever touched from this
/// thread), and a state event every <see cref="StateEveryMs"/> and after every action (with a kept
/// sample of what the plots follow whenever that changed). A session
/// that fails (a device unplugged) is stopped with a mark saying why; actions then fail with that line.
/// </summary>
public sealed class BenchRunner : IDisposable
{
    /// <summary>Longest slice of the session between two looks at the requests.</summary>
    public const int SliceMs = 20;

    /// <summary>How often the state is sent while nothing else happens.</summary>
    public const int StateEveryMs = 200;

    private readonly IBenchSession _session;
    private readonly BenchEventLog _log;
    private readonly ConcurrentQueue<Action> _actions = new();
    private readonly Thread _thread;
    private readonly Stopwatch _real = Stopwatch.StartNew();
    private volatile bool _stopping;
    private volatile string? _failure;
    private string _lastState = "";
    private string _lastSample = "";

    /// <summary>Starts running <paramref name="session"/>, whose output is <paramref name="log"/>.</summary>
    public BenchRunner(IBenchSession session, BenchEventLog log)
    {
        _session = session;
        _log = log;
        _thread = new Thread(Loop) { IsBackground = true, Name = "web bench session" };
        _thread.Start();
    }

    /// <summary>Why the session stopped, or null while it runs.</summary>
    public string? Failure => _failure;

    /// <summary>Runs <paramref name="action"/> on the session's thread and returns its result.</summary>
    /// <exception cref="InvalidOperationException">The session has stopped (the message says why).</exception>
    public Task<T> Invoke<T>(Func<IBenchSession, T> action)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_failure != null || _stopping)
        {
            done.SetException(new InvalidOperationException(_failure ?? "the bench is stopping"));
            return done.Task;
        }

        _actions.Enqueue(() =>
        {
            try
            {
                done.SetResult(action(_session));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>The state now, as the event stream sends it.</summary>
    public Task<string> State() => _failure != null ? Task.FromResult(StateJson()) : Invoke(_ => StateJson());

    /// <summary>Stops the thread, then ends the session (saving what it saves) and closes its line.</summary>
    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
        _session.Dispose();
    }

    private void Loop()
    {
        long lastState = -StateEveryMs;
        while (!_stopping)
        {
            bool acted = false;
            while (_actions.TryDequeue(out Action? action))
            {
                action();
                acted = true;
            }

            if (_failure == null)
            {
                try
                {
                    _session.RunSlice(SliceMs);
                }
                catch (Exception e) when (e is IOException or Tooling.Serial.SerialPortException)
                {
                    _failure = $"the session stopped: {e.Message}";
                    _log.Mark(_session.NowMs, "bench", _failure);
                }
            }
            else
            {
                Thread.Sleep(SliceMs);
            }

            long now = _real.ElapsedMilliseconds;
            if (acted || now - lastState >= StateEveryMs)
            {
                lastState = now;
                PublishState(force: acted);
            }
        }

        // Whoever waits on an action still queued hears that the bench stopped.
        while (_actions.TryDequeue(out Action? action))
        {
            action();
        }
    }

    private void PublishState(bool force)
    {
        string state = StateJson();
        if (force || state != _lastState)
        {
            _lastState = state;
            _log.PublishState(state);
        }

        // What the plots show is kept whenever it changes.
        JsonObject json = JsonNode.Parse(state)!.AsObject();
        var sample = new JsonObject();
        foreach (string key in SampleKeys)
        {
            sample[key] = json[key]?.DeepClone();
        }

        string text = sample.ToJsonString();
        if (text != _lastSample)
        {
            _lastSample = text;
            _log.Sample(json["atMs"]!.GetValue<long>(), sample);
        }
    }

    /// <summary>The state's values the plots follow.</summary>
    private static readonly string[] SampleKeys = ["contactClosed", "count", "batteryMv", "signal", "steps"];

    private static JsonObject Steps(IReadOnlyDictionary<string, bool?> steps) => new(steps.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    private string StateJson()
    {
        BenchSample s = _session.Sample();
        FrameWorld w = _log.World;
        ISimulationControls? sim = _session.Simulation;
        var json = new JsonObject
        {
            ["type"] = "state",
            ["mode"] = _session.Mode,
            ["atMs"] = _session.NowMs,
            ["running"] = _failure == null && (sim?.Running ?? true),
            ["speed"] = sim?.Speed,
            ["contactClosed"] = s.ContactClosed ?? w.ContactClosed,
            ["count"] = s.Count ?? w.Count,
            ["batteryMv"] = s.BatteryMillivolts ?? w.BatteryMillivolts,
            ["signal"] = w.Signal,
            ["steps"] = Steps(s.Steps ?? w.Steps),
            ["network"] = s.NetworkStatus,
            ["cloudOnline"] = s.CloudOnline,
            ["uplinks"] = s.Uplinks ?? w.Uplinks,
            ["acknowledged"] = s.Acknowledged ?? w.Acknowledged,
            ["events"] = _log.Count,
            ["failure"] = _failure,
        };
        return json.ToJsonString();
    }
}
