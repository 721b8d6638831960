using System.Collections.Generic;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>
/// One nanoFramework NuGet package and the documentation-comment IDs of its public API: from a list
/// in the repository's inventory folder, or read from the package's own assembly when NuGet restores
/// it (<see cref="RestoredPackages"/>).
/// </summary>
internal sealed class InventoryPackage
{
    public InventoryPackage(string id, string version, string assemblyName, string source, IReadOnlySet<string> ids, string? assemblyPath = null)
    {
        Id = id;
        Version = version;
        AssemblyName = assemblyName;
        Source = source;
        Ids = ids;
        AssemblyPath = assemblyPath;
    }

    public string Id { get; }

    /// <summary>The released version the API was read from: the one packages.config must name.</summary>
    public string Version { get; }

    /// <summary>The assembly the package ships, the name a .nfproj Reference uses.</summary>
    public string AssemblyName { get; }

    /// <summary>Where the API came from: the list file, or the package's assembly.</summary>
    public string Source { get; }

    public IReadOnlySet<string> Ids { get; }

    /// <summary>
    /// The package's own assembly when it was restored from NuGet, else null. Device code that uses only
    /// such packages is compiled against them, as the device build compiles it.
    /// </summary>
    public string? AssemblyPath { get; }

    public override string ToString() => $"{Id} {Version}";
}
