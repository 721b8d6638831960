using TuyaMcu.Dispatch;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Profiles;

/// <summary>A device profile as the host tool knows it: its name (<c>--profile NAME</c>), what it is, and its DP schema.</summary>
/// <param name="Name">The name <c>--profile</c> takes, the firmware profile's own (<c>IDeviceProfile.Name</c>).</param>
/// <param name="Description">One line saying what device it is.</param>
/// <param name="CreateSchema">Builds its DP schema, as the firmware does.</param>
/// <param name="CreateDevice">Builds the firmware profile with its factory settings.</param>
/// <param name="CreateInputs">Its inputs on simulated parts, at rest, as the DevKitC wires them (<see cref="SimulatedInputs"/>).</param>
public sealed record HostProfile(string Name, string Description, Func<DpDefinition[]> CreateSchema, Func<IDeviceProfile> CreateDevice, Func<HardwareInput[]> CreateInputs);

/// <summary>
/// The device profiles the host tool knows, in one place: <c>sim</c>, <c>module</c>, <c>mcu</c>,
/// <c>console</c>, <c>schema</c> and the decoders take <c>--profile NAME</c> from here. A new device
/// adds its line to <see cref="All"/>.
/// </summary>
public static class ProfileRegistry
{
    /// <summary>The profile used when none is named.</summary>
    public const string DefaultName = Cpn01Profile.ProfileName;

    /// <summary>Every profile, the default first.</summary>
    public static IReadOnlyList<HostProfile> All { get; } =
    [
        new(Cpn01Profile.ProfileName, "Dragino CPN01 dry-contact and pulse sensor", Cpn01Schema.Create, () => new Cpn01Profile(),
            () => SimulatedInputs.Cpn01(new SimulatedInput(level: false), new SimulatedPulseCounter())),
        new(Pom01nProfile.ProfileName, "Dragino POM01-N power-outage monitor", Pom01nSchema.Create, () => new Pom01nProfile(),
            () => SimulatedInputs.Pom01n(new SimulatedInput(level: false), new SimulatedInput(level: false), new SimulatedInput(level: true))),
    ];

    /// <summary>The default profile.</summary>
    public static HostProfile Default => All[0];

    /// <summary>The names, for messages: "cpn01, pom01n".</summary>
    public static string Names => string.Join(", ", All.Select(p => p.Name));

    /// <summary>The profile named <paramref name="name"/> (any case), or null.</summary>
    public static HostProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
