using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TuyaMcu.ApiGate.Analysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Twins;

/// <summary>
/// Check (g): a twin may not invent API. Every public or protected type and member a twin
/// assembly declares must have its documentation-comment ID in the inventory: any package for the
/// API twins, the package it rebuilds for a package build such as nanoFramework.TestFramework.
/// Members the compiler declares (a struct's parameterless constructor, accessors, which their
/// property or event stands for) and a delegate's members (the runtime's) are not checked; an
/// override passes when a member it overrides is in the inventory.
/// </summary>
internal sealed class TwinChecker
{
    private readonly ApiInventory _inventory;
    private readonly string _repositoryRoot;

    public TwinChecker(ApiInventory inventory, string repositoryRoot)
    {
        _inventory = inventory;
        _repositoryRoot = repositoryRoot;
    }

    public void Check(TwinAssembly twin, ViolationList violations)
    {
        ApiScope scope = twin.PackageId == null
            ? _inventory.All
            : new ApiScope(_inventory.Packages.Where(p => string.Equals(p.Id, twin.PackageId, System.StringComparison.OrdinalIgnoreCase)));
        CSharpCompilation host = CSharpCompilation.Create("twin-check", references: HostReferences.Runtime.Append(twin.Reference));
        if (host.GetAssemblyOrModuleSymbol(twin.Reference) is not IAssemblySymbol assembly)
        {
            return;
        }

        using var locator = new TwinSourceLocator(twin.PdbPath, _repositoryRoot);
        string what = twin.PackageId == null
            ? "declared by the twin but not in the nanoFramework API"
            : $"declared by the host build of {twin.PackageId} but not in its nanoFramework API";
        foreach (ISymbol symbol in Exported(assembly.GlobalNamespace))
        {
            if (!Accepted(symbol, scope))
            {
                string id = DocIds.Of(symbol) ?? symbol.ToDisplayString();
                string hint = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.IsEmpty: true }
                    ? " (a class without constructors gets a public parameterless one: declare the device's constructors)"
                    : string.Empty;
                (string File, int Line)? source = locator.Find(symbol);
                violations.Add(source is var (file, line)
                    ? new Violation(file, line, $"{id} is {what}{hint}")
                    : new Violation("twin:" + id, null, what + hint));
            }
        }
    }

    private static bool Accepted(ISymbol symbol, ApiScope scope)
    {
        for (ISymbol? candidate = symbol; candidate != null; candidate = Overridden(candidate))
        {
            if (DocIds.Of(candidate) is string id && scope.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    /// <summary>The types and members code outside the assembly can see, types before their members.</summary>
    private static IEnumerable<ISymbol> Exported(INamespaceSymbol ns)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
        {
            IEnumerable<ISymbol> found = member switch
            {
                INamespaceSymbol inner => Exported(inner),
                INamedTypeSymbol type when IsVisible(type) => Exported(type),
                _ => Enumerable.Empty<ISymbol>(),
            };
            foreach (ISymbol symbol in found)
            {
                yield return symbol;
            }
        }
    }

    private static IEnumerable<ISymbol> Exported(INamedTypeSymbol type)
    {
        yield return type;
        foreach (ISymbol member in type.GetMembers().Where(IsVisible))
        {
            if (member is INamedTypeSymbol nested)
            {
                foreach (ISymbol symbol in Exported(nested))
                {
                    yield return symbol;
                }
            }
            else if (type.TypeKind != TypeKind.Delegate && !member.IsImplicitlyDeclared && !IsAccessor(member))
            {
                yield return member;
            }
        }
    }

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    private static bool IsAccessor(ISymbol member) =>
        member is IMethodSymbol { AssociatedSymbol: IPropertySymbol or IEventSymbol };
}
