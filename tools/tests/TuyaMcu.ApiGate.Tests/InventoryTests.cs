using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TuyaMcu.ApiGate.Analysis;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// The inventory: the core library's API read from the restored package's mscorlib.dll, in the same
/// documentation-comment ID format as the lists, and the lists in tools/nanoframework/nanoFramework.Api.
/// </summary>
public sealed class InventoryTests : IDisposable
{
    private readonly TempRepository _place = new();

    public void Dispose() => _place.Dispose();

    [Fact]
    public void CoreLibrary_IsReadFromTheRestoredPackagesMscorlib()
    {
        InventoryPackage core = TempRepository.CoreLibrary;

        Assert.Equal("mscorlib.dll", Path.GetFileName(core.AssemblyPath));
        Assert.Contains(Path.Combine(RestoredPackages.FolderName, "nanoFramework.CoreLibrary"), core.AssemblyPath, StringComparison.Ordinal);
        Assert.Equal("mscorlib", core.AssemblyName);
        Assert.Equal("1.17.11", core.Version);
        Assert.DoesNotContain(GateEnvironment.Inventory.Packages, p => p.AssemblyPath == null && p.Id == ApiInventory.CoreLibraryId);
    }

    [Fact]
    public void CoreLibraryIds_AreTheIdsTheChecksCompute_ForTheHostsSameMembers()
    {
        // The API check compares IDs of symbols bound on the host with the inventory: they must be the same strings.
        CSharpCompilation host = CSharpCompilation.Create("ids", references: HostReferences.Runtime);
        INamedTypeSymbol text = host.GetSpecialType(SpecialType.System_String);
        string[] shared =
        {
            DocIds.Of(text)!,
            DocIds.Of(text.GetMembers("Empty").Single())!,
            DocIds.Of(text.GetMembers("Length").Single())!,
            DocIds.Of(text.GetMembers().OfType<IPropertySymbol>().Single(p => p.IsIndexer))!,
            DocIds.Of(text.GetMembers("op_Equality").Single())!,
            DocIds.Of(text.GetMembers("Concat").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == 2 && m.Parameters.All(p => p.Type.SpecialType == SpecialType.System_String)))!,
            DocIds.Of(host.GetTypeByMetadataName("System.Threading.Thread")!.Constructors.Single(c => c.Parameters.Length == 1 && c.Parameters[0].Type.Name == "ThreadStart"))!,
        };

        Assert.Equal(
            new[] { "T:System.String", "F:System.String.Empty", "P:System.String.Length", "P:System.String.Chars(System.Int32)", "M:System.String.op_Equality(System.String,System.String)", "M:System.String.Concat(System.String,System.String)", "M:System.Threading.Thread.#ctor(System.Threading.ThreadStart)" },
            shared);
        Assert.All(shared, id => Assert.Contains(id, TempRepository.CoreLibrary.Ids));
    }

    [Fact]
    public void CoreLibrary_ListsNoAccessors_AndNothingTheDeviceLacks()
    {
        var ids = TempRepository.CoreLibrary.Ids;

        Assert.DoesNotContain("M:System.String.get_Length", ids);
        Assert.DoesNotContain("M:System.String.Join(System.String,System.String[])", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("T:System.Collections.Generic.", StringComparison.Ordinal));
        Assert.True(ids.Count > 1000, $"only {ids.Count} IDs read from mscorlib.dll");
    }

    [Fact]
    public void ListOfARestoredPackage_IsRejected()
    {
        string lists = MakeLists();
        _place.Write("lists/nanoFramework.CoreLibrary.txt", "# nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib)\nT:System.Object\n");

        var error = Assert.Throws<GateSetupException>(() => ApiInventory.Load(lists, GateEnvironment.RestoredPackages));

        Assert.Contains("nanoFramework.CoreLibrary is read from its NuGet package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InventoryWithoutTheCoreLibrary_IsRejected()
    {
        var error = Assert.Throws<GateSetupException>(() => ApiInventory.Load(MakeLists(), Array.Empty<InventoryPackage>()));

        Assert.Contains("has no nanoFramework.CoreLibrary", error.Message, StringComparison.Ordinal);
        Assert.Contains(RestoredPackages.FolderName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenList_ReadsBackAsTheSameApi()
    {
        InventoryPackage core = TempRepository.CoreLibrary;
        string lists = MakeLists();
        using (var writer = new StreamWriter(Path.Combine(lists, "nanoFramework.CoreLibrary.txt")))
        {
            ApiInventory.WriteList(core, writer);
        }

        InventoryPackage read = ApiInventory.Load(lists, Array.Empty<InventoryPackage>()).Find(ApiInventory.CoreLibraryId)!;

        Assert.Equal((core.Id, core.Version, core.AssemblyName), (read.Id, read.Version, read.AssemblyName));
        Assert.True(read.Ids.SetEquals(core.Ids));
        Assert.Null(read.AssemblyPath);
    }

    [Fact]
    public void RepositorysLists_AreTheInventoryFolder_AndHoldNoCoreLibrary()
    {
        string folder = Path.Combine(GateEnvironment.RepositoryRoot, InventoryLocator.RepositoryFolder);

        Assert.Equal(folder, new InventoryLocator(_ => null).Locate(null, GateEnvironment.RepositoryRoot));
        Assert.False(File.Exists(Path.Combine(folder, "nanoFramework.CoreLibrary.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
    }

    private string MakeLists() =>
        Path.GetDirectoryName(_place.Write("lists/nanoFramework.System.Text.txt", "# nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text)\nT:System.Text.StringBuilder\n"))!;
}
