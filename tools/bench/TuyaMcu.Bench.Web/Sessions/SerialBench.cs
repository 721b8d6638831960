using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// A module or mcu session on a serial line in real time, run by the library's loop
/// (<see cref="SerialSessionLoop"/>) one slice at a time, as the <c>module</c> and <c>mcu</c> commands run it.
/// </summary>
internal abstract class SerialBench : IBenchSession, ISessionOutput
{
    private readonly IBenchOutput _output;
    private readonly ISerialEndpoint _line;
    private readonly SystemClock _clock = new();
    private SerialSessionLoop? _loop;

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

    public string Summary => Loop.Session.Summary;

    private SerialSessionLoop Loop => _loop ?? throw new InvalidOperationException("the session was not started");

    public void RunSlice(int maxRealMs) => Loop.Pass(maxRealMs);

    public abstract BenchSample Sample();

    public ActivityCounts? Activity() => null;

    public void Dispose()
    {
        try
        {
            _loop?.Session.Finish();
        }
        finally
        {
            _line.Dispose();
        }
    }

    void ISessionOutput.Frame(TimelineEntry entry) => SessionAdapter.Forward(_output, entry);

    void ISessionOutput.Note(long atMs, string source, string text) => _output.Mark(atMs, source, text);

    protected T Start<T>(Func<ISerialEndpoint, ISimulationClock, ISessionOutput, T> build)
        where T : IInteractiveSession
    {
        T session = build(_line, _clock, this);
        _loop = new SerialSessionLoop(_line, _clock, session);
        return session;
    }
}

internal sealed class ModuleBench : SerialBench
{
    private readonly ModuleSession _session;

    public ModuleBench(HostProfile profile, BenchOptions options, IBenchOutput output)
        : base(options, output)
    {
        _session = Start((line, clock, sink) => SerialSessions.Module(line, clock, sink, profile));
        Module = new ModuleControls(() => _session.Module);
        var dps = SensorDps.Create(profile);
        SendDps = words => SessionAdapter.SendThroughModule(_session.Module, dps, words);
    }

    public override string Mode => "module";

    public override IModuleControls? Module { get; }

    public override Func<IReadOnlyList<string>, string?>? SendDps { get; }

    public override BenchSample Sample() =>
        new(null, null, null, _session.Module.NetworkStatus, !_session.Module.IsOffline, null, null);
}

/// <summary>The firmware of the profile against a real module; the CPN01's contact and pulse counter are the world's controls.</summary>
internal sealed class McuBench : SerialBench, IWorldControls
{
    private readonly McuSession _session;
    private readonly string _profile;

    public McuBench(HostProfile profile, BenchOptions options, IBenchOutput output)
        : base(options, output)
    {
        _profile = profile.Name;
        var mcuOptions = new McuSessionOptions { StateDirectory = options.StateDirectory, BaudRate = options.Baud, Device = profile };
        _session = Start((line, clock, sink) => SerialSessions.Mcu(line, clock, sink, mcuOptions));
    }

    public override string Mode => "mcu";

    // Against a real module only the CPN01's contact and pulse counter are driven from the page.
    public override IWorldControls? World => _session.Contact != null || _session.Pulses != null ? this : null;

    public void SetContact(bool closed)
    {
        if (_session.Contact == null)
        {
            throw new InvalidOperationException($"the {_profile} profile has no contact");
        }

        _session.SetContact(closed);
    }

    public void AddPulses(long pulses) =>
        (_session.Pulses ?? throw new InvalidOperationException($"the {_profile} profile has no pulse input")).Add(pulses);

    public bool SetBattery(int percent) => false;

    public string? Hold(string role, bool active, long? forMs) => "outage, brown-out and the button are simulated in --sim only: against a real module, the inputs are the contact and pulses";

    public override BenchSample Sample()
    {
        if (_session.Device.Application is not Cpn01Application app)
        {
            return new BenchSample(null, null, null, null, null, null, null);
        }

        return new BenchSample(_session.Contact is { } contact ? !contact.Level : null, app.Counters.Total, null, null, null, app.Uplink.Uplinks, app.Uplink.ReportsAcknowledged + app.Uplink.RecordsAcknowledged);
    }
}
