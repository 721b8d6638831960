using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TuyaMcu.NanoTest.Tests.Support
{
    /// <summary>
    /// Finds the nanoFramework API inventory (shared/nanoframework-api, beside the repository, never in it):
    /// the folder named by TUYAMCU_API_DIR; else shared/nanoframework-api in a parent of the repository root;
    /// else in a parent of the repository that <c>git remote get-url origin</c> names, when that is a local path.
    /// </summary>
    internal static class ApiInventory
    {
        public const string EnvironmentVariable = "TUYAMCU_API_DIR";
        private static readonly string RelativeFolder = Path.Combine("shared", "nanoframework-api");

        /// <summary>The documentation-comment IDs listed for <paramref name="package"/> (comment lines left out).</summary>
        public static HashSet<string> Read(string package)
        {
            string file = Path.Combine(FindDirectory(), package + ".txt");
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"The API inventory folder has no {package}.txt.", file);
            }

            return File.ReadAllLines(file)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToHashSet(StringComparer.Ordinal);
        }

        public static string FindDirectory()
        {
            var looked = new List<string>();
            string fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Directory.Exists(fromEnvironment)
                    ? fromEnvironment
                    : throw new DirectoryNotFoundException($"{EnvironmentVariable} names {fromEnvironment}, which does not exist.");
            }

            string repositoryRoot = FindRepositoryRoot(AppContext.BaseDirectory);
            string found = repositoryRoot is null ? null : SearchParents(repositoryRoot, looked);
            string origin = found is null && repositoryRoot is not null ? LocalOrigin(repositoryRoot) : null;
            found ??= origin is null ? null : SearchParents(origin, looked);

            return found ?? throw new DirectoryNotFoundException(
                $"Cannot find {RelativeFolder} (the nanoFramework API inventory beside the repository). "
                + $"Set {EnvironmentVariable} to its path. Looked in: "
                + (looked.Count == 0 ? "nowhere (no git repository above " + AppContext.BaseDirectory + ")" : string.Join(", ", looked)));
        }

        private static string FindRepositoryRoot(string start)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
                {
                    return directory.FullName;
                }
            }

            return null;
        }

        private static string SearchParents(string start, List<string> looked)
        {
            for (DirectoryInfo directory = new DirectoryInfo(start).Parent; directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, RelativeFolder);
                looked.Add(candidate);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        // A clone of a local repository (as CI makes) has the original's path as its origin.
        private static string LocalOrigin(string repositoryRoot)
        {
            try
            {
                var git = new ProcessStartInfo("git", "remote get-url origin")
                {
                    WorkingDirectory = repositoryRoot,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using Process process = Process.Start(git);
                string url = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                if (url.StartsWith("file://", StringComparison.Ordinal))
                {
                    url = new Uri(url).LocalPath;
                }

                return process.ExitCode == 0 && Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // no git on this machine
            }
        }
    }
}
