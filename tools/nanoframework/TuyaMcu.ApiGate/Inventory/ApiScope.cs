using System.Collections.Generic;
using System.Linq;

namespace TuyaMcu.ApiGate.Inventory;

/// <summary>The packages a project has: the API its code may use.</summary>
internal sealed class ApiScope
{
    public ApiScope(IEnumerable<InventoryPackage> packages)
    {
        Packages = packages.Distinct().OrderBy(p => p.Id, System.StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<InventoryPackage> Packages { get; }

    public bool Contains(string docId) => Packages.Any(p => p.Ids.Contains(docId));

    public bool Has(string packageId) => Packages.Any(p => string.Equals(p.Id, packageId, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>"nanoFramework.CoreLibrary 1.17.11, ..." or "none".</summary>
    public string Describe() => Packages.Count == 0 ? "none" : string.Join(", ", Packages);
}
