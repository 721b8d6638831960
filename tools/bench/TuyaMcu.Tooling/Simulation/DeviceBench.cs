using TuyaMcu.Platform;
using TuyaMcu.Hal;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Profiles;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// The whole firmware (<see cref="Device"/> with the CPN01 profile) on simulated hardware — contact, pulse
/// counter, battery, LED, wake pin — against the simulated module, in virtual time: the
/// arrangement of the application tests and of the <c>sim</c> command.
/// </summary>
public sealed class DeviceBench
{
    private readonly DeviceTotals _totals = new();
    private readonly byte[] _discard = new byte[256];
    private readonly List<(IDigitalInput Input, bool Level)> _wakeInputs = [];
    private bool _asleep;
    private long _wakeAt;
    private long _awakeSince;
    private long _closedSince = -1;

    /// <summary>Builds the bench; the device is set up at once, the contact starts closed unless <paramref name="contactClosed"/> is false.</summary>
    public DeviceBench(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, DeviceOptions? options = null, Cpn01Settings? settings = null, int pulseCounterBits = 64, ILog? log = null, IStorage? storage = null, int datalogCapacity = Datalog.DefaultCapacity, bool contactClosed = true)
    {
        Options = options ?? new DeviceOptions();
        World = new SimulatedWorld(seed, faults, profile, Options.Link.BaudRate);

        // Closed pulls the pin low against its pull-up.
        Contact = new SimulatedInput(level: !contactClosed);
        Pulses = new SimulatedPulseCounter(pulseCounterBits);
        Defaults = settings ?? new Cpn01Settings();
        Profile = new Cpn01Profile(Defaults, datalogCapacity);
        Parts = new SimulatedHardware(
            ProfileRegistry.Find(Cpn01Profile.ProfileName)!,
            SimulatedBoard.InWorld(World),
            new SimulatedBench.FixedBattery(90, 3600),
            storage,
            log,
            SimulatedInputs.Cpn01(Contact, Pulses));
        Device = Boot();
        System.OnReboot = Reboot;
        System.OnDeepSleep = DeepSleep;
        World.Loop.Add("mcu", PollMcu, () => _asleep ? _wakeAt : Device.NextDueMs);
        World.Loop.Add("contact", TrackContact, () => long.MaxValue);
        World.AddModule();
    }

    /// <summary>True while the MCU is in deep sleep.</summary>
    public bool IsAsleep => _asleep;

    /// <summary>When the timer wakes the sleeping MCU, or <see cref="long.MaxValue"/> while it is awake.</summary>
    public long WakeAtMs => _asleep ? _wakeAt : long.MaxValue;

    /// <summary>What the firmware did so far, across all its boots and wakes.</summary>
    public DeviceTotals Totals()
    {
        DeviceTotals t = _totals.Clone();

        // A sleeping device's counts were added when it went to sleep.
        if (!_asleep)
        {
            Add(t, Device, World.Clock.UptimeMs - _awakeSince);
        }

        if (_closedSince >= 0)
        {
            t.ContactClosedMs += World.Clock.UptimeMs - _closedSince;
        }

        return t;
    }

    private void PollMcu()
    {
        if (!_asleep)
        {
            Device.Loop();
            return;
        }

        // What reaches the UART of a sleeping chip is lost.
        while (World.McuTransport.Read(_discard, 0, _discard.Length) > 0)
        {
        }

        long now = World.Clock.UptimeMs;
        bool byContact = _wakeInputs.Any(w => w.Input.Read() == w.Level);
        if (now < _wakeAt && !byContact)
        {
            return;
        }

        // The chip boots.
        _asleep = false;
        _awakeSince = now;
        _totals.Wakes++;
        if (byContact)
        {
            _totals.ContactWakes++;
        }
        else
        {
            _totals.TimerWakes++;
        }

        Device = Boot();
        Device.Loop();
    }

    private void DeepSleep(long wakeAfterMs, WakeSources wake)
    {
        long now = World.Clock.UptimeMs;
        Add(_totals, Device, now - _awakeSince);
        _asleep = true;
        _wakeAt = now + wakeAfterMs;
        _wakeInputs.Clear();
        for (int i = 0; i < wake.Count; i++)
        {
            _wakeInputs.Add((wake.InputAt(i), wake.LevelAt(i)));
        }
    }

