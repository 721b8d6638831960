using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>
/// The nanoFramework packages NuGet restores, whose API is read from their own assemblies so it cannot
/// drift from what the device runs. The gate's project restores them and copies each beside the gate as
/// <c>device-packages/&lt;Id&gt;/</c>: the package's <c>.nuspec</c> (id and version) and its
/// <c>lib/</c> assembly. The same layout is what <c>--list</c> reads from an unpacked package or a NuGet
/// cache folder.
/// </summary>
internal static class RestoredPackages
{
    public const string FolderName = "device-packages";

    /// <summary>The packages in <paramref name="gateDirectory"/>/device-packages (none when it is absent).</summary>
    public static IReadOnlyList<InventoryPackage> FromDirectory(string gateDirectory)
    {
        string root = Path.Combine(gateDirectory, FolderName);
        if (!Directory.Exists(root))
        {
            return Array.Empty<InventoryPackage>();
        }

        List<(string Id, string Version, string Assembly)> found = Directory.EnumerateDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(Describe)
            .ToList();
        return found.Select(p => Load(p, found.Select(other => other.Assembly).Where(a => a != p.Assembly))).ToList();
    }

    /// <summary>The package unpacked in <paramref name="folder"/>; <paramref name="dependencies"/> resolve its signatures' types.</summary>
    public static InventoryPackage Read(string folder, IEnumerable<InventoryPackage> dependencies)
    {
        if (!Directory.Exists(folder))
        {
            throw new GateSetupException($"no such package folder: {folder}");
        }

        (string Id, string Version, string Assembly) package = Describe(folder);
        string name = Path.GetFileName(package.Assembly);
        return Load(package, dependencies
            .Select(d => d.AssemblyPath)
            .OfType<string>()
            .Where(d => !string.Equals(Path.GetFileName(d), name, StringComparison.OrdinalIgnoreCase)));
    }

    private static InventoryPackage Load((string Id, string Version, string Assembly) package, IEnumerable<string> dependencies) =>
        new(
            package.Id,
            package.Version,
            Path.GetFileNameWithoutExtension(package.Assembly),
            package.Assembly,
            AssemblyApi.Read(package.Assembly, dependencies),
            package.Assembly);

    /// <summary>Id and version from the folder's .nuspec, and the one assembly under its lib/.</summary>
    private static (string Id, string Version, string Assembly) Describe(string folder)
    {
        string[] nuspecs = Directory.GetFiles(folder, "*.nuspec");
        if (nuspecs.Length != 1)
        {
            throw new GateSetupException($"{folder} is not an unpacked NuGet package: it has {nuspecs.Length} .nuspec files, not one");
        }

        string lib = Path.Combine(folder, "lib");
        string[] assemblies = Directory.Exists(lib) ? Directory.GetFiles(lib, "*.dll", SearchOption.AllDirectories) : Array.Empty<string>();
        if (assemblies.Length != 1)
        {
            throw new GateSetupException($"{folder}: expected one assembly under lib/, found {assemblies.Length}");
        }

        XElement? metadata;
        try
        {
            metadata = XDocument.Load(nuspecs[0]).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        }
        catch (XmlException e)
        {
            throw new GateSetupException($"{nuspecs[0]}: {e.Message}");
        }

        string? id = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value.Trim();
        string? version = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "version")?.Value.Trim();
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(version))
        {
            throw new GateSetupException($"{nuspecs[0]}: no <id> and <version> in <metadata>");
        }

        return (id, version, Path.GetFullPath(assemblies[0]));
    }
}
