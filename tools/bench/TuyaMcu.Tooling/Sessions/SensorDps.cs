using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Profiles;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// A device profile's DPs as its schema (<see cref="HostProfile.CreateSchema"/>) defines them, without the firmware
/// behind them: what the module side needs to name DPs in traffic and to encode DP commands.
/// </summary>
public static class SensorDps
{
    /// <summary>A registry of every DP of the default profile's schema; its handlers accept everything and report nothing.</summary>
    public static DpRegistry Create() => Create(ProfileRegistry.Default);

    /// <summary>A registry of every DP of <paramref name="profile"/>'s schema; its handlers accept everything and report nothing.</summary>
    public static DpRegistry Create(HostProfile profile)
    {
        var registry = new DpRegistry();
        var handler = new SchemaOnly();
        foreach (DpDefinition definition in profile.CreateSchema())
        {
            registry.Register(definition, handler);
        }

        return registry;
    }

    /// <summary>The schema code of each DP id of <paramref name="profile"/>, null for an id it does not define: how the decoders name DPs.</summary>
    public static Func<int, string?> Codes(HostProfile profile)
    {
        DpRegistry dps = Create(profile);
        return id => dps.Find(id)?.Code;
    }

    /// <summary>Stands where the firmware's handler would: the schema's own checks are all there is.</summary>
    private sealed class SchemaOnly : IDpHandler
    {
        public string? Check(DpReader unit) => null;

        public void Apply(DpReader unit)
        {
        }

        public string? Commit() => null;

        public int ReportedFor(byte id, int index) => 0;

        public bool WriteCurrent(byte id, DpWriter writer) => false;
    }
}
