using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>
/// The public API of the nanoFramework v1 packages, read from a directory with one file per package
/// (see README.md there): line 1 names the package, its version and assembly; lines starting with
/// '#' are comments; every other line is one documentation-comment ID.
/// </summary>
internal sealed partial class ApiInventory
{
    private readonly Dictionary<string, InventoryPackage> _byId;

    private ApiInventory(string directory, IReadOnlyList<InventoryPackage> packages)
    {
        Directory = directory;
        Packages = packages;
        _byId = packages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        All = new ApiScope(packages);
    }

    public string Directory { get; }

    public IReadOnlyList<InventoryPackage> Packages { get; }

    /// <summary>Every package: what a twin may declare.</summary>
    public ApiScope All { get; }

    public static ApiInventory Load(string directory)
    {
        var packages = new List<InventoryPackage>();
        foreach (string file in System.IO.Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            packages.Add(ReadPackage(file));
        }

        return new ApiInventory(directory, packages);
    }

    public InventoryPackage? Find(string packageId) => _byId.GetValueOrDefault(packageId);

    /// <summary>The packages whose API lists <paramref name="docId"/>.</summary>
    public IEnumerable<InventoryPackage> PackagesDeclaring(string docId) => Packages.Where(p => p.Ids.Contains(docId));

    private static InventoryPackage ReadPackage(string file)
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
            Path.GetFileName(file),
            ids);
    }

    [GeneratedRegex(@"^#\s+(?<id>\S+)\s+(?<version>\S+)\s+\(assembly\s+(?<assembly>[^)\s]+)\)")]
    private static partial Regex HeaderPattern();
}
