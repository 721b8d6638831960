using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// Check (d): language features nanoFramework v1 lacks, found in the syntax (declarations and
/// constructs) and in the symbols the code uses (a generic inferred by the compiler, a lifted
/// operator's Nullable&lt;T&gt;...). Each feature is reported once per line.
/// </summary>
internal sealed class FeatureChecker
{
    /// <summary>Containing type and method name with type arguments: Enumerable.Select&lt;int, int&gt;.</summary>
    private static readonly SymbolDisplayFormat MethodName = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private readonly EquivalenceTable _equivalences;

    public FeatureChecker(EquivalenceTable equivalences)
    {
        _equivalences = equivalences;
    }

    public void Check(SemanticModel model, IReadOnlyList<SymbolUse> uses, ViolationList violations)
    {
        var findings = new Findings();
        foreach (SyntaxNode node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            InspectSyntax(node, model, findings);
        }

        foreach (SymbolUse use in uses)
        {
            InspectUse(use, model, findings);
        }

        foreach ((Location location, string what) in findings.InOrder())
        {
            violations.Add(location, what + " is not supported by nanoFramework v1");
        }
    }

    private static void InspectSyntax(SyntaxNode node, SemanticModel model, Findings findings)
    {
        switch (node)
        {
            case TypeParameterListSyntax list:
                findings.Add(Feature.Generics, list, $"generic declaration '{DeclaredName(list.Parent)}{list}'");
                break;
            case TypeParameterConstraintClauseSyntax clause:
                findings.Add(Feature.Generics, clause, $"generic constraint '{clause}'");
                break;
            case GenericNameSyntax name:
                string kind = model.GetSymbolInfo(name).Symbol is IMethodSymbol ? "method" : "type";
                findings.Add(Feature.Generics, name, $"generic {kind} '{name}'");
                break;
            case NullableTypeSyntax nullable when IsNullableValueType(model.GetTypeInfo(nullable).Type):
                findings.Add(Feature.NullableValueType, nullable, $"nullable value type '{nullable}' (System.Nullable<T>)");
                break;
            case QueryExpressionSyntax:
                findings.Add(Feature.Linq, node, "LINQ query expression");
                break;
            case UsingDirectiveSyntax { Name: { } name } when IsLinqNamespace(name.ToString()):
                findings.Add(Feature.Linq, node, $"LINQ ('using {name}')");
                break;
            case AwaitExpressionSyntax:
                findings.Add(Feature.Async, node, "async/await ('await')");
                break;
            case CommonForEachStatementSyntax { AwaitKeyword.RawKind: not 0 }:
            case UsingStatementSyntax { AwaitKeyword.RawKind: not 0 }:
            case LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: not 0 }:
                findings.Add(Feature.Async, node, "async/await ('await foreach' or 'await using')");
                break;
            case YieldStatementSyntax:
                findings.Add(Feature.Iterator, node, "iterator ('yield')");
                break;
            case TupleTypeSyntax:
                findings.Add(Feature.Tuple, node, $"tuple type '{node}'");
                break;
            case TupleExpressionSyntax:
                findings.Add(Feature.Tuple, node, $"tuple '{node}'");
                break;
            case ParenthesizedVariableDesignationSyntax or PositionalPatternClauseSyntax:
                findings.Add(Feature.Tuple, node, $"deconstruction '{node}'");
                break;
            case RangeExpressionSyntax:
                findings.Add(Feature.RangeOrIndex, node, $"range '{node}'");
                break;
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.IndexExpression):
                findings.Add(Feature.RangeOrIndex, node, $"index from end '{node}'");
                break;
            case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                findings.Add(Feature.Span, node, "stackalloc");
                break;
            case RecordDeclarationSyntax record:
                findings.Add(Feature.Record, record.Identifier, $"record '{record.Identifier}'");
                break;
            case AccessorDeclarationSyntax accessor when accessor.IsKind(SyntaxKind.InitAccessorDeclaration):
                findings.Add(Feature.InitAccessor, node, "'init' accessor");
                break;
            case WithExpressionSyntax:
                findings.Add(Feature.WithExpression, node, "'with' expression");
                break;
            case ArrayRankSpecifierSyntax { Rank: > 1 }:
                findings.Add(Feature.MultidimensionalArray, node, $"multidimensional array '{node}'");
                break;
            case PointerTypeSyntax:
                findings.Add(Feature.Unsafe, node, $"pointer type '{node}'");
                break;
            case FunctionPointerTypeSyntax:
                findings.Add(Feature.Unsafe, node, "function pointer");
                break;
            case FixedStatementSyntax:
                findings.Add(Feature.Unsafe, node, "'fixed' statement");
                break;
            case UnsafeStatementSyntax:
                findings.Add(Feature.Unsafe, node, "'unsafe' block");
                break;
            case CatchFilterClauseSyntax:
                findings.Add(Feature.ExceptionFilter, node, "exception filter ('catch ... when')");
                break;
            case AnonymousObjectCreationExpressionSyntax:
                findings.Add(Feature.AnonymousType, node, "anonymous type");
                break;
        }

        InspectModifiers(node, findings);
        if (node.Parent is InterfaceDeclarationSyntax && HasBody(node))
        {
            findings.Add(Feature.DefaultInterfaceMember, node, $"default interface member '{DeclaredName(node)}' (an interface member with a body)");
        }
    }

    private static void InspectModifiers(SyntaxNode node, Findings findings)
    {
        SyntaxTokenList modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            AnonymousFunctionExpressionSyntax function => function.Modifiers,
            _ => default,
        };
        foreach (SyntaxToken modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.AsyncKeyword:
                    findings.Add(Feature.Async, modifier, "async/await ('async')");
                    break;
                case SyntaxKind.UnsafeKeyword:
                    findings.Add(Feature.Unsafe, modifier, "'unsafe' code");
                    break;
                case SyntaxKind.FixedKeyword:
                    findings.Add(Feature.Unsafe, modifier, "fixed-size buffer");
                    break;
            }
        }
    }

    private static bool HasBody(SyntaxNode member) => member switch
    {
        BaseMethodDeclarationSyntax method => method.Body != null || method.ExpressionBody != null,
        PropertyDeclarationSyntax { ExpressionBody: not null } => true,
        IndexerDeclarationSyntax { ExpressionBody: not null } => true,
        BasePropertyDeclarationSyntax property => property.AccessorList?.Accessors.Any(a => a.Body != null || a.ExpressionBody != null) == true,
        _ => false,
    };

    private void InspectUse(SymbolUse use, SemanticModel model, Findings findings)
    {
        switch (use.Symbol)
        {
            case ITypeSymbol type:
                InspectType(type, use.Location, model, findings);
                break;
            case IMethodSymbol method when method.IsGenericMethod:
                if (_equivalences.DeviceIdFor(DocIds.Of(DocIds.Declared(method)), use.Operation) == null)
                {
                    findings.Add(Feature.Generics, use.Location, $"generic method '{method.ToMinimalDisplayString(model, use.Location.SourceSpan.Start, MethodName)}'");
                }

                break;
            case { ContainingType: { } containing }:
                InspectType(containing, use.Location, model, findings);
                break;
        }

        if (use.Symbol is IMethodSymbol { ContainingNamespace: { } ns } linqMethod && IsLinqNamespace(ns.ToDisplayString()))
        {
            findings.Add(Feature.Linq, use.Location, $"LINQ method '{linqMethod.ContainingType.Name}.{linqMethod.Name}'");
        }

        // Every delegate type declares BeginInvoke/EndInvoke (the core library's metadata lists them),
        // but nanoCLR runs a delegate's Invoke only: it has no thread pool to run the call on.
        if (use.Symbol is IMethodSymbol { Name: "BeginInvoke" or "EndInvoke", ContainingType.TypeKind: TypeKind.Delegate } asyncCall)
        {
            findings.Add(Feature.AsyncDelegate, use.Location, $"asynchronous delegate call '{asyncCall.ContainingType.Name}.{asyncCall.Name}'");
        }
    }

    private static void InspectType(ITypeSymbol type, Location location, SemanticModel model, Findings findings)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                if (array.Rank > 1)
                {
                    findings.Add(Feature.MultidimensionalArray, location, $"multidimensional array '{Display(array, location, model)}'");
                }

                InspectType(array.ElementType, location, model, findings);
                break;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                findings.Add(Feature.Unsafe, location, $"pointer type '{Display(type, location, model)}'");
                break;
            case { TypeKind: TypeKind.Dynamic }:
                findings.Add(Feature.Dynamic, location, "dynamic");
                break;
            case INamedTypeSymbol named:
                InspectNamedType(named, location, model, findings);
                break;
        }
    }

    private static void InspectNamedType(INamedTypeSymbol type, Location location, SemanticModel model, Findings findings)
    {
        if (FeatureOf(type) is not Feature feature)
        {
            return;
        }

        string display = Display(type, location, model);
        string what = feature switch
        {
            Feature.NativeInteger => $"native integer '{display}'",
            Feature.AnonymousType => "anonymous type",
            Feature.Tuple => $"tuple type '{display}'",
            Feature.NullableValueType => $"nullable value type '{display}' (System.Nullable<T>)",
            Feature.Linq => $"LINQ type '{display}'",
            Feature.Span => $"'{display}' (Span<T>/ReadOnlySpan<T>)",
            Feature.RangeOrIndex => $"'{display}' (ranges and indices)",
            _ => $"generic type '{display}'",
        };
        findings.Add(feature, location, what);
    }

    /// <summary>
    /// The feature a type stands for when device code may not use the type at all (a generic, a
    /// tuple, Nullable&lt;T&gt;, Span&lt;T&gt;, System.Index...), or null. The API check leaves such
    /// types, and their members, to this check.
    /// </summary>
    public static Feature? FeatureOf(INamedTypeSymbol type)
    {
        string? ns = type.ContainingNamespace?.ToDisplayString();
        return type switch
        {
            { IsNativeIntegerType: true } => Feature.NativeInteger,
            { IsAnonymousType: true } => Feature.AnonymousType,
            { IsTupleType: true } => Feature.Tuple,
            _ when IsNullableValueType(type) => Feature.NullableValueType,
            _ when ns != null && IsLinqNamespace(ns) => Feature.Linq,
            { MetadataName: "Span`1" or "ReadOnlySpan`1" } when ns == "System" => Feature.Span,
            { MetadataName: "Index" or "Range" } when ns == "System" => Feature.RangeOrIndex,
            _ when DocIds.IsGeneric(type) => Feature.Generics,
            _ => null,
        };
    }

    private static bool IsNullableValueType(ITypeSymbol? type) =>
        type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static bool IsLinqNamespace(string ns) => ns == "System.Linq" || ns.StartsWith("System.Linq.", System.StringComparison.Ordinal);

    private static string Display(ISymbol symbol, Location location, SemanticModel model) =>
        location.SourceTree == model.SyntaxTree
            ? symbol.ToMinimalDisplayString(model, location.SourceSpan.Start)
            : symbol.ToDisplayString();

    private static string DeclaredName(SyntaxNode? node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.Text,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.Text,
        MethodDeclarationSyntax method => method.Identifier.Text,
        LocalFunctionStatementSyntax local => local.Identifier.Text,
        PropertyDeclarationSyntax property => property.Identifier.Text,
        EventDeclarationSyntax @event => @event.Identifier.Text,
        IndexerDeclarationSyntax => "this[]",
        OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
        _ => node?.Kind().ToString() ?? string.Empty,
    };

    /// <summary>The findings of one file, one per line and feature: the first one found says what.</summary>
    private sealed class Findings
    {
        private readonly Dictionary<(int Line, Feature Feature), (Location Location, string What)> _byLine = new();

        public void Add(Feature feature, SyntaxNode node, string what) => Add(feature, node.GetLocation(), what);

        public void Add(Feature feature, SyntaxToken token, string what) => Add(feature, token.GetLocation(), what);

        public void Add(Feature feature, Location location, string what)
        {
            int line = location.GetLineSpan().StartLinePosition.Line;
            _byLine.TryAdd((line, feature), (location, what));
        }

        public IEnumerable<(Location Location, string What)> InOrder() =>
            _byLine.OrderBy(f => f.Key.Line).ThenBy(f => f.Key.Feature).Select(f => f.Value);
    }
}
