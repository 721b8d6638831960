using Microsoft.CodeAnalysis;

namespace TuyaMcu.ApiGate.Analysis;

internal enum UseKind
{
    /// <summary>A method, constructor, operator, property, field or event the code binds to.</summary>
    Member,

    /// <summary>A type named in the source (declarations, casts, typeof, base lists, qualifiers...).</summary>
    Type,

    /// <summary>The type of an expression, which the source may not name (inferred, lifted, tuple...): for the feature check only.</summary>
    ExpressionType,

    /// <summary>A member the compiler's lowering of a construct calls (string concatenation, lock, using...), named by <see cref="SymbolUse.LoweringId"/>.</summary>
    Lowering,
}

/// <summary>One reference from device code to a symbol, and where it is.</summary>
/// <param name="Operation">The operation that binds <see cref="Symbol"/>, when there is one (the equivalence table looks at its arguments).</param>
internal sealed record SymbolUse(UseKind Kind, Location Location, ISymbol? Symbol, IOperation? Operation = null, string? LoweringId = null, string? Construct = null)
{
    public static SymbolUse ForLowering(Location location, string docId, string construct) =>
        new(UseKind.Lowering, location, null, null, docId, construct);
}
