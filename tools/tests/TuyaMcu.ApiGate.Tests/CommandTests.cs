using System;
using System.IO;
using System.Linq;
using TuyaMcu.ApiGate.Cli;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>The command line: output format and exit codes.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempRepository _repo = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("string M(string[] p) { return string.Join(\",\", p); }", "Lib/Code.cs:3: error CS0117: 'string' does not contain a definition for 'Join'")]
    [InlineData("System.Action<int> report;", "Lib/Code.cs:3: generic type 'Action<int>' is not supported by nanoFramework v1")]
    public void Violations_ArePrintedAsFileLineMessage_WithASummary_AndExitOne(string member, string expected)
    {
        string project = _repo.WriteLibrary("Lib", ("Code.cs", "class C\n{\n    " + member + "\n}\n"));

        int exit = Run("--api", GateEnvironment.Inventory.Directory, project);

        Assert.Equal(GateCommand.Violations, exit);
        string[] lines = _output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Contains(expected, lines);
        Assert.Matches(@"^api-gate: 1 project \(1 compiled against the device's own assemblies\), 1 file, \d+ violations?$", lines[^1]);
        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public void List_PrintsThePackagesApiInTheInventorysFormat()
    {
        var core = TempRepository.CoreLibrary;
        string packageFolder = Path.GetDirectoryName(Path.GetDirectoryName(core.AssemblyPath))!;

        int exit = Run("--list", packageFolder);

        Assert.Equal(GateCommand.Clean, exit);
        string[] lines = _output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal($"# nanoFramework.CoreLibrary {core.Version} (assembly mscorlib), public API as documentation-comment IDs", lines[0]);
        Assert.StartsWith("# source: NuGet package nanoFramework.CoreLibrary", lines[1], StringComparison.Ordinal);
        Assert.Equal(core.Ids.Order(StringComparer.Ordinal), lines.Skip(2));
    }

    [Fact]
    public void List_OfAFolderThatIsNoPackage_ExitsTwo_NamingIt()
    {
        int exit = Run("--list", _repo.Root);

        Assert.Equal(GateCommand.SetupError, exit);
        Assert.Contains($"{_repo.Root} is not an unpacked NuGet package", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CleanProjects_ExitZero()
    {
        _repo.WriteLibrary("Lib", ("Code.cs", "class C { }"));

        int exit = Run("--api", GateEnvironment.Inventory.Directory);

        Assert.True(exit == GateCommand.Clean, _output.ToString());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--api")]
    [InlineData("--list")]
    [InlineData("README.md")]
    [InlineData("Missing/Missing.nfproj")]
    public void BadArgument_ExitsTwo_WithOneLineAndNoStackTrace(string argument)
    {
        int exit = Run(argument);

        Assert.Equal(GateCommand.SetupError, exit);
        string message = _error.ToString().TrimEnd();
        Assert.StartsWith("api-gate: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at TuyaMcu.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void InventoryThatDoesNotExist_ExitsTwo_NamingIt()
    {
        _repo.WriteLibrary("Lib", ("Code.cs", "class C { }"));
        string missing = Path.Combine(_repo.Root, "no-such-inventory");

        int exit = Run("--api", missing);

        Assert.Equal(GateCommand.SetupError, exit);
        Assert.Contains($"--api names {missing}", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExitsZero()
    {
        Assert.Equal(GateCommand.Clean, Run("--help"));
        Assert.Contains("usage:", _output.ToString(), StringComparison.Ordinal);
    }

    private int Run(params string[] args) => GateCommand.Run(args, _repo.Root, _output, _error);
}
