using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>A throwaway repository in a temporary folder (TuyaMcu.sln, .nfproj files, packages.config, sources) to run the gate on.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "api-gate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("TuyaMcu.sln", string.Empty);
    }

    public string Root { get; }

    /// <summary>The inventory's core library, which every project has.</summary>
    public static InventoryPackage CoreLibrary => GateEnvironment.Inventory.Find("nanoFramework.CoreLibrary")!;

    /// <summary>Writes a file (path relative to the root, forward slashes) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Writes an .nfproj in the layout of the real ones: Compile items as given (backslashes), a
    /// Reference with a HintPath into packages\&lt;Id&gt;.&lt;Version&gt;\ for each package.
    /// </summary>
    public string WriteProject(string relativePath, IEnumerable<string> compileItems, IEnumerable<(string Id, string Version, string Assembly)> references, string outputType = "Library")
    {
        int depth = relativePath.Count(c => c == '/');
        string up = string.Concat(Enumerable.Repeat("..\\", depth));
        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.AppendLine("<Project ToolsVersion=\"Current\" DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">");
        xml.AppendLine("  <PropertyGroup>");
        xml.AppendLine($"    <OutputType>{outputType}</OutputType>");
        xml.AppendLine($"    <AssemblyName>{Path.GetFileNameWithoutExtension(relativePath)}</AssemblyName>");
        xml.AppendLine("  </PropertyGroup>");
        xml.AppendLine("  <ItemGroup>");
        foreach (string item in compileItems)
        {
            xml.AppendLine($"    <Compile Include=\"{item}\" />");
        }

        xml.AppendLine("  </ItemGroup>");
        xml.AppendLine("  <ItemGroup>");
        foreach ((string id, string version, string assembly) in references)
        {
            xml.AppendLine($"    <Reference Include=\"{Path.GetFileNameWithoutExtension(assembly)}\">");
            xml.AppendLine($"      <HintPath>{up}packages\\{id}.{version}\\lib\\{assembly}</HintPath>");
            xml.AppendLine("    </Reference>");
        }

        xml.AppendLine("  </ItemGroup>");
        xml.AppendLine("</Project>");
        return Write(relativePath, xml.ToString());
    }

    /// <summary>Writes packages.config in <paramref name="directory"/> (relative to the root).</summary>
    public string WritePackagesConfig(string directory, params (string Id, string Version)[] packages)
    {
        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.AppendLine("<packages>");
        foreach ((string id, string version) in packages)
        {
            xml.AppendLine($"  <package id=\"{id}\" version=\"{version}\" targetFramework=\"netnano1.0\" />");
        }

        xml.AppendLine("</packages>");
        return Write(directory + "/packages.config", xml.ToString());
    }

    /// <summary>A library project in <paramref name="directory"/> with the core library and the given sources (relative to the project).</summary>
    public string WriteLibrary(string directory, params (string Path, string Text)[] sources)
    {
        foreach ((string path, string text) in sources)
        {
            Write(directory + "/" + path, text);
        }

        WritePackagesConfig(directory, (CoreLibrary.Id, CoreLibrary.Version));
        return WriteProject(
            directory + "/" + Path.GetFileName(directory) + ".nfproj",
            sources.Select(s => s.Path.Replace('/', '\\')),
            new[] { (CoreLibrary.Id, CoreLibrary.Version, CoreLibrary.AssemblyName + ".dll") });
    }

    /// <summary>
    /// A library project in <paramref name="directory"/> with one source file, which has the given
    /// packages: each in packages.config and referenced by its assembly.
    /// </summary>
    public string WriteLibraryWith(string directory, (string Path, string Text) source, params InventoryPackage[] packages)
    {
        Write(directory + "/" + source.Path, source.Text);
        WritePackagesConfig(directory, packages.Select(p => (p.Id, p.Version)).ToArray());
        return WriteProject(
            directory + "/" + Path.GetFileName(directory) + ".nfproj",
            new[] { source.Path.Replace('/', '\\') },
            packages.Select(p => (p.Id, p.Version, p.AssemblyName + ".dll")));
    }

    /// <summary>Runs the gate on the given projects with no twin assemblies (so only these projects are judged).</summary>
    public GateResult RunGate(params string[] projects) => RunGate(new HostReferences(new List<TwinAssembly>()), projects);

    public GateResult RunGate(HostReferences host, params string[] projects) =>
        new Gate(Root, GateEnvironment.Inventory, host).Run(projects);

    /// <summary>The 1-based line of the first line of <paramref name="file"/> containing <paramref name="fragment"/>.</summary>
    public int LineOf(string file, string fragment) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Root, file)), l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temporary folder is harmless
        }
    }
}
