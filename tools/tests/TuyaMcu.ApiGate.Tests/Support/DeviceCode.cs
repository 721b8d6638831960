using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Analysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>
/// Runs the code checks (compiler, language features, API use) on device source held in memory,
/// compiled against the host runtime and judged against the inventory: the way the gate checks a
/// project that uses packages NuGet does not restore.
/// </summary>
internal static class DeviceCode
{
    public const string FileName = "Device.cs";

    /// <summary>The violations for <paramref name="source"/> (as <c>Device.cs</c>) in a project that has the given packages (the core library when none are named).</summary>
    public static IReadOnlyList<Violation> Check(string source, params string[] packages) =>
        Run(source, onDevice: false, packages.Length == 0 ? new[] { ApiInventory.CoreLibraryId } : packages);

    /// <summary>
    /// The violations for <paramref name="source"/> in a project that has only the core library,
    /// compiled as the device build compiles it: against the package's own mscorlib.dll and nothing else.
    /// </summary>
    public static IReadOnlyList<Violation> CheckOnDevice(string source) => Run(source, onDevice: true, ApiInventory.CoreLibraryId);

    private static IReadOnlyList<Violation> Run(string source, bool onDevice, params string[] packages)
    {
        var scope = new ApiScope(packages.Select(id => GateEnvironment.Inventory.Find(id)!));
        var project = new DeviceProject(
            "Device.nfproj", "Device", OutputKind.DynamicallyLinkedLibrary, new[] { new DeviceSource(FileName, source) }, new List<DeviceProject>(), scope);
        var compiler = new DeviceCompiler(GateEnvironment.HostReferences, useDeviceAssemblies: onDevice);
        CompiledProject compiled = compiler.Compile(project);
        Xunit.Assert.Equal(onDevice, compiled.AgainstDeviceAssemblies);
        var violations = new ViolationList();
        new CodeChecker(GateEnvironment.Inventory, EquivalenceTable.Default).Check(project, compiled, violations);
        return violations.Sorted();
    }
}
