using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// One running session as the web bench sees it: advanced in slices by the bench's one runner
/// thread, which is also the only thread that calls anything else on it. Made by
/// <see cref="SessionAdapter"/>; what a mode cannot do is null (no module in <c>mcu</c>, no
/// controls at all in <c>monitor</c>).
/// </summary>
public interface IBenchSession : IDisposable
{
    /// <summary>sim, module, mcu or monitor.</summary>
    string Mode { get; }

    /// <summary>What it runs on: "simulated module, virtual time", "/dev/ttyUSB0 at 9600 baud", "pty /dev/pts/4".</summary>
    string Where { get; }

    /// <summary>The session's clock, ms since it started (virtual in <c>sim</c>).</summary>
    long NowMs { get; }

    /// <summary>Runs for at most about <paramref name="maxRealMs"/> of real time: polls, reads the line, moves virtual time.</summary>
    void RunSlice(int maxRealMs);

    /// <summary>Virtual time controls, in <c>sim</c> only.</summary>
    ISimulationControls? Simulation { get; }

    /// <summary>The module played here (<c>sim</c>, <c>module</c>).</summary>
    IModuleControls? Module { get; }

    /// <summary>The contact and the pulse input (<c>sim</c>, <c>mcu</c>).</summary>
    IWorldControls? World { get; }

    /// <summary>
    /// Sends one DP command (0x09) from the module side setting each <c>code=value</c>, after
    /// checking every one against the profile's schema; the first problem as one line (nothing
    /// sent), or null. Null itself when this mode plays no module.
    /// </summary>
    Func<IReadOnlyList<string>, string?>? SendDps { get; }

    /// <summary>What the session knows of the world that the frames may not tell; null fields are unknown.</summary>
    BenchSample Sample();

    /// <summary>The activity the power model charges for, counted by the session itself; null when only the frames can tell.</summary>
    ActivityCounts? Activity();

    /// <summary>
    /// What the firmware did on a mains board's backup battery so far (the POM01-N in <c>sim</c>), which
    /// its power estimate charges instead of the whole run; null when the session has no backup battery to count.
    /// </summary>
    BatteryModeTotals? OnBackupBattery() => null;

    /// <summary>Always-on or battery, as the firmware runs here.</summary>
    PowerMode PowerMode { get; }

    /// <summary>One line of counters.</summary>
    string Summary { get; }
}

/// <summary>What the module can be told to do.</summary>
public interface IModuleControls
{
    /// <summary>Reports network status 1..4 (0x02).</summary>
    void NetworkStatus(byte status);

    /// <summary>Loses the cloud for <paramref name="seconds"/>.</summary>
    void Offline(long seconds);

    /// <summary>Restarts the module: activation starts again.</summary>
    void Reset();

    /// <summary>Asks whether the battery allows a firmware update (0xBC).</summary>
    void BatteryCheck();

    /// <summary>Asks the MCU for its product information (0x01).</summary>
    void ProductQuery();
}

/// <summary>The device's inputs, as the profile has them (the API refuses a control of another profile before it gets here).</summary>
public interface IWorldControls
{
    /// <summary>Moves the CPN01's contact.</summary>
    void SetContact(bool closed);

    /// <summary>Adds meter pulses to the CPN01's counter.</summary>
    void AddPulses(long pulses);

    /// <summary>Sets the battery's level, percent (only where a battery is simulated); false when there is none.</summary>
    bool SetBattery(int percent);

    /// <summary>
    /// Puts the input of <paramref name="role"/> (power_outage, low_voltage, act_button) at its
    /// active level, for <paramref name="forMs"/> or, when null, until released; or releases it.
    /// One line saying why not, or null.
    /// </summary>
    string? Hold(string role, bool active, long? forMs);
}

/// <summary>A reading of the world; null where the session does not know. <paramref name="Steps"/>: the levels plotted as steps (power_outage, low_voltage), by DP code.</summary>
public sealed record BenchSample(bool? ContactClosed, long? Count, int? BatteryMillivolts, int? NetworkStatus, bool? CloudOnline, long? Uplinks, long? Acknowledged, IReadOnlyDictionary<string, bool?>? Steps = null);
