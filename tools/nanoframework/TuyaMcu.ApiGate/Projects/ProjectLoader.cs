using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>A .nfproj after the project-level checks: its problems and, when it could be read, what to compile.</summary>
internal sealed record LoadedProject(IReadOnlyList<Violation> Violations, DeviceProject? Device, bool CanCompile);

/// <summary>
/// Reads .nfproj files into <see cref="DeviceProject"/>s, running the project-level checks (a) and
/// (b) on the way, and loading each referenced project once.
/// </summary>
internal sealed class ProjectLoader
{
    private readonly string _repositoryRoot;
    private readonly ApiInventory _inventory;
    private readonly HostReferences _host;
    private readonly Dictionary<string, LoadedProject> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);

    public ProjectLoader(string repositoryRoot, ApiInventory inventory, HostReferences host)
    {
        _repositoryRoot = repositoryRoot;
        _inventory = inventory;
        _host = host;
    }

    public LoadedProject Load(string projectPath)
    {
        string fullPath = Path.GetFullPath(projectPath);
        if (!_loaded.TryGetValue(fullPath, out LoadedProject? loaded))
        {
            _loading.Add(fullPath);
            loaded = Read(fullPath);
            _loading.Remove(fullPath);
            _loaded.Add(fullPath, loaded);
        }

        return loaded;
    }

    private LoadedProject Read(string fullPath)
    {
        var violations = new ViolationList();
        string projectFile = RepositoryPath.Relative(_repositoryRoot, fullPath);
        NfProject project;
        try
        {
            project = NfProject.Load(fullPath);
        }
        catch (ProjectFormatException e)
        {
            violations.Add(projectFile, e.Line, e.Message);
            return new LoadedProject(violations.Sorted(), null, false);
        }

        IReadOnlyList<string> sources = ProjectFilesCheck.Run(project, _repositoryRoot, violations);
        ApiScope scope = PackageReferenceCheck.Run(project, ReadPackagesConfig(project, violations), _inventory, _repositoryRoot, violations);
        bool canCompile = HasHostBuilds(project, scope, projectFile, violations);
        var references = new List<DeviceProject>();
        foreach (ProjectItem item in project.ProjectReferences)
        {
            DeviceProject? reference = LoadReference(project, item, projectFile, violations);
            if (reference != null)
            {
                references.Add(reference);
            }
            else
            {
                canCompile = false;
            }
        }

        var device = new DeviceProject(
            projectFile,
            project.AssemblyName,
            OutputKindOf(project.OutputType),
            sources.Select(s => new DeviceSource(RepositoryPath.Relative(_repositoryRoot, s), File.ReadAllText(s))).ToList(),
            references,
            scope,
            project.DefineConstants);
        return new LoadedProject(violations.Sorted(), device, canCompile);
    }

    private PackagesConfig ReadPackagesConfig(NfProject project, ViolationList violations)
    {
        try
        {
            return PackagesConfig.LoadFor(project);
        }
        catch (ProjectFormatException e)
        {
            violations.Add(RepositoryPath.Relative(_repositoryRoot, Path.Combine(project.Directory, PackagesConfig.FileName)), e.Line, e.Message);
            return PackagesConfig.Empty(project);
        }
    }

    /// <summary>A package whose host build is missing (the TestFramework host) leaves the project's code uncompilable here.</summary>
    private bool HasHostBuilds(NfProject project, ApiScope scope, string projectFile, ViolationList violations)
    {
        bool complete = true;
        foreach (InventoryPackage package in scope.Packages)
        {
            if (_host.MissingPackageBuilds.TryGetValue(package.Id, out string? missing))
            {
                int line = project.References.FirstOrDefault(r =>
                    r.HintPath?.Replace('/', '\\').Contains($"packages\\{package.Id}.", StringComparison.OrdinalIgnoreCase) == true)?.Line ?? 1;
                violations.Add(projectFile, line, $"the code cannot be checked: the project uses {package.Id}, and {missing}");
                complete = false;
            }
        }

        return complete;
    }

    private DeviceProject? LoadReference(NfProject project, ProjectItem item, string projectFile, ViolationList violations)
    {
        string path = Path.GetFullPath(Path.Combine(project.Directory, RepositoryPath.FromMsBuild(item.Include)));
        string? problem =
            !File.Exists(path) ? "does not exist"
            : !path.EndsWith(NfProject.Extension, StringComparison.OrdinalIgnoreCase) ? "is not a nanoFramework project (.nfproj)"
            : _loading.Contains(path) ? "makes a reference cycle"
            : null;
        if (problem != null)
        {
            violations.Add(projectFile, item.Line, $"ProjectReference '{item.Include}' {problem}");
            return null;
        }

        LoadedProject reference = Load(path);
        if (reference.Device == null)
        {
            violations.Add(projectFile, item.Line, $"ProjectReference '{item.Include}' cannot be read");
        }

        return reference.Device;
    }

    private static OutputKind OutputKindOf(string outputType) => outputType.ToLowerInvariant() switch
    {
        "exe" => OutputKind.ConsoleApplication,
        "winexe" => OutputKind.WindowsApplication,
        _ => OutputKind.DynamicallyLinkedLibrary,
    };
}
