using System.Collections.Generic;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>Checks (a) and (b) on small projects in a temporary folder.</summary>
public sealed class ProjectChecksTests : System.IDisposable
{
    private const string Clean = "namespace Lib { public static class Numbers { public static int Two() { return 2; } } }";

    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void CleanProject_Passes()
    {
        string project = _repo.WriteLibrary("Lib", ("Numbers.cs", Clean));

        GateResult result = _repo.RunGate(project);

        Expect.None(result.Violations);
        Assert.Equal("api-gate: 1 project (1 compiled against the device's own assemblies), 1 file, 0 violations", result.Summary);
    }

    [Fact]
    public void SourceFileLeftOutOfTheProject_IsReported()
    {
        string project = _repo.WriteLibrary("Lib", ("Numbers.cs", Clean));
        _repo.Write("Lib/Text/Extra.cs", "namespace Lib { }");

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/Lib.nfproj", _repo.LineOf("Lib/Lib.nfproj", "<Compile Include=\"Numbers.cs\""),
            "Lib/Text/Extra.cs is not a Compile item, so the device build would not compile it: add <Compile Include=\"Text\\Extra.cs\" />");
    }

    [Fact]
    public void FilesOfBuildOutput_AreNotTheProjects()
    {
        string project = _repo.WriteLibrary("Lib", ("Numbers.cs", Clean));
        _repo.Write("Lib/obj/Debug/Generated.cs", "namespace Lib { }");
        _repo.Write("Lib/bin/Debug/Copied.cs", "namespace Lib { }");
        _repo.Write("Lib/Inner/obj/Debug/Generated.cs", "namespace Lib { }");

        Expect.None(_repo.RunGate(project).Violations);
    }

    [Fact]
    public void FilesOfANestedProject_MustBeCompileItemsOfTheOuterProjectToo()
    {
        string project = _repo.WriteLibrary("Lib", ("Numbers.cs", Clean));
        _repo.WriteLibrary("Lib/Inner", ("Inner.cs", "namespace Inner { }"));

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/Lib.nfproj", _repo.LineOf("Lib/Lib.nfproj", "<Compile Include=\"Numbers.cs\""),
            "Lib/Inner/Inner.cs is not a Compile item, so the device build would not compile it: add <Compile Include=\"Inner\\Inner.cs\" />");
    }

    [Fact]
    public void CompileItemThatDoesNotExist_IsReported()
    {
        _repo.Write("Lib/Numbers.cs", Clean);
        _repo.WritePackagesConfig("Lib", (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version));
        string project = _repo.WriteProject(
            "Lib/Lib.nfproj",
            new[] { "Numbers.cs", "Protocol\\Missing.cs" },
            new[] { (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version, "mscorlib.dll") });

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/Lib.nfproj", _repo.LineOf("Lib/Lib.nfproj", "Missing.cs"),
            "Compile item 'Protocol\\Missing.cs' does not exist");
    }

    [Fact]
    public void PackageVersionOtherThanTheInventorys_IsReported()
    {
        _repo.Write("Lib/Numbers.cs", Clean);
        _repo.WritePackagesConfig("Lib", (TempRepository.CoreLibrary.Id, "1.0.0"));
        string project = _repo.WriteProject(
            "Lib/Lib.nfproj", new[] { "Numbers.cs" }, new[] { (TempRepository.CoreLibrary.Id, "1.0.0", "mscorlib.dll") });

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/packages.config", _repo.LineOf("Lib/packages.config", "<package "),
            $"package nanoFramework.CoreLibrary 1.0.0 differs from the inventory's version {TempRepository.CoreLibrary.Version}");
    }

    [Fact]
    public void ReferenceToAVersionPackagesConfigDoesNotList_IsReported()
    {
        _repo.Write("Lib/Numbers.cs", Clean);
        _repo.WritePackagesConfig("Lib", (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version));
        string project = _repo.WriteProject(
            "Lib/Lib.nfproj", new[] { "Numbers.cs" }, new[] { (TempRepository.CoreLibrary.Id, "1.0.0", "mscorlib.dll") });

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/Lib.nfproj", _repo.LineOf("Lib/Lib.nfproj", "<Reference "),
            $"points into packages\\nanoFramework.CoreLibrary.1.0.0\\, but packages.config has nanoFramework.CoreLibrary {TempRepository.CoreLibrary.Version}");
    }

    [Fact]
    public void PackageNotInTheInventory_IsReported()
    {
        _repo.Write("Lib/Numbers.cs", Clean);
        _repo.WritePackagesConfig("Lib", (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version), ("nanoFramework.Json", "2.2.0"));
        string project = _repo.WriteProject(
            "Lib/Lib.nfproj", new[] { "Numbers.cs" }, new[] { (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version, "mscorlib.dll") });

        GateResult result = _repo.RunGate(project);

        Expect.Violation(result.Violations, "Lib/packages.config", _repo.LineOf("Lib/packages.config", "nanoFramework.Json"),
            "package nanoFramework.Json is not in the nanoFramework API inventory");
    }

    [Fact]
    public void ApiOfAPackageInPackagesConfigButNotReferenced_IsACompilerError()
    {
        // Only the core library is referenced, so the project is compiled against mscorlib.dll alone.
        string source = "namespace Lib { public static class Texts { public static object Make() { return new System.Text.StringBuilder(); } } }";
        _repo.Write("Lib/Texts.cs", source);
        _repo.WritePackagesConfig("Lib", (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version), ("nanoFramework.System.Text", GateEnvironment.Inventory.Find("nanoFramework.System.Text")!.Version));
        string project = _repo.WriteProject(
            "Lib/Lib.nfproj", new[] { "Texts.cs" }, new[] { (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version, "mscorlib.dll") });

        GateResult result = _repo.RunGate(project);

        Assert.Equal(1, result.DeviceCompiledCount);
        Expect.Violation(result.Violations, "Lib/Texts.cs", 1, "error CS0234: The type or namespace name 'Text' does not exist in the namespace 'System'");
    }

    [Fact]
    public void ProjectWithAPackageNuGetDoesNotServe_IsCompiledOnTheHost_AndJudgedByTheInventory()
    {
        string source = "namespace Lib { public static class Texts {\n public static string Make(string[] p) { var b = new System.Text.StringBuilder(); b.Append(p[0]); return b.ToString(); }\n public static string Join(string[] p) { return string.Join(\",\", p); } } }";
        string project = _repo.WriteLibraryWith("Lib", ("Texts.cs", source), TempRepository.CoreLibrary, GateEnvironment.Inventory.Find("nanoFramework.System.Text")!);

        GateResult result = _repo.RunGate(project);

        Assert.Equal(0, result.DeviceCompiledCount);
        Expect.Violation(result.Violations, "Lib/Texts.cs", 3, "M:System.String.Join(System.String,System.String[]) is not in the nanoFramework API");
        Assert.Single(result.Violations);
    }

    [Fact]
    public void ReferencedProject_IsCompiledAndItsSymbolsAreOwn()
    {
        _repo.WriteLibrary("Lib", ("Numbers.cs", Clean));
        _repo.Write("App/Program.cs", "namespace App { public class Program { public static void Main() { int two = Lib.Numbers.Two(); } } }");
        _repo.WritePackagesConfig("App", (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version));
        string app = _repo.WriteProject(
            "App/App.nfproj", new[] { "Program.cs" }, new[] { (TempRepository.CoreLibrary.Id, TempRepository.CoreLibrary.Version, "mscorlib.dll") }, "Exe");
        string text = System.IO.File.ReadAllText(app).Replace("</Project>", "  <ItemGroup>\n    <ProjectReference Include=\"..\\Lib\\Lib.nfproj\" />\n  </ItemGroup>\n</Project>");
        System.IO.File.WriteAllText(app, text);

        Expect.None(_repo.RunGate(app).Violations);
    }

    [Fact]
    public void PackageWhoseHostBuildIsMissing_IsReportedInsteadOfCompiling()
    {
        var testFramework = GateEnvironment.Inventory.Find("nanoFramework.TestFramework")!;
        string project = _repo.WriteLibraryWith(
            "Tests", ("Tests.cs", "using nanoFramework.TestFramework; [TestClass] public class T { }"), TempRepository.CoreLibrary, testFramework);
        var host = new HostReferences(
            new List<TwinAssembly>(),
            new Dictionary<string, string> { [testFramework.Id] = "nanoFramework.TestFramework.dll is not beside the gate" });

        GateResult result = _repo.RunGate(host, project);

        Expect.Violation(result.Violations, "Tests/Tests.nfproj", _repo.LineOf("Tests/Tests.nfproj", "<Reference Include=\"nanoFramework.TestFramework\""),
            "the code cannot be checked: the project uses nanoFramework.TestFramework, and nanoFramework.TestFramework.dll is not beside the gate");
        Assert.Single(result.Violations);
    }
}
