using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// Checks (c), (d), (e) and (h) on one compiled device project: compiler errors, language features,
/// API use, hidden allocations on hot paths. A project compiled against the device's own assemblies needs no API check: the compiler has
/// bound every name against the real library, so what is missing there is already an error.
/// </summary>
internal sealed class CodeChecker
{
    private readonly FeatureChecker _features;
    private readonly ApiUsageChecker _api;

    public CodeChecker(ApiInventory inventory, EquivalenceTable equivalences)
    {
        _features = new FeatureChecker(equivalences);
        _api = new ApiUsageChecker(inventory, equivalences);
    }

    public void Check(DeviceProject project, CompiledProject compiled, ViolationList violations)
    {
        foreach (Diagnostic error in compiled.Errors)
        {
            string message = $"error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}";
            if (error.Location.IsInSource)
            {
                violations.Add(error.Location, message);
            }
            else
            {
                violations.Add(project.DisplayPath, 1, message);
            }
        }

        IReadOnlySet<string> own = project.OwnAssemblies();
        foreach (SyntaxTree tree in compiled.Compilation.SyntaxTrees)
        {
            SemanticModel model = compiled.Compilation.GetSemanticModel(tree);
            IReadOnlyList<SymbolUse> uses = SymbolUseCollector.Collect(model);
            _features.Check(model, uses, violations);
            HotPathChecker.Check(model, violations);
            if (!compiled.AgainstDeviceAssemblies)
            {
                _api.Check(uses, project.Scope, own, violations);
            }
        }
    }
}
