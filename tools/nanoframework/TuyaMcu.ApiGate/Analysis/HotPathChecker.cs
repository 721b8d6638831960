using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// Check (h): hidden allocations on the firmware's hot paths. nanoCLR puts every value-type local
/// on the heap each time its method runs, clones a struct for every call it is passed to or
/// returned from, and boxes as .NET does; what runs per byte or per frame must use primitives,
/// enums and objects allocated once. A type or member is on a hot path when a line of its leading
/// comment starts with <see cref="Marker"/>; everything declared inside it is checked. Each
/// finding is reported once per line.
/// </summary>
internal static class HotPathChecker
{
    /// <summary>The comment that marks a type or member as a hot path, followed by why.</summary>
    public const string Marker = "// hot path:";

    private const string Why = "on a hot path: nanoCLR ";

    public static void Check(SemanticModel model, ViolationList violations)
    {
        var findings = new SortedDictionary<int, (Location Location, string What)>();
        foreach (MemberDeclarationSyntax member in model.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
        {
            // A member inside a marked type is checked with its type.
            if (IsMarked(member) && !member.Ancestors().OfType<MemberDeclarationSyntax>().Any(IsMarked))
            {
                foreach (SyntaxNode node in member.DescendantNodesAndSelf())
                {
                    Inspect(node, model, findings);
                }
            }
        }

        foreach ((Location location, string what) in findings.Values)
        {
            violations.Add(location, what);
        }
    }

    /// <summary>True when a comment line before the declaration (after its documentation) starts with the marker.</summary>
    public static bool IsMarked(MemberDeclarationSyntax member) =>
        member.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().StartsWith(Marker, StringComparison.Ordinal));

    private static void Inspect(SyntaxNode node, SemanticModel model, SortedDictionary<int, (Location, string)> findings)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax declarator when model.GetDeclaredSymbol(declarator) is ILocalSymbol local:
                Local(local, declarator.Identifier.GetLocation(), findings);
                break;
            case SingleVariableDesignationSyntax designation when model.GetDeclaredSymbol(designation) is ILocalSymbol local:
                Local(local, designation.GetLocation(), findings);
                break;
            case ForEachStatementSyntax loop when model.GetDeclaredSymbol(loop) is ILocalSymbol local:
                Local(local, loop.Identifier.GetLocation(), findings);
                break;
            case ParameterSyntax parameter when model.GetDeclaredSymbol(parameter) is IParameterSymbol symbol && IsStruct(symbol.Type):
                Add(findings, parameter.GetLocation(), $"struct parameter '{parameter.Identifier.Text}' of type '{Name(symbol.Type)}' {Why}clones a struct for every call (pass primitives, or an object allocated once)");
                break;
            case MethodDeclarationSyntax method when model.GetDeclaredSymbol(method) is IMethodSymbol symbol && !symbol.ReturnsByRef && IsStruct(symbol.ReturnType):
                Add(findings, method.Identifier.GetLocation(), $"method '{method.Identifier.Text}' returns struct '{Name(symbol.ReturnType)}' {Why}clones it for every call");
                break;
            case BasePropertyDeclarationSyntax property when model.GetDeclaredSymbol(property) is IPropertySymbol symbol && IsStruct(symbol.Type):
                Add(findings, property.GetLocation(), $"property of struct type '{Name(symbol.Type)}' {Why}clones it for every read");
                break;
            case BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or ConstructorInitializerSyntax when IsBody(node):
                foreach (IOperation operation in model.GetOperation(node)?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
                {
                    InspectOperation(operation, findings);
                }

                break;
        }
    }

    // What the compiler turns into copies and boxes, found in the operations of a body or an initializer.
    private static void InspectOperation(IOperation operation, SortedDictionary<int, (Location, string)> findings)
    {
        switch (operation)
        {
            case IArgumentOperation { Parameter.RefKind: RefKind.None, Value.Type: { } type } argument when IsStruct(type):
                Add(findings, argument.Syntax.GetLocation(), $"struct '{Name(type)}' passed by value {Why}clones it for the call");
                break;
            case IConversionOperation { Operand.Type: { } type } boxing when boxing.GetConversion().IsBoxing:
                Add(findings, boxing.Syntax.GetLocation(), $"'{Name(type)}' boxed {Why}allocates an object for every box");
                break;
        }
    }

    // The code of a member, each once: its body, expression body or initializer, not the blocks nested in them.
    private static bool IsBody(SyntaxNode node) =>
        node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax };

    private static void Local(ILocalSymbol local, Location location, SortedDictionary<int, (Location, string)> findings)
    {
        if (IsStruct(local.Type) && !local.IsRef)
        {
            Add(findings, location, $"value-type local '{local.Name}' of type '{Name(local.Type)}' {Why}puts it on the heap each time the method runs (use primitives, or an object allocated once)");
        }
    }

    /// <summary>A value type other than a primitive or an enum: what nanoCLR clones and puts on the heap.</summary>
    private static bool IsStruct(ITypeSymbol? type) =>
        type is { IsValueType: true } && type.TypeKind != TypeKind.Enum && type.TypeKind != TypeKind.TypeParameter && !IsPrimitive(type.SpecialType);

    private static bool IsPrimitive(SpecialType type) => type is
        SpecialType.System_Void or SpecialType.System_Boolean or SpecialType.System_Char or
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
        SpecialType.System_Single or SpecialType.System_Double;

    private static string Name(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static void Add(SortedDictionary<int, (Location, string)> findings, Location location, string what) =>
        findings.TryAdd(location.GetLineSpan().StartLinePosition.Line, (location, what));
}
