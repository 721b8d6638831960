using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>What the web bench runs: the session's kind and its settings.</summary>
public sealed record BenchOptions
{
    /// <summary>The session kinds, as <c>--sim</c>, <c>--module</c>, <c>--mcu</c>, <c>--monitor</c> name them.</summary>
    public static readonly string[] Modes = ["sim", "module", "mcu", "monitor"];

    /// <summary>sim, module, mcu or monitor.</summary>
    public string Mode { get; init; } = "sim";

    /// <summary>The device profile, by its registry name (<c>cpn01</c>, <c>pom01n</c>).</summary>
    public string Profile { get; init; } = SessionAdapter.DefaultProfile;

    /// <summary>The open serial line of <c>module</c>, <c>mcu</c> and <c>monitor</c> (the bench disposes it).</summary>
    public ISerialEndpoint? Line { get; init; }

    /// <summary>How the line is named on the page and in the first line printed.</summary>
    public string? LineName { get; init; }

    /// <summary>The line's speed (the firmware's link in <c>mcu</c> times its answers by it).</summary>
    public int Baud { get; init; } = SerialPorts.DefaultBaudRate;

    /// <summary>The <c>mcu</c> firmware's flash directory, or null for memory.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Seed of the simulation's random choices.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Every kind of trouble in the simulated module (<c>--faults harsh</c>).</summary>
    public bool HarshFaults { get; init; }

    /// <summary>How the simulated firmware is powered.</summary>
    public PowerMode PowerMode { get; init; } = PowerMode.AlwaysOn;

    /// <summary>Virtual ms per real ms at the start (the page and the API change it).</summary>
    public double Speed { get; init; } = 1;

    /// <summary>The simulation runs from the start (else it waits for run or step).</summary>
    public bool StartRunning { get; init; } = true;

    /// <summary>The board whose currents the power estimate uses.</summary>
    public PowerTable PowerTable { get; init; } = PowerTable.Default;
}
