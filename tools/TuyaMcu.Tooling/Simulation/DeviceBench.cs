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
    public DeviceBench(int seed = 1, FaultProfile? faults = null, ModuleProfile? profile = null, DeviceOptions? options = null, SensorSettings? settings = null, int pulseCounterBits = 64, ILog? log = null)
    {
        Options = options ?? new DeviceOptions();
        World = new SimulatedWorld(seed, faults, profile, Options.Link.BaudRate);
        Contact = new SimulatedInput(level: false);
        Pulses = new SimulatedPulseCounter(pulseCounterBits);
        Battery = new SimulatedBench.FixedBattery(90, 3600);
        Led = new SimulatedPin(World.Clock, initialHigh: false);
        System = new SimulatedSystem();
        Settings = settings ?? new SensorSettings();
        Counters = new SensorCounters();
        Datalog = new Datalog(Options.DatalogCapacity);
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
            Log = log,
        };
        Device = new SensorDevice(Hardware, Options, Settings, Counters, Datalog);
        Device.Setup();
        World.Loop.Add("mcu", () => Device.Loop(), () => Device.NextDueMs);
        World.AddModule();
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

    public SensorSettings Settings { get; }

    public SensorCounters Counters { get; }

    public Datalog Datalog { get; }

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
