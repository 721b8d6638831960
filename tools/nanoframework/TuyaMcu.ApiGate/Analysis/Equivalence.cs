using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// A host overload that the device compiler, given the same call, binds to another member.
/// </summary>
/// <param name="HostId">What .NET binds.</param>
/// <param name="DeviceId">What the device compiler binds instead; it must then be in the project's API.</param>
/// <param name="DeviceArgumentCount">
/// When set, the mapping holds only if the call wrote no more than this many arguments: the host
/// parameters after them must have been filled in by the compiler with their default values.
/// </param>
internal sealed record Equivalence(string HostId, string DeviceId, int? DeviceArgumentCount = null)
{
    /// <summary>Whether the mapping holds for this use (a call that passes an optional argument explicitly may have no device form).</summary>
    public bool AppliesTo(IOperation? operation)
    {
        if (DeviceArgumentCount is not int count)
        {
            return true;
        }

        return operation is IInvocationOperation invocation
            && invocation.Arguments.All(a => a.Parameter == null || a.Parameter.Ordinal < count || a.ArgumentKind == ArgumentKind.DefaultValue);
    }
}

/// <summary>Looks up <see cref="Equivalences.Entries"/>.</summary>
internal sealed class EquivalenceTable
{
    private readonly Dictionary<string, Equivalence> _byHostId;

    public EquivalenceTable(IEnumerable<Equivalence> entries)
    {
        _byHostId = entries.ToDictionary(e => e.HostId, System.StringComparer.Ordinal);
    }

    public static EquivalenceTable Default { get; } = new(Equivalences.Entries);

    /// <summary>The device member the device compiler would bind for this use of <paramref name="hostId"/>, or null.</summary>
    public string? DeviceIdFor(string? hostId, IOperation? operation) =>
        hostId != null && _byHostId.TryGetValue(hostId, out Equivalence? entry) && entry.AppliesTo(operation) ? entry.DeviceId : null;
}
