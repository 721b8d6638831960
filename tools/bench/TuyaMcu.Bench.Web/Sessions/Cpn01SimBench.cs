using TuyaMcu.Dispatch;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// The CPN01 firmware against the simulated module in virtual time (<see cref="DeviceBench"/>, as
/// <c>sim</c> runs it), paced against real time (<see cref="PacedSimulation"/>): its contact, pulse
/// counter and battery are the world's controls, and it counts what the power model charges for.
/// </summary>
internal sealed class Cpn01SimBench : IBenchSession, IWorldControls
{
    private readonly DeviceBench _bench;
    private readonly ModuleServiceMeter _noService;
    private readonly PacedSimulation _pace;

    public Cpn01SimBench(BenchOptions options, IBenchOutput output)
    {
        var deviceOptions = new DeviceOptions { PowerMode = options.PowerMode };

        // A battery device tells the module to sleep, so it must wake it before sending (as 'sim' runs it).
        deviceOptions.Link.WakeBeforeSend = options.PowerMode == PowerMode.Battery;
        _bench = new DeviceBench(seed: options.Seed, faults: options.HarshFaults ? FaultProfile.Harsh : new FaultProfile(), settings: new Cpn01Settings(), options: deviceOptions);
        DpRegistry dps = _bench.Device.Dispatcher.Dps;
        _ = new SimulationTimeline(_bench, new FrameText(id => dps.Find(id)?.Code), entry => SessionAdapter.Forward(output, entry));
        _noService = new ModuleServiceMeter(_bench.Loop, _bench.Module);
        _pace = new PacedSimulation(_bench.Loop, options.Speed, options.StartRunning);
        PowerMode = options.PowerMode;
        Module = new ModuleControls(() => _bench.Module);
        SendDps = words => SessionAdapter.SendThroughModule(_bench.Module, dps, words);
    }

    public string Mode => "sim";

    public string Where => "simulated module, virtual time";

    public long NowMs => _bench.Clock.UptimeMs;

    public ISimulationControls? Simulation => _pace;

    public IModuleControls? Module { get; }

    public IWorldControls? World => this;

    public Func<IReadOnlyList<string>, string?>? SendDps { get; }

    public PowerMode PowerMode { get; }

    public string Summary
    {
        get
        {
            DeviceTotals t = _bench.Totals();
            return $"uplinks {t.Uplinks}, reports acknowledged {t.ReportsAcknowledged}, failed {t.ReportsFailed}; contact events {t.ContactEvents}, total {_bench.Counters.Total}; module resets {_bench.Module.Statistics.Resets}";
        }
    }

    public void RunSlice(int maxRealMs) => _pace.RunSlice(maxRealMs);

    public void SetContact(bool closed) => _bench.SetContact(closed);

    public void AddPulses(long pulses) => _bench.Pulses.Add(pulses);

    public bool SetBattery(int percent)
    {
        // The 'sim' scenario's battery line: 3.0 V empty to 3.6 V full.
        _bench.Battery.Percent = percent;
        _bench.Battery.Millivolts = 3000 + 6 * percent;
        return true;
    }

    public string? Hold(string role, bool active, long? forMs) => $"the {Cpn01Profile.ProfileName} profile has no {role} input";

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
}
