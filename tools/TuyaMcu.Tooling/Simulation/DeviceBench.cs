using TuyaMcu.Device;
using TuyaMcu.Hal;
using TuyaMcu.Sensor;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// The whole firmware (<see cref="SensorDevice"/>) on simulated hardware — contact, pulse
/// counter, battery, LED, wake pin — against the simulated module, in virtual time: the
/// arrangement of the application tests and of the <c>sim</c> command.
/// </summary>
public sealed class DeviceBench
{
    /// <summary>Builds the bench; the device is set up at once, the contact starts closed.</summary>
    public DeviceBench(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, DeviceOptions? options = null, SensorSettings? settings = null, int pulseCounterBits = 64, ILog? log = null, IStorage? storage = null)
    {
        Options = options ?? new DeviceOptions();
        World = new SimulatedWorld(seed, faults, profile, Options.Link.BaudRate);
        Contact = new SimulatedInput(level: false);
        Pulses = new SimulatedPulseCounter(pulseCounterBits);
        Battery = new SimulatedBench.FixedBattery(90, 3600);
        Led = new SimulatedPin(World.Clock, initialHigh: false);
        System = new SimulatedSystem();
        Defaults = settings ?? new SensorSettings();
        Storage = storage ?? new MemoryStorage();
        Hardware = new DeviceHardware
        {
            ModuleTransport = World.McuTransport,
            Clock = World.Clock,
            Rtc = World.Rtc,
            Contact = Contact,
            ContactClosedLevel = false,
            Pulses = Pulses,
            Battery = Battery,
            Led = Led,
            LedOnLevel = true,
            WakePin = World.WakePin,
            System = System,
            Storage = Storage,
            Log = log,
        };
        Device = new SensorDevice(Hardware, Options, Defaults);
        Device.Setup();
        System.OnReboot = Reboot;
        World.Loop.Add("mcu", () => Device.Loop(), () => Device.NextDueMs);
        World.AddModule();
    }

    /// <summary>The settings used when storage holds none.</summary>
    public SensorSettings Defaults { get; }

    /// <summary>The MCU's flash.</summary>
    public IStorage Storage { get; }

    /// <summary>Restarts the firmware from what it saved, as a reboot does (the wall clock survives).</summary>
    public void Reboot()
    {
        Device = new SensorDevice(Hardware, Options, Defaults);
        Device.Setup();
    }

    /// <summary>Cuts the power: nothing is saved first, and the wall clock is lost.</summary>
    public void PowerCut()
    {
        World.Rtc.Clear();
        Device = new SensorDevice(Hardware, Options, Defaults);
        Device.Setup();
    }

    public SimulatedWorld World { get; }

    public DeviceOptions Options { get; }

    public DeviceHardware Hardware { get; }

    public SensorDevice Device { get; private set; }

    public SensorApplication App => Device.Application;

    public SimulatedInput Contact { get; }

    public SimulatedPulseCounter Pulses { get; }

    public SimulatedBench.FixedBattery Battery { get; }

    public SimulatedPin Led { get; }

    public SimulatedSystem System { get; }

    public SensorSettings Settings => App.Settings;

    public SensorCounters Counters => App.Counters;

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
    public void ContactAt(long atMs, bool closed) => Loop.At(atMs, () => Contact.Level = !closed);
}
