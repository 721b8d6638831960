namespace TuyaMcu.HostTests.Support;

/// <summary>Files of the repository the tests run from (found upwards from the test's output folder).</summary>
public static class Repository
{
    /// <summary>The repository's root: the folder that holds TuyaMcu.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relative"/> (with '/' separators) under the root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TuyaMcu.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no TuyaMcu.sln above {AppContext.BaseDirectory}");
    }
}
