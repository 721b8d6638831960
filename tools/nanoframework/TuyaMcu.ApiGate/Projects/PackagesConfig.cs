using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>A project's packages.config: the nanoFramework packages restored into packages/ at the repository root.</summary>
internal sealed class PackagesConfig
{
    public const string FileName = "packages.config";

    private PackagesConfig(string fullPath, bool exists, IReadOnlyList<PackageEntry> packages)
    {
        FullPath = fullPath;
        Exists = exists;
        Packages = packages;
    }

    public string FullPath { get; }

    public bool Exists { get; }

    public IReadOnlyList<PackageEntry> Packages { get; }

    /// <summary>Reads the packages.config beside a project; an absent file reads as one with no packages.</summary>
    public static PackagesConfig LoadFor(NfProject project)
    {
        string path = Path.Combine(project.Directory, FileName);
        if (!File.Exists(path))
        {
            return Empty(project);
        }

        XElement root = XmlFile.Load(path).Root ?? throw new ProjectFormatException(1, "has no root element");
        List<PackageEntry> packages = root.Elements()
            .Where(e => e.Name.LocalName == "package")
            .Select(e => new PackageEntry(
                e.Attribute("id")?.Value ?? string.Empty,
                e.Attribute("version")?.Value ?? string.Empty,
                XmlFile.LineOf(e)))
            .ToList();
        return new PackagesConfig(path, true, packages);
    }

    /// <summary>No packages: what an absent (or unreadable, already reported) packages.config amounts to.</summary>
    public static PackagesConfig Empty(NfProject project) =>
        new(Path.Combine(project.Directory, FileName), false, new List<PackageEntry>());
}
