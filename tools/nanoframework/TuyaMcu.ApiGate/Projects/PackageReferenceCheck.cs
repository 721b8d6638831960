using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>
/// Check (b): packages.config and the .nfproj's Reference items agree, and both agree with the
/// inventory. Each Reference must have a HintPath into packages\&lt;Id&gt;.&lt;Version&gt;\ at the
/// repository root naming a package of packages.config with the same version; each package must be
/// in the inventory with the inventory's version. The packages a project "has" (the API its code may
/// use) are those in its packages.config that a Reference also points into.
/// </summary>
internal static partial class PackageReferenceCheck
{
    /// <summary>
    /// Assemblies a package ships besides the one its inventory file names. The TestFramework package
    /// also ships the launcher the test project references (nanoFramework.UnitTestLauncher.exe).
    /// </summary>
    private static readonly Dictionary<string, string[]> AdditionalAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nanoFramework.TestFramework"] = new[] { "nanoFramework.UnitTestLauncher" },
    };

    public static ApiScope Run(NfProject project, PackagesConfig config, ApiInventory inventory, string repositoryRoot, ViolationList violations)
    {
        string projectFile = RepositoryPath.Relative(repositoryRoot, project.FullPath);
        string configFile = RepositoryPath.Relative(repositoryRoot, config.FullPath);
        string packagesFolder = Path.Combine(repositoryRoot, "packages");

        foreach (PackageEntry entry in config.Packages)
        {
            InventoryPackage? known = inventory.Find(entry.Id);
            if (known == null)
            {
                violations.Add(configFile, entry.Line, $"package {entry.Id} is not in the nanoFramework API inventory");
            }
            else if (entry.Version != known.Version)
            {
                violations.Add(configFile, entry.Line,
                    $"package {entry.Id} {entry.Version} differs from the inventory's version {known.Version}");
            }
        }

        if (!config.Exists && project.References.Count > 0)
        {
            violations.Add(projectFile, project.References[0].Line, $"the project has References but no {PackagesConfig.FileName}");
        }

        var had = new List<InventoryPackage>();
        foreach (AssemblyReference reference in project.References)
        {
            PackageEntry? entry = Resolve(reference, project, config, packagesFolder, projectFile, violations);
            InventoryPackage? known = entry == null ? null : inventory.Find(entry.Id);
            if (known == null)
            {
                continue;
            }

            string assembly = Path.GetFileNameWithoutExtension(RepositoryPath.FromMsBuild(reference.HintPath!));
            if (!ShipsAssembly(known, assembly))
            {
                violations.Add(projectFile, reference.Line,
                    $"Reference HintPath names {Path.GetFileName(RepositoryPath.FromMsBuild(reference.HintPath!))}, but package {known.Id} ships assembly {known.AssemblyName}");
            }

            had.Add(known);
        }

        return new ApiScope(had);
    }

    /// <summary>The packages.config entry a Reference's HintPath points into, or null (reported).</summary>
    private static PackageEntry? Resolve(
        AssemblyReference reference, NfProject project, PackagesConfig config, string packagesFolder, string projectFile, ViolationList violations)
    {
        string name = reference.Include.Split(',')[0].Trim();
        if (reference.HintPath == null)
        {
            violations.Add(projectFile, reference.Line,
                $"Reference '{name}' has no HintPath: the device build finds assemblies only in packages\\<Id>.<Version>\\");
            return null;
        }

        Match match = HintPathPattern().Match(reference.HintPath.Replace('/', '\\'));
        if (!match.Success)
        {
            violations.Add(projectFile, reference.Line,
                $"Reference '{name}' HintPath '{reference.HintPath}' does not point into packages\\<Id>.<Version>\\");
            return null;
        }

        string folder = Path.GetFullPath(Path.Combine(project.Directory, RepositoryPath.FromMsBuild(match.Groups["prefix"].Value), "packages"));
        if (!string.Equals(folder, packagesFolder, StringComparison.Ordinal))
        {
            violations.Add(projectFile, reference.Line,
                $"Reference '{name}' HintPath '{reference.HintPath}' does not lead to the packages folder at the repository root");
        }

        string packageFolder = match.Groups["package"].Value;
        PackageEntry? entry = config.Packages.FirstOrDefault(p =>
            string.Equals($"{p.Id}.{p.Version}", packageFolder, StringComparison.OrdinalIgnoreCase));
        if (entry != null)
        {
            return entry;
        }

        PackageEntry? sameId = config.Packages.FirstOrDefault(p =>
            packageFolder.StartsWith(p.Id + ".", StringComparison.OrdinalIgnoreCase)
            && VersionPattern().IsMatch(packageFolder.Substring(p.Id.Length + 1)));
        violations.Add(projectFile, reference.Line, sameId != null
            ? $"Reference '{name}' points into packages\\{packageFolder}\\, but {PackagesConfig.FileName} has {sameId.Id} {sameId.Version}"
            : $"Reference '{name}' points into packages\\{packageFolder}\\, a package {PackagesConfig.FileName} does not list");
        return null;
    }

    private static bool ShipsAssembly(InventoryPackage package, string assembly) =>
        string.Equals(assembly, package.AssemblyName, StringComparison.OrdinalIgnoreCase)
        || (AdditionalAssemblies.TryGetValue(package.Id, out string[]? others)
            && others.Contains(assembly, StringComparer.OrdinalIgnoreCase));

    // ..\..\packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll
    [GeneratedRegex(@"^(?<prefix>(?:[^\\]*\\)*?)packages\\(?<package>[^\\]+)\\", RegexOptions.IgnoreCase)]
    private static partial Regex HintPathPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?$")]
    private static partial Regex VersionPattern();
}
