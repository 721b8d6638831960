using Microsoft.CodeAnalysis;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>Documentation-comment IDs and the symbol shapes the checks share.</summary>
internal static class DocIds
{
    /// <summary>The ID of the symbol's definition (List`1, not List&lt;int&gt;), as the inventory writes it.</summary>
    public static string? Of(ISymbol symbol) => symbol.OriginalDefinition.GetDocumentationCommentId();

    /// <summary>A generic type or a type nested in one.</summary>
    public static bool IsGeneric(INamedTypeSymbol type) =>
        type.IsGenericType || (type.ContainingType != null && IsGeneric(type.ContainingType));

    /// <summary>
    /// The symbol the device API must have for a use of <paramref name="symbol"/>: accessors stand for
    /// their property or event, an invoked extension method for its static definition.
    /// </summary>
    public static ISymbol Declared(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { AssociatedSymbol: IPropertySymbol or IEventSymbol } accessor => accessor.AssociatedSymbol!,
        IMethodSymbol { ReducedFrom: { } definition } => definition,
        _ => symbol,
    };
}
