using TuyaMcu.Dispatch;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// Where the web bench meets the library: the profile from the registry (<see cref="ProfileRegistry"/>,
/// as every command takes <c>--profile</c>) and the session a mode runs, built on the library's
/// sessions and run loops (<see cref="PacedSimulation"/>, <see cref="SerialSessionLoop"/>). Everything
/// else in this project sees them only through <see cref="IBenchSession"/> and <see cref="BenchProfile"/>.
/// </summary>
public static class SessionAdapter
{
    /// <summary>The profile a bench runs when none is named.</summary>
    public const string DefaultProfile = ProfileRegistry.DefaultName;

    /// <summary>The registered profile named <paramref name="name"/>; one line naming the problem when there is none.</summary>
    public static HostProfile Host(string name) =>
        ProfileRegistry.Find(name) ?? throw new ArgumentException($"unknown profile '{name}' (known: {ProfileRegistry.Names})");

    /// <summary>The profile named <paramref name="name"/> as the page and the API need it.</summary>
    public static BenchProfile Profile(string name)
    {
        HostProfile host = Host(name);
        DpDefinition[] schema = host.CreateSchema();
        string[] roles = host.CreateInputs().Select(i => i.Role).ToArray();
        var assignments = new DpAssignments(SensorDps.Create(host));
        bool cpn01 = host.Name == Cpn01Profile.ProfileName;

        // The bool DPs that report an input's level by its role's name (power_outage, low_voltage) are plotted as steps.
        string[] steps = schema.Where(d => d.Type == DpType.Bool && roles.Contains(d.Code)).Select(d => d.Code).ToArray();
        return new BenchProfile(
            host.Name,
            schema,
            (words) => assignments.TryEncode(words, out byte[] units) is string problem ? (problem, []) : (null, units),
            new BenchPlotCodes(cpn01 ? "doorcontact_state" : null, true, cpn01 ? "total_count" : null, "battery_value", "signal_strength", steps),
            roles);
    }

    /// <summary>Starts the session <paramref name="options"/> name; its frames and marks go to <paramref name="output"/>.</summary>
    public static IBenchSession Open(BenchOptions options, IBenchOutput output)
    {
        HostProfile host = Host(options.Profile);
        return options.Mode switch
        {
            // The CPN01's richer bench counts what the power model charges for; any other profile runs on its inputs.
            "sim" when host.Name == Cpn01Profile.ProfileName => new Cpn01SimBench(options, output),
            "sim" => new ProfileSimBench(host, options, output),
            "module" => new ModuleBench(host, options, output),
            "mcu" => new McuBench(host, options, output),
            "monitor" => new MonitorBench(options, output),
            _ => throw new ArgumentException($"no session kind '{options.Mode}' (sim, module, mcu, monitor)"),
        };
    }

    /// <summary>A timeline entry as the bench's output takes it.</summary>
    internal static void Forward(IBenchOutput output, TimelineEntry entry)
    {
        if (entry.IsMark)
        {
            output.Mark(entry.AtMs, entry.MarkSource!, entry.Name);
        }
        else
        {
            output.Frame(entry.AtMs, entry.FromMcu, entry.Hex ?? string.Empty, entry.ChecksumOk, entry.NotReceived);
        }
    }

    /// <summary>One DP command from <paramref name="module"/>, checked against <paramref name="dps"/>' schema; the problem, or null when sent.</summary>
    internal static string? SendThroughModule(ModuleSimulator module, DpRegistry dps, IReadOnlyList<string> words)
    {
        string? problem = new DpAssignments(dps).TryEncode(words, out byte[] units);
        if (problem == null)
        {
            module.SendDpCommand(units);
        }

        return problem;
    }
}

/// <summary>The module's controls on a simulated module.</summary>
internal sealed class ModuleControls(Func<ModuleSimulator> module) : IModuleControls
{
    public void NetworkStatus(byte status) => module().SendNetworkStatus(status);

    public void Offline(long seconds) => module().GoOffline(seconds * 1000);

    public void Reset() => module().Reset();

    public void BatteryCheck() => module().SendBatteryCheck();

    public void ProductQuery() => module().SendProductQuery();
}
