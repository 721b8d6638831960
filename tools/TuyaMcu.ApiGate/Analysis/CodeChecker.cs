using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>Checks (c), (d) and (e) on one compiled device project: compiler errors, language features, API use.</summary>
internal sealed class CodeChecker
{
    private readonly FeatureChecker _features;
    private readonly ApiUsageChecker _api;

    public CodeChecker(ApiInventory inventory, EquivalenceTable equivalences)
    {
        _features = new FeatureChecker(equivalences);
        _api = new ApiUsageChecker(inventory, equivalences);
    }

    public void Check(DeviceProject project, CSharpCompilation compilation, ViolationList violations)
    {
        foreach (Diagnostic diagnostic in compilation.GetDiagnostics())
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                continue;
            }

            string message = $"error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
            if (diagnostic.Location.IsInSource)
            {
                violations.Add(diagnostic.Location, message);
            }
            else
            {
                violations.Add(project.DisplayPath, 1, message);
            }
        }

        IReadOnlySet<string> own = project.OwnAssemblies();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            IReadOnlyList<SymbolUse> uses = SymbolUseCollector.Collect(model);
            _features.Check(model, uses, violations);
            _api.Check(uses, project.Scope, own, violations);
        }
    }
}
