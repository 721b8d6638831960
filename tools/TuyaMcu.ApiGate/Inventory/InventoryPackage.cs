using System.Collections.Generic;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>One inventory file: a nanoFramework NuGet package and the documentation-comment IDs of its public API.</summary>
internal sealed class InventoryPackage
{
    public InventoryPackage(string id, string version, string assemblyName, string fileName, IReadOnlySet<string> ids)
    {
        Id = id;
        Version = version;
        AssemblyName = assemblyName;
        FileName = fileName;
        Ids = ids;
    }

    public string Id { get; }

    /// <summary>The released version the list was read from: the one packages.config must name.</summary>
    public string Version { get; }

    /// <summary>The assembly the package ships, the name a .nfproj Reference uses.</summary>
    public string AssemblyName { get; }

    public string FileName { get; }

    public IReadOnlySet<string> Ids { get; }

    public override string ToString() => $"{Id} {Version}";
}
