using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>What a <see cref="ProfileSimulation"/> counted.</summary>
public sealed record ProfileSimulationResult(
    double Hours,
    long FramesFromMcu,
    long FramesToMcu,
    long BadFramesSeen,
    long Uplinks,
    long ReportsFailedByCloud,
    long ModuleResets,
    long Outages,
    int Reboots,
    int DeepSleeps,
    int Wakes,
    BatteryModeTotals OnBattery);

/// <summary>
/// What the firmware did while it ran in battery mode (the mains gone), summed over every outage of
/// a <see cref="ProfileSimulation"/> run: what the backup battery pays for.
/// </summary>
public sealed record BatteryModeTotals(
    long BatteryMs,
    long AwakeMs,
    long Uplinks,
    long Wakes,
    long BytesSent,
    long ModuleNoServiceMs);

/// <summary>
/// The whole firmware with any registered profile (<see cref="HostProfile"/>) on its simulated
/// inputs against the simulated module, in virtual time: what <c>sim --profile NAME</c> runs for
/// a profile other than the CPN01 (whose richer bench is <see cref="SensorSimulation"/>). Scenario
/// steps: the module's (dp, offline, reset-module, hang-module, battery-check) and, for a profile
/// with those inputs, "outage LENGTH" (power_outage), "brown-out LENGTH" (low_voltage) and
/// "button LENGTH" (act_button held that long).
/// </summary>
public sealed class ProfileSimulation
{
    private readonly HostProfile _profile;
    private readonly SimulatedWorld _world;
    private readonly SimulatedHardware _parts;
    private readonly DeviceOptions _options = new();
    private readonly Dictionary<string, int> _holds = [];
    private readonly byte[] _discard = new byte[256];
    private WakeSources? _sleepWake;
    private long _wakeAt;
    private long _meteredAt;
    private long _reportsSeen;
    private long _bytesSeen;
    private int _wakesSeen;
    private bool _wasOnBattery;
    private bool _wasAwake;
    private bool _wasInService;
    private BatteryModeTotals _onBattery = new(0, 0, 0, 0, 0, 0);

    /// <summary>Builds the world and boots the firmware; nothing runs until <see cref="Run"/>.</summary>
    public ProfileSimulation(HostProfile profile, int seed = 1, FaultProfile? faults = null, Action<TimelineEntry>? timeline = null)
    {
        _profile = profile ?? throw new ArgumentNullException(nameof(profile));
        _world = new SimulatedWorld(seed, faults, null, _options.Link.BaudRate);

        // As Program does on a board with a wake pin (the DevKitC's): a module told to sleep is woken before each frame.
        _options.Link.WakeBeforeSend = true;
        Dps = SensorDps.Create(profile);
        var wire = new WireTimeline(_world.Clock, new FrameText(id => Dps.Find(id)?.Code), entry =>
        {
            Frames.Add(entry);
            timeline?.Invoke(entry);
        });
        _parts = new SimulatedHardware(profile, SimulatedBoard.InWorld(_world, new TappedTransport(_world.McuTransport, wire)), new SimulatedBench.FixedBattery(100, 4100));
        _parts.System.OnReboot = Boot;
        _parts.System.OnDeepSleep = (after, wake) => (_sleepWake, _wakeAt) = (wake, _world.Clock.UptimeMs + after);
        Device = null!;
        Boot();
        _world.Loop.Add("mcu", PollMcu, () => _sleepWake != null ? _wakeAt : Device.NextDueMs);
        _world.Loop.Add("wire", wire.Poll, () => long.MaxValue);
        _world.AddModule();
        _world.Loop.Add("battery mode meter", MeterBatteryMode, () => long.MaxValue);
    }

    /// <summary>The firmware (a new instance after each reboot or wake).</summary>
    public Device Device { get; private set; }

    /// <summary>The profile's inputs on simulated parts.</summary>
    public HardwareInput[] Inputs => _parts.Inputs;

    /// <summary>The battery reading the firmware sees (the backup battery's, full).</summary>
    public SimulatedBench.FixedBattery Battery => _parts.Battery;

    /// <summary>
    /// The scenario steps and web bench controls that hold one of the profile's inputs at its
    /// active level, by the input's role: an outage holds power_outage, a brown-out low_voltage,
    /// a button press act_button.
    /// </summary>
    public static IReadOnlyDictionary<string, string> HeldInputs { get; } = new Dictionary<string, string>
    {
        ["outage"] = "power_outage",
        ["brown-out"] = "low_voltage",
        ["button"] = "act_button",
    };

    /// <summary>The profile's DPs, by which the timeline names them.</summary>
    public DpRegistry Dps { get; }

    /// <summary>The world: clock, module, loop.</summary>
    public SimulatedWorld World => _world;

    /// <summary>Frames seen from the MCU, to it, and broken.</summary>
    public FrameTally Frames { get; } = new();

    /// <summary>Wakes from deep sleep so far.</summary>
    public int Wakes { get; private set; }

    /// <summary>
    /// What the firmware did in battery mode so far, summed over every outage (the loop meters it
    /// after each step, and virtual time moves only in steps): a run's <see cref="ProfileSimulationResult.OnBattery"/> mid-run.
    /// </summary>
    public BatteryModeTotals OnBattery => _onBattery;

