using System;
using System.Collections.Generic;
using System.IO;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>
/// Finds the nanoFramework API inventory directory. In order: --api, the TUYAMCU_API_DIR
/// environment variable, then <c>shared/nanoframework-api</c> in the repository root's parent or any
/// directory above it, then the same walk from the path of the <c>origin</c> remote when that is a
/// local path (CI builds a clean clone of the developer's repository, which has shared/ beside it).
/// </summary>
internal sealed class InventoryLocator
{
    public const string EnvironmentVariable = "TUYAMCU_API_DIR";

    /// <summary>The file every inventory directory has (every project needs the core library).</summary>
    public const string MarkerFile = "nanoFramework.CoreLibrary.txt";

    private static readonly string SharedRelativePath = Path.Combine("shared", "nanoframework-api");

    private readonly Func<string, string?> _environment;
    private readonly Func<string, string?> _originOf;

    public InventoryLocator(Func<string, string?> environment, Func<string, string?> originOf)
    {
        _environment = environment;
        _originOf = originOf;
    }

    /// <summary>The locator the command line uses: the process environment and git.</summary>
    public static InventoryLocator Default { get; } = new(Environment.GetEnvironmentVariable, GitOrigin.LocalPath);

    /// <summary>Returns the inventory directory, or throws naming every place it looked.</summary>
    public string Locate(string? apiOption, string repositoryRoot)
    {
        if (apiOption != null)
        {
            return Explicit(Path.GetFullPath(apiOption), "--api");
        }

        string? fromEnvironment = _environment(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Explicit(Path.GetFullPath(fromEnvironment), EnvironmentVariable);
        }

        var tried = new List<string>();
        string? found = WalkUp(repositoryRoot, tried);
        if (found != null)
        {
            return found;
        }

        string? origin = _originOf(repositoryRoot);
        if (origin != null)
        {
            found = WalkUp(origin, tried);
            if (found != null)
            {
                return found;
            }
        }
        else
        {
            tried.Add("no local 'origin' remote");
        }

        throw new GateSetupException(
            $"nanoFramework API inventory not found: no --api, {EnvironmentVariable} not set, and no {MarkerFile} in "
            + string.Join(", ", tried));
    }

    private static string Explicit(string directory, string source)
    {
        if (!IsInventory(directory))
        {
            throw new GateSetupException($"nanoFramework API inventory not found: {source} names {directory}, which has no {MarkerFile}");
        }

        return directory;
    }

    /// <summary>Looks for shared/nanoframework-api in the parent of <paramref name="from"/> and each directory above.</summary>
    private static string? WalkUp(string from, List<string> tried)
    {
        for (DirectoryInfo? dir = new DirectoryInfo(Path.GetFullPath(from)).Parent; dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, SharedRelativePath);
            if (IsInventory(candidate))
            {
                return candidate;
            }

            tried.Add(candidate);
        }

        return null;
    }

    private static bool IsInventory(string directory) => File.Exists(Path.Combine(directory, MarkerFile));
}
