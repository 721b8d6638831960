using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Analysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>Runs the code checks (compiler, language features, API use) on device source held in memory.</summary>
internal static class DeviceCode
{
    public const string FileName = "Device.cs";

    /// <summary>The violations for <paramref name="source"/> (as <c>Device.cs</c>) in a project that has the given packages (the core library when none are named).</summary>
    public static IReadOnlyList<Violation> Check(string source, params string[] packages)
    {
        IEnumerable<string> ids = packages.Length == 0 ? new[] { "nanoFramework.CoreLibrary" } : packages;
        var scope = new ApiScope(ids.Select(id => GateEnvironment.Inventory.Find(id)!));
        var project = new DeviceProject(
            "Device.nfproj", "Device", OutputKind.DynamicallyLinkedLibrary, new[] { new DeviceSource(FileName, source) }, new List<DeviceProject>(), scope);
        var violations = new ViolationList();
        new CodeChecker(GateEnvironment.Inventory, EquivalenceTable.Default)
            .Check(project, new DeviceCompiler(GateEnvironment.HostReferences).Compile(project), violations);
        return violations.Sorted();
    }
}
