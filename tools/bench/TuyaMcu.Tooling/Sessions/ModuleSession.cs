using TuyaMcu.Dispatch;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The <c>module</c> command's session: the simulated Tuya NB-IoT module (<see cref="ModuleSimulator"/>)
/// on a line to an MCU — activation, time, answers to every request — every frame decoded to the
/// output with DPs by schema code, and its prompt (<see cref="ModulePrompt"/>).
/// </summary>
public sealed class ModuleSession : IInteractiveSession
{
    /// <summary>Powers the module up now, on <paramref name="line"/>, in <paramref name="clock"/>'s time.</summary>
    public ModuleSession(ISimulationClock clock, IModuleLine line, ISessionOutput output, ModuleProfile? profile = null, HostProfile? device = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        DpRegistry dps = SensorDps.Create(device ?? ProfileRegistry.Default);
        var timeline = new WireTimeline(clock, new FrameText(id => dps.Find(id)?.Code), output.Frame);
        Module = new ModuleSimulator(clock, new TappedModuleLine(line, timeline), profile);
        Prompt = new ModulePrompt(Module, new DpAssignments(dps));
    }

    /// <summary>The simulated module.</summary>
    public ModuleSimulator Module { get; }

    /// <summary>The prompt's interpreter.</summary>
    public ModulePrompt Prompt { get; }

    /// <inheritdoc />
    public long NextDueMs => Module.NextDueMs;

    /// <inheritdoc />
    public string Summary
    {
        get
        {
            ModuleStatistics s = Module.Statistics;
            return $"frames to mcu {s.FramesToMcu}, from mcu {s.FramesFromMcu}; reports {s.ReportsReceived}, records {s.RecordsReceived}; " +
                $"DP commands acknowledged {s.DpCommandsAcknowledged}; resends {s.Resends}, unanswered {s.UnansweredByMcu}, checksum errors {s.ChecksumErrors}";
        }
    }

    /// <inheritdoc />
    public void Poll() => Module.Poll();

    /// <inheritdoc />
    public bool Execute(string line, TextWriter reply) => Prompt.Execute(line, reply);

    /// <inheritdoc />
    public void Finish()
    {
    }
}
