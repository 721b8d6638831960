using System;
using System.Collections.Generic;
using System.IO;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>
/// What the tests share with the gate: the repository this test assembly was built in, the
/// inventory found the way the gate finds it (the repository's lists and the packages restored beside
/// the gate), and the host references beside the gate. A missing inventory makes the tests fail with
/// the gate's own message.
/// </summary>
internal static class GateEnvironment
{
    private static readonly Lazy<string> Root = new(() => RepositoryLocator.Find(AppContext.BaseDirectory));
    private static readonly Lazy<IReadOnlyList<InventoryPackage>> Restored = new(() => ApiGate.Inventory.RestoredPackages.FromDirectory(GateDirectory));
    private static readonly Lazy<ApiInventory> LoadedInventory = new(() => ApiInventory.Load(InventoryLocator.Default.Locate(null, Root.Value), Restored.Value));
    private static readonly Lazy<HostReferences> Host = new(() => HostReferences.FromDirectory(GateDirectory));

    public static string RepositoryRoot => Root.Value;

    public static ApiInventory Inventory => LoadedInventory.Value;

    /// <summary>The packages restored from NuGet beside the gate (the core library).</summary>
    public static IReadOnlyList<InventoryPackage> RestoredPackages => Restored.Value;

    /// <summary>The runtime, the API twins and the TestFramework host build, as the gate finds them beside itself.</summary>
    public static HostReferences HostReferences => Host.Value;

    public static string GateDirectory => Path.GetDirectoryName(typeof(Gate).Assembly.Location)!;
}
