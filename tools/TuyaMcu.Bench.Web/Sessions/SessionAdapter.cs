using TuyaMcu.Platform;
// Longer than the usual 400 lines on purpose: it is the one place the web bench touches the
// library's sessions (four of them), so that the profile seam replaces this file and nothing else.
using System.Diagnostics;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// The one place the web bench reaches the sessions of <c>TuyaMcu.Tooling</c> (the simulated bench
/// in virtual time, the module and mcu sessions, the serial monitor) and the profile's schema:
/// everything else in this project sees them only through <see cref="IBenchSession"/> and
/// <see cref="BenchProfile"/>. When the session run loop and the profile registry move into the
/// library, this class is what changes.
/// </summary>
public static class SessionAdapter
{
    /// <summary>The profile a bench runs when none is named.</summary>
    public const string DefaultProfile = "cpn01";

    /// <summary>The profile named <paramref name="name"/>; one line naming the problem when there is none.</summary>
    public static BenchProfile Profile(string name)
    {
        if (name != DefaultProfile)
        {
            throw new ArgumentException($"no profile '{name}' (this build has: {DefaultProfile})");
        }

        var assignments = new DpAssignments(SensorDps.Create());
        return new BenchProfile(
            name,
            Cpn01Schema.Create(),
            (words) => assignments.TryEncode(words, out byte[] units) is string problem ? (problem, []) : (null, units),
            new BenchPlotCodes("doorcontact_state", true, "total_count", "battery_voltage", "signal_strength"));
    }

    /// <summary>Starts the session <paramref name="options"/> name; its frames and marks go to <paramref name="output"/>.</summary>
    public static IBenchSession Open(BenchOptions options, IBenchOutput output)
    {
        Profile(options.Profile);
        return options.Mode switch
        {
            "sim" => new SimSession(options, output),
            "module" => new ModuleBench(options, output),
            "mcu" => new McuBench(options, output),
            "monitor" => new MonitorBench(options, output),
            _ => throw new ArgumentException($"no session kind '{options.Mode}' (sim, module, mcu, monitor)"),
        };
    }

    private static void Forward(IBenchOutput output, TimelineEntry entry)
    {
        if (entry.IsMark)
        {
            output.Mark(entry.AtMs, entry.MarkSource!, entry.Name);
        }
        else
        {
            output.Frame(entry.AtMs, entry.FromMcu, entry.Hex ?? string.Empty, entry.ChecksumOk, entry.NotReceived);
        }
    }

    private static string? SendThroughModule(ModuleSimulator module, IReadOnlyList<string> words)
    {
        string? problem = new DpAssignments(SensorDps.Create()).TryEncode(words, out byte[] units);
        if (problem == null)
        {
            module.SendDpCommand(units);
        }

        return problem;
    }

    /// <summary>The module's controls on a simulated module.</summary>
    private sealed class ModuleControls(Func<ModuleSimulator> module) : IModuleControls
    {
        public void NetworkStatus(byte status) => module().SendNetworkStatus(status);

        public void Offline(long seconds) => module().GoOffline(seconds * 1000);

        public void Reset() => module().Reset();

        public void BatteryCheck() => module().SendBatteryCheck();

        public void ProductQuery() => module().SendProductQuery();
    }

    /// <summary>The firmware against the simulated module in virtual time, paced against real time.</summary>
    private sealed class SimSession : IBenchSession, ISimulationControls, IWorldControls
    {
        private readonly DeviceBench _bench;
        private readonly ModuleServiceMeter _noService;
        private readonly Stopwatch _real = Stopwatch.StartNew();
        private long _realBaseMs;
        private long _virtualBaseMs;
        private double _speed;

        public SimSession(BenchOptions options, IBenchOutput output)
        {
            var deviceOptions = new TuyaMcu.Platform.DeviceOptions
            {
                PowerMode = options.PowerMode,
            };

            // A battery device tells the module to sleep, so it must wake it before sending (as 'sim' runs it).
            deviceOptions.Link.WakeBeforeSend = options.PowerMode == PowerMode.Battery;
            _bench = new DeviceBench(seed: options.Seed, faults: options.HarshFaults ? FaultProfile.Harsh : new FaultProfile(), settings: new Cpn01Settings(), options: deviceOptions);
            DpRegistry dps = _bench.Device.Dispatcher.Dps;
            _ = new SimulationTimeline(_bench, new FrameText(id => dps.Find(id)?.Code), entry => Forward(output, entry));
            _noService = new ModuleServiceMeter(_bench.Loop, _bench.Module);
            _speed = options.Speed;
            Running = options.StartRunning;
            PowerMode = options.PowerMode;
            Module = new ModuleControls(() => _bench.Module);
            SendDps = words => SendThroughModule(_bench.Module, words);
        }

        public string Mode => "sim";

        public string Where => "simulated module, virtual time";

