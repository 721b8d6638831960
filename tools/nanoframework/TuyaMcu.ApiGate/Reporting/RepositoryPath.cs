using System;
using System.IO;

namespace TuyaMcu.ApiGate.Reporting;

/// <summary>Turns full paths into the repository-relative, forward-slash form every message uses.</summary>
internal static class RepositoryPath
{
    public static string Relative(string repositoryRoot, string fullPath)
    {
        string relative = Path.GetRelativePath(repositoryRoot, fullPath);
        return relative.Replace('\\', '/');
    }

    /// <summary>A path from an MSBuild item (backslashes on any OS) in this machine's form.</summary>
    public static string FromMsBuild(string itemPath) =>
        itemPath.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);

    public static bool IsUnder(string directory, string fullPath)
    {
        string prefix = Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(prefix, StringComparison.Ordinal);
    }
}
