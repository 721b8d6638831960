using System;
using System.IO;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// The gate itself, on every .nfproj of this repository: this is how `dotnet test` enforces that
/// the device build would succeed. It fails (never skips) when the inventory cannot be found.
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
}