    /// <summary>
    /// Schedules <paramref name="scenario"/>'s steps; a step for an input the profile lacks (open,
    /// pulses on a POM01-N) is a <see cref="FormatException"/> naming its line, a step after
    /// <paramref name="endMs"/> a warning.
    /// </summary>
    public void Schedule(Scenario scenario, long endMs, Action<string> warn)
    {
        foreach (Scenario.Step step in scenario.Steps)
        {
            string where = $"scenario line {step.Line}";
            if (step.AtMs > endMs)
            {
                warn($"{where}: {step.Action} at {TimeSpan.FromMilliseconds(step.AtMs)} comes after the end of the run and never happens");
            }

            Action action = step.Action switch
            {
                "dp" => SendDp(SensorSimulation.EncodeDp(step.Argument, Dps, where)),
                "offline" => () => _world.Module.GoOffline(Scenario.Duration(step.Argument, step.Line)),
                "reset-module" => _world.Module.Reset,
                "hang-module" => _world.Module.Hang,
                "battery-check" => _world.Module.SendBatteryCheck,
                "outage" or "brown-out" or "button" => Hold(step, InputRole(HeldInputs[step.Action], step)),
                _ => throw new FormatException($"{where}: {step.Action} is not for the {_profile.Name} profile"),
            };
            _world.Loop.At(step.AtMs, action);
        }
    }

    private Action SendDp(byte[] unit) => () => _world.Module.SendDpCommand(unit);

    private string InputRole(string role, Scenario.Step step) =>
        HeldInput(role) != null ? role : throw new FormatException($"scenario line {step.Line}: the {_profile.Name} profile has no {role} input for '{step.Action}'");

    /// <summary>The input at its active level from the step's time for the step's length, then back.</summary>
    private Action Hold(Scenario.Step step, string role)
    {
        long length = Scenario.Duration(step.Argument, step.Line);
        return () => SetActive(role, true, length);
    }

    /// <summary>The simulated level input that plays <paramref name="role"/>, or null when the profile has none.</summary>
    public HardwareInput? HeldInput(string role) => Array.Find(Inputs, i => i.Role == role && i.Level is SimulatedInput);

    /// <summary>True while the input of <paramref name="role"/> is at its active level (a power outage, a pressed button).</summary>
    public bool IsActive(string role) => HeldInput(role) is { } input && ((SimulatedInput)input.Level).Level == input.ActiveLevel;

    /// <summary>
    /// Puts the input of <paramref name="role"/> at its active level (or back at rest) now; with
    /// <paramref name="forMs"/>, back at rest that long after, unless it was set again before.
    /// </summary>
    /// <exception cref="ArgumentException">The profile has no such input.</exception>
    public void SetActive(string role, bool active, long? forMs = null)
    {
        HardwareInput input = HeldInput(role) ?? throw new ArgumentException($"the {_profile.Name} profile has no {role} input");
        var pin = (SimulatedInput)input.Level;
        int hold = _holds[role] = _holds.GetValueOrDefault(role) + 1;
        pin.Level = active ? input.ActiveLevel : !input.ActiveLevel;
        if (active && forMs is long length)
        {
            _world.Loop.At(_world.Clock.UptimeMs + length, () =>
            {
                if (_holds[role] == hold)
                {
                    pin.Level = !input.ActiveLevel;
                }
            });
        }
    }

    /// <summary>Runs until <paramref name="hours"/> of virtual time have passed since the start.</summary>
    public ProfileSimulationResult Run(double hours)
    {
        _world.Loop.RunUntil((long)(hours * 3_600_000));
        ModuleStatistics m = _world.Module.Statistics;
        MeterBatteryMode();
        return new ProfileSimulationResult(hours, Frames.FromMcu, Frames.ToMcu, Frames.Bad, m.ReportsReceived, m.ReportsFailedByCloud, m.Resets, m.Outages, _parts.System.Reboots, _parts.System.DeepSleeps, Wakes, _onBattery);
    }

    // Runs after every step: the time since the last step is charged to battery mode when the
    // firmware was in it then (asleep or awake), and so are the uplinks, wakes and bytes since.
    private void MeterBatteryMode()
    {
        long now = _world.Clock.UptimeMs;
        long reports = _world.Module.Statistics.ReportsReceived;
        long bytes = _world.FromMcu.BytesWritten;
        if (_wasOnBattery)
        {
            long dt = now - _meteredAt;
            _onBattery = _onBattery with
            {
                BatteryMs = _onBattery.BatteryMs + dt,
                AwakeMs = _onBattery.AwakeMs + (_wasAwake ? dt : 0),
                Uplinks = _onBattery.Uplinks + reports - _reportsSeen,
                Wakes = _onBattery.Wakes + Wakes - _wakesSeen,
                BytesSent = _onBattery.BytesSent + bytes - _bytesSeen,
                ModuleNoServiceMs = _onBattery.ModuleNoServiceMs + (_wasInService ? 0 : dt),
            };
        }

        (_meteredAt, _reportsSeen, _bytesSeen, _wakesSeen) = (now, reports, bytes, Wakes);
        _wasOnBattery = Device.OnBattery;
        _wasAwake = _sleepWake == null;
        _wasInService = _world.Module.NetworkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected && !_world.Module.IsOffline;
    }

    private void Boot()
    {
        Device = new Device(_parts.Hardware, _options, _profile.CreateDevice());
        Device.Setup();
    }

    private void PollMcu()
    {
        if (_sleepWake == null)
        {
            Device.Loop();
            return;
        }

        // A sleeping chip hears nothing on its UART; a wake input at its level, or the timer, boots it.
        while (_world.McuTransport.Read(_discard, 0, _discard.Length) > 0)
        {
        }

        bool woken = _world.Clock.UptimeMs >= _wakeAt;
        for (int i = 0; i < _sleepWake.Count && !woken; i++)
        {
            woken = _sleepWake.InputAt(i).Read() == _sleepWake.LevelAt(i);
        }

        if (woken)
        {
            _sleepWake = null;
            Wakes++;
            Boot();
            Device.Loop();
        }
    }
}
