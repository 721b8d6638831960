using System;
using System.IO;
using System.Linq;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>
/// Finds the folder of package lists, the part of the nanoFramework API inventory that is the
/// repository's own data: <c>tools/nanoframework/nanoFramework.Api</c> in the repository, unless <c>--api DIR</c>
/// or the TUYAMCU_API_DIR environment variable names another folder (to try refreshed lists). Nothing
/// outside the repository is looked at unless it is named.
/// </summary>
internal sealed class InventoryLocator
{
    public const string EnvironmentVariable = "TUYAMCU_API_DIR";

    /// <summary>The inventory folder, relative to the repository root.</summary>
    public static readonly string RepositoryFolder = Path.Combine("tools", "nanoframework", "nanoFramework.Api");

    private readonly Func<string, string?> _environment;

    public InventoryLocator(Func<string, string?> environment)
    {
        _environment = environment;
    }

    /// <summary>The locator the command line uses: the process environment.</summary>
    public static InventoryLocator Default { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>Returns the folder of package lists, or throws naming the folder that has none.</summary>
    public string Locate(string? apiOption, string repositoryRoot)
    {
        if (apiOption != null)
        {
            return Checked(Path.GetFullPath(apiOption), "--api names");
        }

        string? fromEnvironment = _environment(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Checked(Path.GetFullPath(fromEnvironment), EnvironmentVariable + " names");
        }

        return Checked(Path.Combine(repositoryRoot, RepositoryFolder), "the repository's inventory folder is");
    }

    private static string Checked(string directory, string source)
    {
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "*.txt").Any())
        {
            throw new GateSetupException($"nanoFramework API inventory not found: {source} {directory}, which has no package list (*.txt)");
        }

        return directory;
    }
}
