using System.IO;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>Finds the repository root: the directory holding TuyaMcu.sln, walking up.</summary>
internal static class RepositoryLocator
{
    public const string SolutionFileName = "TuyaMcu.sln";

    /// <summary>
    /// Walks up from <paramref name="start"/> to the directory that holds TuyaMcu.sln. Until the
    /// solution exists, the top of the git work tree (the directory holding .git) stands in for it.
    /// </summary>
    public static string Find(string start)
    {
        string? solutionRoot = WalkUp(start, dir => File.Exists(Path.Combine(dir, SolutionFileName)));
        string? root = solutionRoot ?? WalkUp(start, dir => Path.Exists(Path.Combine(dir, ".git")));
        return root ?? throw new GateSetupException(
            $"no repository root: neither {SolutionFileName} nor .git found in {start} or any directory above it");
    }

    private static string? WalkUp(string start, System.Func<string, bool> isRoot)
    {
        for (DirectoryInfo? dir = new DirectoryInfo(Path.GetFullPath(start)); dir != null; dir = dir.Parent)
        {
            if (isRoot(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