        public long NowMs => _bench.Clock.UptimeMs;

        public ISimulationControls? Simulation => this;

        public IModuleControls? Module { get; }

        public IWorldControls? World => this;

        public Func<IReadOnlyList<string>, string?>? SendDps { get; }

        public PowerMode PowerMode { get; }

        public bool Running { get; private set; }

        public double Speed
        {
            get => _speed;
            set
            {
                Rebase();
                _speed = value;
            }
        }

        public string Summary
        {
            get
            {
                DeviceTotals t = _bench.Totals();
                return $"uplinks {t.Uplinks}, reports acknowledged {t.ReportsAcknowledged}, failed {t.ReportsFailed}; contact events {t.ContactEvents}, total {_bench.Counters.Total}; module resets {_bench.Module.Statistics.Resets}";
            }
        }

        public void RunSlice(int maxRealMs)
        {
            long started = _real.ElapsedMilliseconds;
            if (Running)
            {
                long target = _virtualBaseMs + (long)((started - _realBaseMs) * _speed);

                // A run that cannot keep up does what it can in this slice and drops the debt.
                long most = NowMs + Math.Max(1, (long)(maxRealMs * 2 * _speed));
                if (target > most)
                {
                    target = most;
                    _virtualBaseMs = most;
                    _realBaseMs = started;
                }

                if (target > NowMs)
                {
                    _bench.Loop.RunUntil(target);
                }
            }

            int rest = maxRealMs - (int)(_real.ElapsedMilliseconds - started);
            if (rest > 0)
            {
                Thread.Sleep(rest);
            }
        }

        public void Run()
        {
            Rebase();
            Running = true;
        }

        public void Pause() => Running = false;

        public void Step(long ms)
        {
            _bench.Loop.RunFor(ms);
            Rebase();
        }

        public void SetContact(bool closed) => _bench.SetContact(closed);

        public void AddPulses(long pulses) => _bench.Pulses.Add(pulses);

        public bool SetBattery(int percent)
        {
            // The 'sim' scenario's battery line: 3.0 V empty to 3.6 V full.
            _bench.Battery.Percent = percent;
            _bench.Battery.Millivolts = 3000 + 6 * percent;
            return true;
        }

        public BenchSample Sample()
        {
            DeviceTotals t = _bench.Totals();
            return new BenchSample(
                _bench.Contact.Level == _bench.Hardware.Input(Cpn01Profile.ContactRole)!.ActiveLevel,
                _bench.Counters.Total,
                _bench.Battery.Millivolts,
                _bench.Module.NetworkStatus,
                !_bench.Module.IsOffline,
                t.Uplinks,
                t.ReportsAcknowledged + t.RecordsAcknowledged);
        }

        public ActivityCounts? Activity()
        {
            DeviceTotals t = _bench.Totals();
            t.BytesSent = _bench.World.FromMcu.BytesWritten;
            t.ModuleNoServiceMs = _noService.NoServiceMs;
            var r = new SensorSimulationResult(
                NowMs / 3_600_000.0, 0, 0, 0, t.Uplinks, t.ReportsAcknowledged, t.ReportsFailed, t.RecordsAcknowledged, t.RecordsFailed,
                _bench.Datalog.PendingCount, t.Retries, t.Timeouts, t.ContactEvents, _bench.Counters.Total, t.Alarms,
                _bench.Module.Statistics.Resets, _bench.Module.Statistics.Outages, t.DuplicateModuleCommands, _bench.Loop.Steps, t,
                _bench.Datalog.NextSequence - 1, _bench.Module.Statistics.Sleeps);
            return SimulationActivity.From(r);
        }

        public void Dispose()
        {
        }

        private void Rebase()
        {
            _realBaseMs = _real.ElapsedMilliseconds;
            _virtualBaseMs = NowMs;
        }
    }

    /// <summary>A module or mcu session on a serial line in real time, as the <c>module</c> and <c>mcu</c> commands run it.</summary>
    private abstract class SerialBench : IBenchSession, ISessionOutput
    {
        private readonly IBenchOutput _output;
        private readonly ISerialEndpoint _line;
        private readonly SystemClock _clock = new();
        private IInteractiveSession _session = null!;

        protected SerialBench(BenchOptions options, IBenchOutput output)
        {
            _output = output;
            _line = options.Line ?? throw new ArgumentException($"{options.Mode} needs a serial line (--port DEV or --pty)");
            Where = options.LineName ?? _line.Name;
        }

        public abstract string Mode { get; }

        public string Where { get; }

        public long NowMs => _clock.UptimeMs;

        public ISimulationControls? Simulation => null;

        public virtual IModuleControls? Module => null;

        public virtual IWorldControls? World => null;

        public virtual Func<IReadOnlyList<string>, string?>? SendDps => null;

        public PowerMode PowerMode => PowerMode.AlwaysOn;

        public string Summary => _session.Summary;

