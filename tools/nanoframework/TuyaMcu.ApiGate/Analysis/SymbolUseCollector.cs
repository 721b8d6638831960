using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// Finds every symbol a syntax tree of device code references, explicitly or through the
/// compiler: the operations of every member body, initializer and attribute (calls, creations,
/// member references, user-defined operators and conversions, foreach, using, lock, string
/// concatenation and interpolation, typeof), the type names in the source, and what declarations
/// imply (overridden members, the implicit call of the base constructor, attributes the compiler emits).
/// </summary>
internal sealed class SymbolUseCollector
{
    private const string StringConcat2 = "M:System.String.Concat(System.String,System.String)";
    private const string StringConcat3 = "M:System.String.Concat(System.String,System.String,System.String)";
    private const string StringConcat4 = "M:System.String.Concat(System.String,System.String,System.String,System.String)";
    private const string StringConcatArray = "M:System.String.Concat(System.String[])";

    private readonly SemanticModel _model;
    private readonly List<SymbolUse> _uses = new();

    private SymbolUseCollector(SemanticModel model)
    {
        _model = model;
    }

    public static IReadOnlyList<SymbolUse> Collect(SemanticModel model)
    {
        var collector = new SymbolUseCollector(model);
        SyntaxNode root = model.SyntaxTree.GetRoot();
        collector.CollectOperations(root);
        collector.CollectTypeNames(root);
        collector.CollectDeclarations(root);
        return collector._uses;
    }

    /// <summary>Walks each operation tree once, from its root (a body, an initializer, an attribute...).</summary>
    private void CollectOperations(SyntaxNode root)
    {
        var walker = new Walker(this);
        foreach (SyntaxNode node in root.DescendantNodesAndSelf())
        {
            IOperation? operation = _model.GetOperation(node);
            if (operation is { Parent: null })
            {
                walker.Visit(operation);
            }
        }
    }

