using System;
using System.IO;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// The gate itself, on every .nfproj of this repository: this is how `dotnet test` enforces that
/// the device build would succeed, TuyaMcu.Core compiled against the real core library. It fails
/// (never skips) when the inventory cannot be found.
/// </summary>
public class RepositoryGateTests
{
    [Fact]
    public void Gate_PassesOnEveryProjectOfTheRepository()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = GateCommand.Run(Array.Empty<string>(), GateEnvironment.RepositoryRoot, output, error);

        Assert.True(exit == GateCommand.Clean, $"the API gate failed with exit code {exit}:\n{output}{error}");
    }

    [Fact]
    public void CoreLibraryOnlyProject_IsCompiledAgainstTheRealMscorlib()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string project = Path.Combine(GateEnvironment.RepositoryRoot, "TuyaMcu", "Core", "TuyaMcu.Core.nfproj");

        int exit = GateCommand.Run(new[] { project }, GateEnvironment.RepositoryRoot, output, error);

        Assert.True(exit == GateCommand.Clean, $"the API gate failed with exit code {exit}:\n{output}{error}");
        Assert.StartsWith("api-gate: 1 project (1 compiled against the device's own assemblies), ", output.ToString(), StringComparison.Ordinal);
    }
}