        public void RunSlice(int maxRealMs)
        {
            _session.Poll();
            long wait = Math.Clamp(_session.NextDueMs - _clock.UptimeMs, 0, maxRealMs);
            if (wait > 0)
            {
                _line.WaitForData((int)wait);
            }
        }

        public abstract BenchSample Sample();

        public ActivityCounts? Activity() => null;

        public void Dispose()
        {
            try
            {
                _session.Finish();
            }
            finally
            {
                _line.Dispose();
            }
        }

        void ISessionOutput.Frame(TimelineEntry entry) => Forward(_output, entry);

        void ISessionOutput.Note(long atMs, string source, string text) => _output.Mark(atMs, source, text);

        protected T Start<T>(Func<ISerialEndpoint, ISimulationClock, ISessionOutput, T> build)
            where T : IInteractiveSession
        {
            T session = build(_line, _clock, this);
            _session = session;
            return session;
        }
    }

    private sealed class ModuleBench : SerialBench
    {
        private readonly ModuleSession _session;

        public ModuleBench(BenchOptions options, IBenchOutput output)
            : base(options, output)
        {
            _session = Start(SerialSessions.Module);
            Module = new ModuleControls(() => _session.Module);
            SendDps = words => SendThroughModule(_session.Module, words);
        }

        public override string Mode => "module";

        public override IModuleControls? Module { get; }

        public override Func<IReadOnlyList<string>, string?>? SendDps { get; }

        public override BenchSample Sample() =>
            new(null, null, null, _session.Module.NetworkStatus, !_session.Module.IsOffline, null, null);
    }

    private sealed class McuBench : SerialBench, IWorldControls
    {
        private readonly McuSession _session;

        public McuBench(BenchOptions options, IBenchOutput output)
            : base(options, output)
        {
            var mcuOptions = new McuSessionOptions { StateDirectory = options.StateDirectory, BaudRate = options.Baud };
            _session = Start((line, clock, sink) => SerialSessions.Mcu(line, clock, sink, mcuOptions));
        }

        public override string Mode => "mcu";

        public override IWorldControls? World => this;

        public void SetContact(bool closed) => _session.SetContact(closed);

        public void AddPulses(long pulses) => _session.Pulses.Add(pulses);

        public bool SetBattery(int percent) => false;

        public override BenchSample Sample()
        {
            var app = (Cpn01Application)_session.Device.Application;
            return new BenchSample(!_session.Contact.Level, app.Counters.Total, null, null, null, app.Uplink.Uplinks, app.Uplink.ReportsAcknowledged + app.Uplink.RecordsAcknowledged);
        }
    }

    /// <summary>A passive monitor of one line: the monitor's own loop runs on a thread of its own until disposed.</summary>
    private sealed class MonitorBench : IBenchSession, IMonitorSink
    {
        private readonly ISerialEndpoint _line;
        private readonly IBenchOutput _output;
        private readonly SerialFrameMonitor _monitor;
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;

        public MonitorBench(BenchOptions options, IBenchOutput output)
        {
            _line = options.Line ?? throw new ArgumentException("monitor needs a serial line (--port DEV)");
            _output = output;
            Where = options.LineName ?? _line.Name;
            _monitor = new SerialFrameMonitor(_line, this);
            _thread = new Thread(Watch) { IsBackground = true, Name = "web bench monitor" };
            _thread.Start();
        }

        public string Mode => "monitor";

        public string Where { get; }

        public long NowMs => (long)(DateTimeOffset.Now - _monitor.StartedAt).TotalMilliseconds;

        public ISimulationControls? Simulation => null;

        public IModuleControls? Module => null;

        public IWorldControls? World => null;

        public Func<IReadOnlyList<string>, string?>? SendDps => null;

        public PowerMode PowerMode => PowerMode.AlwaysOn;

        public string Summary
        {
            get
            {
                ParserStatistics s = _monitor.Statistics;
                return $"{s.BytesReceived} bytes, {s.Frames} frames, {s.ChecksumErrors} checksum errors, {s.DiscardedBytes} discarded bytes, {s.Timeouts} timeouts";
            }
        }

        public void RunSlice(int maxRealMs) => Thread.Sleep(maxRealMs);

        public BenchSample Sample() => new(null, null, null, null, null, null, null);

        public ActivityCounts? Activity() => null;

        public void OnFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk) => _output.Frame(
            (long)(receivedAt - _monitor.StartedAt).TotalMilliseconds,
            null,
            TuyaMcu.Text.Hex.FormatLower(frame.Buffer, frame.Offset, frame.Length),
            checksumOk,
            false);

        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join();
            _line.Dispose();
        }

        private void Watch()
        {
            try
            {
                _monitor.Run(null, _stop.Token);
            }
            catch (SerialPortException e)
            {
                _output.Mark(NowMs, "line", e.Message);
            }
        }
    }
}
