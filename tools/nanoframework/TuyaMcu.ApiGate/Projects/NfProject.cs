using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>
/// What the gate needs from a nanoFramework .nfproj: its explicit Compile, Reference and
/// ProjectReference items (paths as written, with backslashes) and a few properties.
/// </summary>
internal sealed class NfProject
{
    public const string Extension = ".nfproj";

    private NfProject(
        string fullPath,
        string assemblyName,
        string outputType,
        IReadOnlyList<string> defineConstants,
        IReadOnlyList<ProjectItem> compileItems,
        IReadOnlyList<AssemblyReference> references,
        IReadOnlyList<ProjectItem> projectReferences)
    {
        FullPath = fullPath;
        AssemblyName = assemblyName;
        OutputType = outputType;
        DefineConstants = defineConstants;
        CompileItems = compileItems;
        References = references;
        ProjectReferences = projectReferences;
    }

    public string FullPath { get; }

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public string AssemblyName { get; }

    /// <summary>Exe, Library, ... as written (Library when absent).</summary>
    public string OutputType { get; }

    /// <summary>The DefineConstants symbols, without MSBuild property references.</summary>
    public IReadOnlyList<string> DefineConstants { get; }

    public IReadOnlyList<ProjectItem> CompileItems { get; }

    public IReadOnlyList<AssemblyReference> References { get; }

    public IReadOnlyList<ProjectItem> ProjectReferences { get; }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="ProjectFormatException"/> when it is not readable XML.</summary>
    public static NfProject Load(string path)
    {
        string fullPath = Path.GetFullPath(path);
        XElement root = XmlFile.Load(fullPath).Root ?? throw new ProjectFormatException(1, "has no root element");

        return new NfProject(
            fullPath,
            Property(root, "AssemblyName") ?? Path.GetFileNameWithoutExtension(fullPath),
            Property(root, "OutputType") ?? "Library",
            root.Descendants().Where(e => e.Name.LocalName == "DefineConstants").SelectMany(e => Symbols(e.Value)).Distinct().ToList(),
            Items(root, "Compile").ToList(),
            root.Descendants().Where(e => e.Name.LocalName == "Reference" && e.Attribute("Include") != null)
                .Select(e => new AssemblyReference(
                    e.Attribute("Include")!.Value,
                    e.Elements().FirstOrDefault(c => c.Name.LocalName == "HintPath")?.Value.Trim(),
                    XmlFile.LineOf(e)))
                .ToList(),
            Items(root, "ProjectReference").ToList());
    }

    private static string? Property(XElement root, string name) =>
        root.Elements().Where(e => e.Name.LocalName == "PropertyGroup")
            .SelectMany(g => g.Elements())
            .Where(e => e.Name.LocalName == name && e.Value.Trim().Length > 0)
            .Select(e => e.Value.Trim())
            .FirstOrDefault();

    private static IEnumerable<ProjectItem> Items(XElement root, string itemType) =>
        root.Descendants()
            .Where(e => e.Name.LocalName == itemType && e.Attribute("Include") != null)
            .Select(e => new ProjectItem(e.Attribute("Include")!.Value.Trim(), XmlFile.LineOf(e)));

    private static IEnumerable<string> Symbols(string defineConstants) =>
        defineConstants.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !s.Contains("$(", StringComparison.Ordinal));
}
