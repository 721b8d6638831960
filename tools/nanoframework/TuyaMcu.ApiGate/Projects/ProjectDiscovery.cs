using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TuyaMcu.ApiGate.Projects;

/// <summary>Finds every .nfproj in the repository, leaving out build output, restored packages and hidden folders.</summary>
internal static class ProjectDiscovery
{
    private static readonly string[] Skipped = { "bin", "obj", "packages" };

    public static IReadOnlyList<string> All(string repositoryRoot)
    {
        var found = new List<string>();
        Walk(repositoryRoot, found);
        return found.Order(StringComparer.Ordinal).ToList();
    }

    private static void Walk(string directory, List<string> found)
    {
        found.AddRange(Directory.EnumerateFiles(directory, "*" + NfProject.Extension));
        foreach (string sub in Directory.EnumerateDirectories(directory))
        {
            string name = Path.GetFileName(sub);
            if (!name.StartsWith('.') && !Skipped.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                Walk(sub, found);
            }
        }
    }
}
