using System;
using System.IO;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>The order in which the inventory is looked for: --api, TUYAMCU_API_DIR, shared/ above the repository, shared/ above its local origin.</summary>
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
    public void EnvironmentVariable_ComesBeforeTheWalk()
    {
        string environment = MakeInventory("environment");
        MakeInventory("work/shared/nanoframework-api");

        string found = Locator(env: environment).Locate(null, Repository("work/main"));

        Assert.Equal(environment, found);
    }

    [Fact]
    public void SharedFolder_IsFoundInAParentOfTheRepository()
    {
        string shared = MakeInventory("work/shared/nanoframework-api");

        string found = Locator().Locate(null, Repository("work/deep/main"));

        Assert.Equal(shared, found);
    }

    [Fact]
    public void SharedFolder_IsFoundAboveTheLocalOriginOfAClone()
    {
        string shared = MakeInventory("work/shared/nanoframework-api");
        string origin = Repository("work/main");

        string found = Locator(origin: origin).Locate(null, Repository("ci/clone"));

        Assert.Equal(shared, found);
    }

    [Fact]
    public void NothingFound_NamesWhatWasTried()
    {
        var error = Assert.Throws<GateSetupException>(() => Locator().Locate(null, Repository("ci/clone")));

        Assert.Contains("nanoFramework API inventory not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_place.Root, "ci", "shared", "nanoframework-api"), error.Message, StringComparison.Ordinal);
        Assert.Contains("no local 'origin' remote", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/tuya/TuyaMcu.git", false)]
    [InlineData("git@example.com:tuya/TuyaMcu.git", false)]
    [InlineData("file://{root}", true)]
    [InlineData("{root}", true)]
    public void Origin_IsLocalOnlyForPathsAndFileUrls(string url, bool local)
    {
        string resolved = url.Replace("{root}", _place.Root, StringComparison.Ordinal);

        Assert.Equal(local, GitOrigin.ToLocalDirectory(resolved, _place.Root) != null);
    }

    private static InventoryLocator Locator(string? env = null, string? origin = null) =>
        new(name => name == InventoryLocator.EnvironmentVariable ? env : null, _ => origin);

    private string MakeInventory(string relative)
    {
        string file = _place.Write(relative + "/" + InventoryLocator.MarkerFile, "# nanoFramework.CoreLibrary 1.0.0 (assembly mscorlib)\n");
        return Path.GetDirectoryName(file)!;
    }

    private string Repository(string relative) => Path.GetDirectoryName(_place.Write(relative + "/TuyaMcu.sln", string.Empty))!;
}
