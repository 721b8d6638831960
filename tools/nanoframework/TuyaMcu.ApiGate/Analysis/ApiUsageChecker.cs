using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// Check (e): every type and member device code uses from outside its own projects must be in the
/// inventory of a package the project has. An override may be matched by any member it overrides,
/// and a member found on a host type by the same member on one of its base types (the host may
/// re-declare what the device inherits), or by the same member on the static type of the receiver or
/// a type between it and the declaring type (the device may declare on a derived type what the host
/// inherits: <c>AutoResetEvent.Set</c> where .NET has <c>EventWaitHandle.Set</c>). Host overloads the device compiler binds differently are
/// mapped through the <see cref="EquivalenceTable"/>. What the feature check reports (generics,
/// Nullable&lt;T&gt;, tuples, System.Index...) is not reported again here.
/// </summary>
internal sealed class ApiUsageChecker
{
    private readonly ApiInventory _inventory;
    private readonly EquivalenceTable _equivalences;

    public ApiUsageChecker(ApiInventory inventory, EquivalenceTable equivalences)
    {
        _inventory = inventory;
        _equivalences = equivalences;
    }

    public void Check(IEnumerable<SymbolUse> uses, ApiScope scope, IReadOnlySet<string> ownAssemblies, ViolationList violations)
    {
        foreach (SymbolUse use in uses)
        {
            switch (use.Kind)
            {
                case UseKind.Lowering:
                    Require(use.Location, use.LoweringId!, new[] { use.LoweringId! }, scope, violations, $"; the compiler calls it for {use.Construct}");
                    break;
                case UseKind.Type when use.Symbol is ITypeSymbol type:
                    CheckType(use.Location, type, scope, ownAssemblies, violations);
                    break;
                case UseKind.Member when use.Symbol != null:
                    CheckMember(use, DocIds.Declared(use.Symbol), scope, ownAssemblies, violations);
                    break;
            }
        }
    }

    private void CheckType(Location location, ITypeSymbol type, ApiScope scope, IReadOnlySet<string> ownAssemblies, ViolationList violations)
    {
        while (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        if (type is not INamedTypeSymbol named
            || named.TypeKind == TypeKind.Error
            || FeatureChecker.FeatureOf(named) != null
            || IsOwn(named, ownAssemblies)
            || DocIds.Of(named) is not string id)
        {
            return;
        }

        Require(location, id, new[] { id }, scope, violations, string.Empty);
    }

    private void CheckMember(SymbolUse use, ISymbol member, ApiScope scope, IReadOnlySet<string> ownAssemblies, ViolationList violations)
    {
        if (IsOwn(member, ownAssemblies) || DocIds.Of(member) is not string hostId)
        {
            return;
        }

        string? deviceId = _equivalences.DeviceIdFor(hostId, use.Operation);
        if (deviceId != null)
        {
            Require(use.Location, hostId, new[] { deviceId }, scope, violations, $" (the device compiler binds {deviceId})");
        }
        else if (!LeftToFeatureCheck(member))
        {
            Require(use.Location, hostId, Candidates(member, hostId).Concat(ReceiverCandidates(use, member, hostId)), scope, violations, string.Empty);
        }
    }

    /// <summary>A generic method, or a member of a type the feature check reports (generic, Nullable&lt;T&gt;, System.Index...).</summary>
    private static bool LeftToFeatureCheck(ISymbol member) =>
        member is IMethodSymbol { IsGenericMethod: true }
        || (member.ContainingType != null && FeatureChecker.FeatureOf(member.ContainingType) != null);

    /// <summary>The member's own ID, those of the members it overrides, and the same member on each base type.</summary>
    private static IEnumerable<string> Candidates(ISymbol member, string id)
    {
        yield return id;
        for (ISymbol? overridden = Overridden(member); overridden != null; overridden = Overridden(overridden))
        {
            if (DocIds.Of(overridden) is string overriddenId)
            {
                yield return overriddenId;
            }
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } || member.ContainingType == null)
        {
            yield break; // constructors are not inherited
        }

        string declaringPrefix = id.Substring(0, 2) + DocIds.Of(member.ContainingType)!.Substring(2) + ".";
        if (!id.StartsWith(declaringPrefix, System.StringComparison.Ordinal))
        {
            yield break;
        }

        for (INamedTypeSymbol? baseType = member.ContainingType.BaseType; baseType != null; baseType = baseType.BaseType)
        {
            yield return id.Substring(0, 2) + DocIds.Of(baseType)!.Substring(2) + "." + id.Substring(declaringPrefix.Length);
        }
    }

    /// <summary>
    /// The same member on the receiver's static type and each type between it and the declaring type:
    /// the device compiler binds <c>e.Set()</c> on <c>AutoResetEvent</c> to <c>AutoResetEvent.Set</c>
    /// when the device declares it there, whichever base declares it on the host.
    /// </summary>
    private static IEnumerable<string> ReceiverCandidates(SymbolUse use, ISymbol member, string id)
    {
        IOperation? instance = use.Operation switch
        {
            Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation => invocation.Instance,
            Microsoft.CodeAnalysis.Operations.IMemberReferenceOperation reference => reference.Instance,
            _ => null,
        };
        if (member.IsStatic || member.ContainingType == null || instance?.Type is not INamedTypeSymbol receiver)
        {
            yield break;
        }

        string declaringPrefix = id.Substring(0, 2) + DocIds.Of(member.ContainingType)!.Substring(2) + ".";
        if (!id.StartsWith(declaringPrefix, System.StringComparison.Ordinal))
        {
            yield break;
        }

        for (INamedTypeSymbol? type = receiver; type != null && !SymbolEqualityComparer.Default.Equals(type, member.ContainingType); type = type.BaseType)
        {
            if (DocIds.Of(type) is string typeId)
            {
                yield return id.Substring(0, 2) + typeId.Substring(2) + "." + id.Substring(declaringPrefix.Length);
            }
        }
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private void Require(Location location, string id, IEnumerable<string> candidates, ApiScope scope, ViolationList violations, string detail)
    {
        List<string> accepted = candidates.ToList();
        if (accepted.Any(scope.Contains))
        {
            return;
        }

        string message = $"{id} is not in the nanoFramework API{detail} (packages: {scope.Describe()})";
        InventoryPackage? elsewhere = accepted.SelectMany(_inventory.PackagesDeclaring).FirstOrDefault();
        if (elsewhere != null)
        {
            message += $"; it is in {elsewhere}, which the project does not reference";
        }

        violations.Add(location, message);
    }

    private static bool IsOwn(ISymbol symbol, IReadOnlySet<string> ownAssemblies) =>
        symbol.ContainingAssembly == null || ownAssemblies.Contains(symbol.ContainingAssembly.Name);
}
