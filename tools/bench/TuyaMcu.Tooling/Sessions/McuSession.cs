using TuyaMcu.Platform;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Storage;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The <c>mcu</c> command's session: the firmware application (<see cref="Device"/>, always
/// on) on the host, talking to a real module over a line. Its contact and pulse counter are
/// simulated inputs the prompt drives (<see cref="McuPrompt"/>), its flash is a directory or
/// memory, its wall clock runs from the module's time, and its AT console sits behind the prompt.
/// A reboot (ATZ, AT+FDR, the reset DP) rebuilds the firmware from what it saved. Every frame is
/// decoded to the output with DPs by schema code; console lines and the firmware's log are notes.
/// </summary>
public sealed class McuSession : IInteractiveSession
{
    private readonly ISimulationClock _clock;
    private readonly ISessionOutput _output;
    private readonly SimulatedHardware _parts;
    private readonly DeviceOptions _options = new();
    private readonly HostProfile _device;
    private bool _rebootRequested;
    private long _framesSent;
    private long _framesReceived;

    /// <summary>Builds and starts the firmware on <paramref name="transport"/>, in <paramref name="clock"/>'s time.</summary>
    /// <exception cref="IOException">The state directory cannot be created or read.</exception>
    public McuSession(ISimulationClock clock, IByteTransport transport, ISessionOutput output, McuSessionOptions? options = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        options ??= new McuSessionOptions();
        _options.Link.BaudRate = options.BaudRate;
        _options.Dispatcher.ProductId = options.ProductId;
        _device = options.Device ?? ProfileRegistry.Default;
        DpRegistry dps = SensorDps.Create(_device);
        var timeline = new WireTimeline(clock, new FrameText(id => dps.Find(id)?.Code), Count);
        _parts = new SimulatedHardware(
            _device,
            SimulatedBoard.UartOnly(clock, new TappedTransport(transport, timeline)),
            storage: options.StateDirectory == null ? null : new DirectoryStorage(options.StateDirectory),
            log: new NoteLog(clock, output, () => Device?.Settings.Debug == true));
        _parts.System.OnReboot = () => _rebootRequested = true;
        Contact = _parts.Input(Cpn01Profile.ContactRole)?.Level as SimulatedInput;
        Pulses = _parts.Input(Cpn01Profile.PulseRole)?.Counter as SimulatedPulseCounter;
        Prompt = new McuPrompt(this);
        Boot();
    }

    /// <summary>The firmware (a new instance after each reboot).</summary>
    public Device Device { get; private set; } = null!;

    /// <summary>The AT console behind the prompt (a new one after each reboot).</summary>
    public HostedAtConsole Console { get; private set; } = null!;

    /// <summary>The prompt's interpreter.</summary>
    public McuPrompt Prompt { get; }

    /// <summary>The profile's inputs on simulated parts (the prompt's <c>input ROLE 0|1</c> sets a level).</summary>
    public HardwareInput[] Inputs => _parts.Inputs;

    /// <summary>The CPN01's dry contact: low (false) is closed. It starts closed. Null for a profile without one.</summary>
    public SimulatedInput? Contact { get; }

    /// <summary>The CPN01's pulse counter, or null for a profile without one.</summary>
    public SimulatedPulseCounter? Pulses { get; }

    /// <summary>The wall clock (set from the module's time).</summary>
    public IRealTimeClock Rtc => _parts.Hardware.Rtc;

    /// <summary>Reboots so far.</summary>
    public int Reboots { get; private set; }

    /// <inheritdoc />
    public long NextDueMs => Math.Min(Device.NextDueMs, Console.NextDueMs);

    /// <inheritdoc />
    public string Summary
    {
        get
        {
            if (Device.Application is not Cpn01Application app)
            {
                return $"frames to module {_framesSent}, from module {_framesReceived}; profile {_device.Name}; reboots {Reboots}";
            }

            return $"frames to module {_framesSent}, from module {_framesReceived}; uplinks {app.Uplink.Uplinks}, reports acknowledged {app.Uplink.ReportsAcknowledged}, " +
                $"records acknowledged {app.Uplink.RecordsAcknowledged}; contact events {app.ContactEvents}, total {app.Counters.Total}; reboots {Reboots}";
        }
    }

    /// <summary>Sets the contact: closed pulls the pin low.</summary>
    public void SetContact(bool closed) => Contact!.Level = !closed;

    /// <summary>Shows a note on the output at the session's time.</summary>
    public void Note(string source, string text) => _output.Note(_clock.UptimeMs, source, text);

    /// <inheritdoc />
    public void Poll()
    {
        Console.Loop();
        Device.Loop();
        if (_rebootRequested)
        {
            _rebootRequested = false;
            Reboots++;
            Note("mcu", "rebooting: the firmware starts again from what it saved");
            Boot();
        }
    }

    /// <inheritdoc />
    public bool Execute(string line, TextWriter reply) => Prompt.Execute(line, reply);

    /// <inheritdoc />
    public void Finish() => Device.SaveAll();

    private void Boot()
    {
        Device = new Device(_parts.Hardware, _options, _device.CreateDevice());
        Device.Setup();
        Console = new HostedAtConsole(Device, _clock, line => Note("console", line));
    }

    private void Count(TimelineEntry entry)
    {
        if (entry.FromMcu)
        {
            _framesSent++;
        }
        else
        {
            _framesReceived++;
        }

        _output.Frame(entry);
    }
}
