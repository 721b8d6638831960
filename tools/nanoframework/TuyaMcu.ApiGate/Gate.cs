using System.Collections.Generic;
using TuyaMcu.ApiGate.Analysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Projects;
using TuyaMcu.ApiGate.Reporting;
using TuyaMcu.ApiGate.Twins;

namespace TuyaMcu.ApiGate;

/// <summary>What a run found: how much it looked at and every violation, ordered by file and line.</summary>
/// <param name="DeviceCompiledCount">How many projects were compiled against the packages' own assemblies, as the device build compiles them.</param>
internal sealed record GateResult(int ProjectCount, int DeviceCompiledCount, int FileCount, IReadOnlyList<Violation> Violations)
{
    public string Summary =>
        $"api-gate: {Count(ProjectCount, "project")} ({DeviceCompiledCount} compiled against the device's own assemblies), "
        + $"{Count(FileCount, "file")}, {Count(Violations.Count, "violation")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

/// <summary>
/// Runs every check on a set of .nfproj files: project files and packages (a, b), then for each
/// project that can be compiled the compiler, language-feature and API checks (c-f), then the
/// twin assemblies (g). A project that needs only packages NuGet restores is compiled against their
/// own assemblies (see <see cref="DeviceCompiler"/>).
/// </summary>
internal sealed class Gate
{
    private readonly string _repositoryRoot;
    private readonly ApiInventory _inventory;
    private readonly HostReferences _host;

    public Gate(string repositoryRoot, ApiInventory inventory, HostReferences host)
    {
        _repositoryRoot = repositoryRoot;
        _inventory = inventory;
        _host = host;
    }

    public GateResult Run(IReadOnlyList<string> projectPaths)
    {
        var violations = new ViolationList();
        var loader = new ProjectLoader(_repositoryRoot, _inventory, _host);
        var compiler = new DeviceCompiler(_host);
        var code = new CodeChecker(_inventory, EquivalenceTable.Default);
        int files = 0;
        int onDevice = 0;
        foreach (string path in projectPaths)
        {
            LoadedProject project = loader.Load(path);
            violations.AddRange(project.Violations);
            if (project.Device == null)
            {
                continue;
            }

            files += project.Device.Sources.Count;
            if (project.CanCompile)
            {
                CompiledProject compiled = compiler.Compile(project.Device);
                onDevice += compiled.AgainstDeviceAssemblies ? 1 : 0;
                code.Check(project.Device, compiled, violations);
            }
        }

        var twins = new TwinChecker(_inventory, _repositoryRoot);
        foreach (TwinAssembly twin in _host.Twins)
        {
            twins.Check(twin, violations);
        }

        return new GateResult(projectPaths.Count, onDevice, files, violations.Sorted());
    }
}
