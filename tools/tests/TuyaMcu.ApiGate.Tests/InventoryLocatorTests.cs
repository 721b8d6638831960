using System;
using System.IO;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// Where the package lists are looked for: --api, then TUYAMCU_API_DIR, then tools/nanoframework/nanoFramework.Api in
/// the repository; never beside or above the repository.
/// </summary>
public sealed class InventoryLocatorTests : IDisposable
{
    private readonly TempRepository _place = new();

    public void Dispose() => _place.Dispose();

    [Fact]
    public void ApiOption_ComesFirst()
    {
        string option = MakeInventory("option");
        string environment = MakeInventory("environment");

        string found = Locator(env: environment).Locate(option, Repository("work/main"));

        Assert.Equal(option, found);
    }

    [Fact]
    public void EnvironmentVariable_ComesBeforeTheRepositorysFolder()
    {
        string environment = MakeInventory("environment");
        string repository = Repository("work/main");
        MakeInventory("work/main/tools/nanoframework/nanoFramework.Api");

        string found = Locator(env: environment).Locate(null, repository);

        Assert.Equal(environment, found);
    }

    [Fact]
    public void RepositorysOwnFolder_IsTheDefault()
    {
        string repository = Repository("work/main");
        string own = MakeInventory("work/main/tools/nanoframework/nanoFramework.Api");

        string found = Locator().Locate(null, repository);

        Assert.Equal(own, found);
    }

    [Fact]
    public void FolderBesideTheRepository_IsNotLookedAt()
    {
        MakeInventory("work/shared/nanoframework-api");
        string repository = Repository("work/main");

        var error = Assert.Throws<GateSetupException>(() => Locator().Locate(null, repository));

        Assert.Contains("nanoFramework API inventory not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(repository, "tools", "nanoframework", "nanoFramework.Api"), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("shared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedFolderWithoutLists_IsAnError_NotAReasonToLookFurther()
    {
        string repository = Repository("work/main");
        MakeInventory("work/main/tools/nanoframework/nanoFramework.Api");
        string empty = Path.GetDirectoryName(_place.Write("empty/README.md", "no lists here"))!;

        var error = Assert.Throws<GateSetupException>(() => Locator(env: empty).Locate(null, repository));

        Assert.Contains($"{InventoryLocator.EnvironmentVariable} names {empty}, which has no package list", error.Message, StringComparison.Ordinal);
    }

    private static InventoryLocator Locator(string? env = null) =>
        new(name => name == InventoryLocator.EnvironmentVariable ? env : null);

    private string MakeInventory(string relative)
    {
        string file = _place.Write(relative + "/nanoFramework.System.Text.txt", "# nanoFramework.System.Text 1.0.0 (assembly nanoFramework.System.Text)\n");
        return Path.GetDirectoryName(file)!;
    }

    private string Repository(string relative) => Path.GetDirectoryName(_place.Write(relative + "/TuyaMcu.sln", string.Empty))!;
}
