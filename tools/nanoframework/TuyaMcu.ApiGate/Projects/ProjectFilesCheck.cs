using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>
/// Check (a): the device build does not glob, so every .cs file in the project's folder must be
/// one of its Compile items, and every Compile item must exist. Files in bin/ and obj/ are not the
/// project's. A nested project's files are: whatever lies under the project's folder is part of it,
/// so a project that nests a library compiles the library's sources too (it must not also reference
/// the nested project, or every type would be declared twice).
/// </summary>
internal static class ProjectFilesCheck
{
    private static readonly string[] IgnoredFolders = { "bin", "obj", "packages" };

    /// <summary>Reports the problems and returns the full paths of the Compile items that exist, in project order.</summary>
    public static IReadOnlyList<string> Run(NfProject project, string repositoryRoot, ViolationList violations)
    {
        string projectFile = RepositoryPath.Relative(repositoryRoot, project.FullPath);
        List<string> onDisk = SourceFiles(project.Directory).ToList();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new List<string>();

        foreach (ProjectItem item in project.CompileItems)
        {
            if (item.Include.IndexOfAny(new[] { '*', '?' }) >= 0)
            {
                violations.Add(projectFile, item.Line, $"Compile item '{item.Include}' is a wildcard: list every file, the device build does not glob");
                continue;
            }

            string fullPath = Path.GetFullPath(Path.Combine(project.Directory, RepositoryPath.FromMsBuild(item.Include)));
            if (!listed.Add(fullPath))
            {
                violations.Add(projectFile, item.Line, $"Compile item '{item.Include}' is listed twice");
            }
            else if (File.Exists(fullPath))
            {
                compiled.Add(fullPath);
            }
            else
            {
                string? other = onDisk.FirstOrDefault(f => string.Equals(f, fullPath, StringComparison.OrdinalIgnoreCase));
                if (other != null)
                {
                    listed.Add(other);
                    violations.Add(projectFile, item.Line,
                        $"Compile item '{item.Include}' differs in case from the file {RepositoryPath.Relative(repositoryRoot, other)}");
                }
                else
                {
                    violations.Add(projectFile, item.Line, $"Compile item '{item.Include}' does not exist");
                }
            }
        }

        int line = project.CompileItems.Count > 0 ? project.CompileItems[0].Line : 1;
        foreach (string file in onDisk.Where(f => !listed.Contains(f)))
        {
            string include = Path.GetRelativePath(project.Directory, file).Replace('/', '\\');
            violations.Add(projectFile, line,
                $"{RepositoryPath.Relative(repositoryRoot, file)} is not a Compile item, so the device build would not compile it: add <Compile Include=\"{include}\" />");
        }

        return compiled;
    }

    /// <summary>The .cs files that belong to the project in <paramref name="directory"/>, in a stable order.</summary>
    public static IEnumerable<string> SourceFiles(string directory)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*.cs").Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        foreach (string sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(sub);
            bool ignored = name.StartsWith('.') || IgnoredFolders.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (!ignored)
            {
                foreach (string file in SourceFiles(sub))
                {
                    yield return file;
                }
            }
        }
    }
}
