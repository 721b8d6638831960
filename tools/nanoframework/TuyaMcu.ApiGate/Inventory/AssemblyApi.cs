using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>
/// Reads the public API of an assembly from its metadata alone (Roslyn's metadata reader, which is
/// System.Reflection.Metadata underneath: nothing is loaded or run), as the documentation-comment IDs
/// the checks compare against: the very strings <see cref="ISymbol.GetDocumentationCommentId"/> gives
/// for the symbols device code binds. Listed: every public or protected type, nested ones included, and
/// every public or protected member; accessors are covered by their property's or event's ID.
/// </summary>
internal static class AssemblyApi
{
    /// <summary>The API of <paramref name="assemblyPath"/>; <paramref name="dependencies"/> resolve the types its signatures name.</summary>
    public static IReadOnlySet<string> Read(string assemblyPath, IEnumerable<string> dependencies)
    {
        MetadataReference assembly = MetadataReference.CreateFromFile(assemblyPath);
        CSharpCompilation reader = CSharpCompilation.Create(
            "api-reader", references: dependencies.Select(d => (MetadataReference)MetadataReference.CreateFromFile(d)).Prepend(assembly));
        IAssemblySymbol symbol;
        try
        {
            symbol = reader.GetAssemblyOrModuleSymbol(assembly) as IAssemblySymbol
                ?? throw new GateSetupException($"{assemblyPath} is not an assembly");
        }
        catch (BadImageFormatException)
        {
            throw new GateSetupException($"{assemblyPath} is not a .NET assembly");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(symbol.GlobalNamespace, ids);
        return ids;
    }

    private static void Collect(INamespaceOrTypeSymbol container, HashSet<string> ids)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceSymbol ns:
                    Collect(ns, ids);
                    break;
                case INamedTypeSymbol type when IsVisible(type):
                    Add(type, ids);
                    Collect(type, ids);
                    break;
                case INamedTypeSymbol:
                    break;
                case IMethodSymbol { AssociatedSymbol: IPropertySymbol or IEventSymbol }:
                    break;
                case { ContainingType: not null } when IsVisible(member):
                    Add(member, ids);
                    break;
            }
        }
    }

    private static void Add(ISymbol symbol, HashSet<string> ids)
    {
        if (symbol.GetDocumentationCommentId() is string id)
        {
            ids.Add(id);
        }
    }

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;
}