    private void TrackContact()
    {
        bool closed = Contact.Level == Hardware.Input(Cpn01Profile.ContactRole)!.ActiveLevel;
        long now = World.Clock.UptimeMs;
        if (closed && _closedSince < 0)
        {
            _closedSince = now;
        }
        else if (!closed && _closedSince >= 0)
        {
            _totals.ContactClosedMs += now - _closedSince;
            _closedSince = -1;
        }
    }

    private static void Add(DeviceTotals t, Device device, long awakeMs)
    {
        var app = (Cpn01Application)device.Application;
        var link = device.Dispatcher.Link.Statistics;
        t.Uplinks += app.Uplink.Uplinks;
        t.ReportsAcknowledged += app.Uplink.ReportsAcknowledged;
        t.ReportsFailed += app.Uplink.ReportFailures;
        t.RecordsAcknowledged += app.Uplink.RecordsAcknowledged;
        t.RecordsFailed += app.Uplink.RecordFailures;
        t.ContactEvents += app.ContactEvents;
        t.Alarms += app.AlarmsFired;
        t.Retries += link.Retries;
        t.Timeouts += link.RequestsTimedOut;
        t.DuplicateModuleCommands += link.DuplicateModuleCommands;
        t.ModuleCommandsAnswered += link.ModuleCommandsAnswered;
        t.LinkBusyMs += link.BusyMs;
        t.UplinksPutOff += app.Uplink.UplinksPutOff;
        t.ModuleResetCommands += device.Dispatcher.Recovery.ResetCommands;
        t.ModuleResetPulses += device.Dispatcher.Recovery.ResetPulses;
        t.OverwrittenPending += app.Datalog.OverwrittenPending;
        t.AwakeMs += awakeMs;
    }

    /// <summary>The settings used when storage holds none.</summary>
    public Cpn01Settings Defaults { get; }

    /// <summary>The MCU's flash.</summary>
    public IStorage Storage => Parts.Storage;

    /// <summary>Restarts the firmware from what it saved, as a reboot does (the wall clock survives).</summary>
    public void Reboot() => Restart();

    /// <summary>Cuts the power: nothing is saved first, and the wall clock is lost.</summary>
    public void PowerCut()
    {
        World.Rtc.Clear();
        Restart();
    }

    private void Restart()
    {
        long now = World.Clock.UptimeMs;
        if (!_asleep)
        {
            Add(_totals, Device, now - _awakeSince);
        }

        _asleep = false;
        _awakeSince = now;
        Device = Boot();
    }

    /// <summary>A new firmware instance, set up from what storage holds, as after a reset.</summary>
    private Device Boot()
    {
        var device = new Device(Hardware, Options, Profile);
        device.Setup();
        return device;
    }

    public SimulatedWorld World { get; }

    public DeviceOptions Options { get; }

    /// <summary>The simulated parts the firmware runs on.</summary>
    public SimulatedHardware Parts { get; }

    public DeviceHardware Hardware => Parts.Hardware;

    public Device Device { get; private set; }

    /// <summary>The CPN01 profile the device runs, with <see cref="Defaults"/>.</summary>
    public Cpn01Profile Profile { get; }

    public Cpn01Application App => (Cpn01Application)Device.Application;

    public SimulatedInput Contact { get; }

    public SimulatedPulseCounter Pulses { get; }

    public SimulatedBench.FixedBattery Battery => Parts.Battery;

    public SimulatedPin Led => Parts.Board.Led!;

    public SimulatedSystem System => Parts.System;

    public Cpn01Settings Settings => App.Settings;

    public Cpn01Counters Counters => App.Counters;

    public Datalog Datalog => App.Datalog;

    public ModuleSimulator Module => World.Module;

    public VirtualClock Clock => World.Clock;

    public SimulationLoop Loop => World.Loop;

    /// <summary>Sets the contact (closed pulls the pin low), with <paramref name="bounces"/> chatter edges 1 ms apart first.</summary>
    public void SetContact(bool closed, int bounces = 0)
    {
        for (int i = 0; i < bounces; i++)
        {
            Contact.Level = i % 2 == 0 ? !closed : closed;
            Loop.RunFor(1);
        }

        Contact.Level = !closed;
    }

    /// <summary>Schedules a contact change at <paramref name="atMs"/>.</summary>
    public void ContactAt(long atMs, bool closed) => Loop.At(atMs, () => SetContact(closed));
}