    private void CollectTypeNames(SyntaxNode root)
    {
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            if (node is SimpleNameSyntax or PredefinedTypeSyntax
                && node is not IdentifierNameSyntax { IsVar: true }
                && _model.GetSymbolInfo(node).Symbol is ITypeSymbol type)
            {
                AddType(type, node.GetLocation());
            }
        }
    }

    private void CollectDeclarations(SyntaxNode root)
    {
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            ISymbol? declared = node is MemberDeclarationSyntax or LocalFunctionStatementSyntax ? _model.GetDeclaredSymbol(node) : null;
            switch (declared)
            {
                case INamedTypeSymbol { TypeKind: TypeKind.Class } type when node == type.DeclaringSyntaxReferences[0].GetSyntax():
                    AddImplicitBaseConstructorCall(type);
                    break;
                case IMethodSymbol method:
                    AddOverridden(method.OverriddenMethod, method);
                    AddParamArrayAttribute(method.Parameters, method);
                    if (method.IsExtensionMethod)
                    {
                        _uses.Add(SymbolUse.ForLowering(method.Locations[0], "M:System.Runtime.CompilerServices.ExtensionAttribute.#ctor", "an extension method"));
                    }

                    break;
                case IPropertySymbol property:
                    AddOverridden(property.OverriddenProperty, property);
                    AddParamArrayAttribute(property.Parameters, property);
                    break;
                case IEventSymbol @event:
                    AddOverridden(@event.OverriddenEvent, @event);
                    break;
            }
        }
    }

    /// <summary>A class without constructors gets one that calls the base class's parameterless constructor.</summary>
    private void AddImplicitBaseConstructorCall(INamedTypeSymbol type)
    {
        if (type.BaseType == null || !type.InstanceConstructors.Any(c => c.IsImplicitlyDeclared))
        {
            return;
        }

        IMethodSymbol? baseConstructor = type.BaseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty);
        if (baseConstructor != null)
        {
            AddMember(baseConstructor, type.Locations[0], null);
        }
    }

    private void AddOverridden(ISymbol? overridden, ISymbol overrider)
    {
        if (overridden != null)
        {
            AddMember(overridden, overrider.Locations[0], null);
        }
    }

    /// <summary>The compiler marks a params parameter with System.ParamArrayAttribute.</summary>
    private void AddParamArrayAttribute(IEnumerable<IParameterSymbol> parameters, ISymbol member)
    {
        if (parameters.Any(p => p.IsParams))
        {
            _uses.Add(SymbolUse.ForLowering(member.Locations[0], "M:System.ParamArrayAttribute.#ctor", "a params parameter"));
        }
    }

    private void Record(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke:
                AddType(invocation.TargetMethod.ContainingType, NameLocation(operation.Syntax)); // Invoke is the runtime's; the inventory lists the delegate type
                break;
            case IInvocationOperation invocation:
                AddMember(invocation.TargetMethod, NameLocation(operation.Syntax), operation);
                break;
            case IObjectCreationOperation { Constructor: { } constructor }:
                AddMember(constructor, NameLocation(operation.Syntax), operation);
                break;
            case IMemberReferenceOperation reference:
                AddMember(reference.Member, NameLocation(operation.Syntax), operation);
                break;
            case IUnaryOperation { OperatorMethod: { } method }:
                AddMember(method, operation.Syntax.GetLocation(), operation);
                break;
            case IIncrementOrDecrementOperation { OperatorMethod: { } method }:
                AddMember(method, operation.Syntax.GetLocation(), operation);
                break;
            case IConversionOperation { OperatorMethod: { } method }:
                AddMember(method, operation.Syntax.GetLocation(), operation);
                break;
            case IBinaryOperation { OperatorMethod: { } method }:
                AddMember(method, operation.Syntax.GetLocation(), operation);
                break;
            case IBinaryOperation binary when IsStringConcatenation(binary) && !IsStringConcatenation(binary.Parent):
                AddConcatenation(binary);
                break;
            case ICompoundAssignmentOperation { OperatorMethod: { } method }:
                AddMember(method, operation.Syntax.GetLocation(), operation);
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                _uses.Add(SymbolUse.ForLowering(operation.Syntax.GetLocation(), StringConcat2, "string concatenation"));
                break;
            case IInterpolatedStringOperation interpolated when interpolated.Parts.Any(p => p is IInterpolationOperation):
                _uses.Add(SymbolUse.ForLowering(operation.Syntax.GetLocation(), "M:System.String.Format(System.String,System.Object[])", "string interpolation"));
                break;
            case ILockOperation:
                _uses.Add(SymbolUse.ForLowering(operation.Syntax.GetLocation(), "M:System.Threading.Monitor.Enter(System.Object)", "lock"));
                _uses.Add(SymbolUse.ForLowering(operation.Syntax.GetLocation(), "M:System.Threading.Monitor.Exit(System.Object)", "lock"));
                break;
            case IUsingOperation or IUsingDeclarationOperation:
                _uses.Add(SymbolUse.ForLowering(operation.Syntax.GetLocation(), "M:System.IDisposable.Dispose", "using"));
                break;
            case IForEachLoopOperation loop:
                AddForEach(loop);
                break;
            case ITypeOfOperation typeOf:
                AddType(typeOf.TypeOperand, operation.Syntax.GetLocation());
                break;
            case IDelegateCreationOperation { Type: { } delegateType }:
                AddType(delegateType, operation.Syntax.GetLocation());
                break;
        }

        if (operation.Type != null && MayRevealUnnamedType(operation))
        {
            _uses.Add(new SymbolUse(UseKind.ExpressionType, operation.Syntax.GetLocation(), operation.Type, operation));
        }
    }

    /// <summary>
    /// Whether an operation's type may be one the source does not name (a lifted operator's int?,
    /// an inferred generic...). References to variables and members are not: their declarations name their types.
    /// </summary>
    private static bool MayRevealUnnamedType(IOperation operation) => operation is not (
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation
        or IFieldReferenceOperation or IPropertyReferenceOperation or ILiteralOperation);

    private static bool IsStringConcatenation(IOperation? operation) =>
        operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null, Type.SpecialType: SpecialType.System_String };

    /// <summary>
    /// a + b + c on strings is one call of String.Concat with every operand (the compiler turns
    /// non-string operands into strings first, and folds adjacent constants): Concat(String,String),
    /// (String,String,String), (String,String,String,String), or Concat(String[]) beyond four.
    /// </summary>
    private void AddConcatenation(IBinaryOperation top)
    {
        if (top.ConstantValue.HasValue)
        {
            return;
        }

        var operands = new List<IOperation>();
        Flatten(top, operands);
        int count = 0;
        bool previousWasConstant = false;
        foreach (IOperation operand in operands)
        {
            bool constant = operand.ConstantValue.HasValue;
            if (!(constant && previousWasConstant))
            {
                count++;
            }

            previousWasConstant = constant;
        }

        string? concat = count switch
        {
            < 2 => null,
            2 => StringConcat2,
            3 => StringConcat3,
            4 => StringConcat4,
            _ => StringConcatArray,
        };
        if (concat != null)
        {
            _uses.Add(SymbolUse.ForLowering(top.Syntax.GetLocation(), concat, "string concatenation"));
        }
    }

    private static void Flatten(IOperation operation, List<IOperation> operands)
    {
        if (operation is IBinaryOperation binary && IsStringConcatenation(binary))
        {
            Flatten(binary.LeftOperand, operands);
            Flatten(binary.RightOperand, operands);
        }
        else
        {
            operands.Add(operation);
        }
    }

    /// <summary>
    /// foreach over an array or a string compiles to indexing; over anything else it calls
    /// GetEnumerator, MoveNext, Current and (when the enumerator has it) Dispose.
    /// </summary>
    private void AddForEach(IForEachLoopOperation loop)
    {
        IOperation collection = loop.Collection is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : loop.Collection;
        Location location = collection.Syntax.GetLocation();
        if (collection.Type is IArrayTypeSymbol)
        {
            return;
        }

        if (collection.Type?.SpecialType == SpecialType.System_String)
        {
            _uses.Add(SymbolUse.ForLowering(location, "P:System.String.Length", "foreach over a string"));
            _uses.Add(SymbolUse.ForLowering(location, "P:System.String.Chars(System.Int32)", "foreach over a string"));
            return;
        }

        if (loop.Syntax is CommonForEachStatementSyntax syntax)
        {
            ForEachStatementInfo info = _model.GetForEachStatementInfo(syntax);
            foreach (ISymbol? member in new ISymbol?[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod })
            {
                if (member != null)
                {
                    AddMember(member, location, null);
                }
            }
        }
    }

    private void AddMember(ISymbol member, Location location, IOperation? operation) =>
        _uses.Add(new SymbolUse(UseKind.Member, location, member, operation));

    private void AddType(ITypeSymbol type, Location location) =>
        _uses.Add(new SymbolUse(UseKind.Type, location, type));

    /// <summary>Where to report a use: the member's name rather than the start of a long receiver chain.</summary>
    private static Location NameLocation(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => NameLocation(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name.GetLocation(),
        MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
        ObjectCreationExpressionSyntax creation => creation.Type.GetLocation(),
        ConstructorDeclarationSyntax constructor => constructor.Identifier.GetLocation(),
        ConstructorInitializerSyntax initializer => initializer.ThisOrBaseKeyword.GetLocation(),
        _ => syntax.GetLocation(),
    };

    private sealed class Walker : OperationWalker
    {
        private readonly SymbolUseCollector _owner;

        public Walker(SymbolUseCollector owner)
        {
            _owner = owner;
        }

        public override void Visit(IOperation? operation)
        {
            if (operation != null)
            {
                _owner.Record(operation);
                base.Visit(operation);
            }
        }
    }
}
