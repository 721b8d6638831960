using TuyaMcu.Platform;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// Any other profile's firmware on its simulated inputs against the simulated module in virtual
/// time (<see cref="ProfileSimulation"/>, as <c>sim --profile NAME</c> runs it), paced against real
/// time: the POM01-N's outage, brown-out and ACT button are the world's controls. The POM01-N's
/// power estimate is of its backup battery over the part of the run so far spent on it.
/// </summary>
internal sealed class ProfileSimBench : IBenchSession, IWorldControls
{
    private readonly ProfileSimulation _sim;
    private readonly PacedSimulation _pace;
    private readonly string _profile;
    private readonly string[] _steps;
    private readonly bool _backupBattery;

    public ProfileSimBench(HostProfile host, BenchOptions options, IBenchOutput output)
    {
        _profile = host.Name;
        _backupBattery = host.Name == Pom01nProfile.ProfileName;
        _sim = new ProfileSimulation(host, options.Seed, options.HarshFaults ? FaultProfile.Harsh : new FaultProfile(), entry => SessionAdapter.Forward(output, entry));
        _pace = new PacedSimulation(_sim.World.Loop, options.Speed, options.StartRunning);
        _steps = SessionAdapter.Profile(host.Name).Plots.Steps;
        Module = new ModuleControls(() => _sim.World.Module);
        SendDps = words => SessionAdapter.SendThroughModule(_sim.World.Module, _sim.Dps, words);
    }

    public string Mode => "sim";

    public string Where => "simulated module, virtual time";

    public long NowMs => _sim.World.Clock.UptimeMs;

    public ISimulationControls? Simulation => _pace;

    public IModuleControls? Module { get; }

    public IWorldControls? World => this;

    public Func<IReadOnlyList<string>, string?>? SendDps { get; }

    public PowerMode PowerMode => PowerMode.AlwaysOn;

    public string Summary
    {
        get
        {
            ModuleStatistics m = _sim.World.Module.Statistics;
            return $"uplinks {m.ReportsReceived}, failed by the cloud {m.ReportsFailedByCloud}; module resets {m.Resets}, outages {m.Outages}; wakes {_sim.Wakes}";
        }
    }

    public void RunSlice(int maxRealMs) => _pace.RunSlice(maxRealMs);

    public void SetContact(bool closed) => throw new InvalidOperationException($"the {_profile} profile has no contact");

    public void AddPulses(long pulses) => throw new InvalidOperationException($"the {_profile} profile has no pulse input");

    public bool SetBattery(int percent)
    {
        // The backup Li-ion cell: 3.3 V empty to 4.1 V full.
        _sim.Battery.Percent = percent;
        _sim.Battery.Millivolts = 3300 + 8 * percent;
        return true;
    }

    public string? Hold(string role, bool active, long? forMs)
    {
        if (_sim.HeldInput(role) == null)
        {
            return $"the {_profile} profile has no {role} input";
        }

        _sim.SetActive(role, active, forMs);
        return null;
    }

    public BenchSample Sample() => new(
        null,
        null,
        _sim.Battery.Millivolts,
        _sim.World.Module.NetworkStatus,
        !_sim.World.Module.IsOffline,
        null,
        null,
        _steps.ToDictionary(code => code, code => (bool?)_sim.IsActive(code)));

    public ActivityCounts? Activity() => null;

    public BatteryModeTotals? OnBackupBattery() => _backupBattery ? _sim.OnBattery : null;

    public void Dispose()
    {
    }
}
