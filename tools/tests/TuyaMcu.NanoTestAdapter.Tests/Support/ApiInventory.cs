using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TuyaMcu.NanoTest.Tests.Support
{
    /// <summary>
    /// Reads the repository's nanoFramework API inventory (tools/nanoframework/nanoFramework.Api, see its README), or the
    /// folder TUYAMCU_API_DIR names instead: the same places the API gate reads it from.
    /// </summary>
    internal static class ApiInventory
    {
        public const string EnvironmentVariable = "TUYAMCU_API_DIR";
        private const string SolutionFile = "TuyaMcu.sln";
        private static readonly string RepositoryFolder = Path.Combine("tools", "nanoframework", "nanoFramework.Api");

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
            string fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Directory.Exists(fromEnvironment)
                    ? fromEnvironment
                    : throw new DirectoryNotFoundException($"{EnvironmentVariable} names {fromEnvironment}, which does not exist.");
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    string inventory = Path.Combine(directory.FullName, RepositoryFolder);
                    return Directory.Exists(inventory)
                        ? inventory
                        : throw new DirectoryNotFoundException($"The repository at {directory.FullName} has no {RepositoryFolder}.");
                }
            }

            throw new DirectoryNotFoundException($"No {SolutionFile} in {AppContext.BaseDirectory} or any folder above it: cannot find the repository's {RepositoryFolder}.");
        }
    }
}
