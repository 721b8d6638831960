using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>
/// The public API of the nanoFramework v1 packages: the packages NuGet restores, read from their own
/// assemblies (<see cref="RestoredPackages"/>), and a list per other package in the inventory folder
/// (tools/nanoframework/nanoFramework.Api, see the README there). A list's line 1 names the package, its version and
/// assembly; lines starting with '#' are comments; every other line is one documentation-comment ID.
/// </summary>
internal sealed partial class ApiInventory
{
    /// <summary>The core library: every project needs it, and NuGet serves it, so it is never a list.</summary>
    public const string CoreLibraryId = "nanoFramework.CoreLibrary";

    private readonly Dictionary<string, InventoryPackage> _byId;

    private ApiInventory(string directory, IReadOnlyList<InventoryPackage> packages)
    {
        Directory = directory;
        Packages = packages;
        _byId = packages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        All = new ApiScope(packages);
    }

    /// <summary>The folder of the package lists.</summary>
    public string Directory { get; }

    public IReadOnlyList<InventoryPackage> Packages { get; }

    /// <summary>Every package: what a twin may declare.</summary>
    public ApiScope All { get; }

    /// <summary>
    /// The lists in <paramref name="directory"/> and the <paramref name="restored"/> packages. A list
    /// for a restored package is an error (its assembly is the truth), and so is an inventory without
    /// the core library.
    /// </summary>
    public static ApiInventory Load(string directory, IReadOnlyList<InventoryPackage> restored)
    {
        var packages = new List<InventoryPackage>(restored);
        foreach (string file in System.IO.Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            InventoryPackage listed = ReadList(file);
            InventoryPackage? same = packages.FirstOrDefault(p => string.Equals(p.Id, listed.Id, StringComparison.OrdinalIgnoreCase));
            if (same != null)
            {
                throw new GateSetupException(same.AssemblyPath != null
                    ? $"{file}: {listed.Id} is read from its NuGet package ({same.Source}), so it must not be listed: delete the file"
                    : $"{file}: {listed.Id} is listed twice (also in {same.Source})");
            }

            packages.Add(listed);
        }

        if (!packages.Any(p => string.Equals(p.Id, CoreLibraryId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new GateSetupException(
                $"the nanoFramework API inventory has no {CoreLibraryId}: building tools/nanoframework/TuyaMcu.ApiGate restores it from NuGet into {RestoredPackages.FolderName}/ beside the gate");
        }

        return new ApiInventory(directory, packages.OrderBy(p => p.Id, StringComparer.Ordinal).ToList());
    }

    public InventoryPackage? Find(string packageId) => _byId.GetValueOrDefault(packageId);

    /// <summary>The packages whose API lists <paramref name="docId"/>.</summary>
    public IEnumerable<InventoryPackage> PackagesDeclaring(string docId) => Packages.Where(p => p.Ids.Contains(docId));

    /// <summary>Writes <paramref name="package"/> in the list format <see cref="Load"/> reads, the IDs in ordinal order.</summary>
    public static void WriteList(InventoryPackage package, TextWriter output)
    {
        output.WriteLine($"# {package.Id} {package.Version} (assembly {package.AssemblyName}), public API as documentation-comment IDs");
        output.WriteLine($"# source: NuGet package {package.Id} {package.Version}, {Path.GetFileName(package.Source)}, read by tools/nanoframework/TuyaMcu.ApiGate --list");
        foreach (string id in package.Ids.Order(StringComparer.Ordinal))
        {
            output.WriteLine(id);
        }
    }

    private static InventoryPackage ReadList(string file)
    {
        string[] lines = File.ReadAllLines(file);
        Match header = lines.Length > 0 ? HeaderPattern().Match(lines[0]) : Match.Empty;
        if (!header.Success)
        {
            throw new GateSetupException(
                $"{file}: line 1 is not '# <PackageId> <version> (assembly <AssemblyName>), ...'");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string id = line.Trim();
            if (id.Length > 0 && id[0] != '#')
            {
                ids.Add(id);
            }
        }

        return new InventoryPackage(
            header.Groups["id"].Value,
            header.Groups["version"].Value,
            header.Groups["assembly"].Value,
            file,
            ids);
    }

    [GeneratedRegex(@"^#\s+(?<id>\S+)\s+(?<version>\S+)\s+\(assembly\s+(?<assembly>[^)\s]+)\)")]
    private static partial Regex HeaderPattern();
}
