using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Inventory;
using TuyaMcu.ApiGate.Projects;
using TuyaMcu.ApiGate.Reporting;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>
/// The command line: finds the repository, the projects and the inventory, runs the gate and
/// prints one line per violation and a summary; or, with --list, prints the API of an unpacked
/// package in the inventory's list format. Exit codes: 0 clean, 1 violations, 2 usage or
/// environment error (one line on standard error).
/// </summary>
internal static class GateCommand
{
    public const int Clean = 0;
    public const int Violations = 1;
    public const int SetupError = 2;

    public static int Run(IReadOnlyList<string> args, string workingDirectory, TextWriter output, TextWriter error)
    {
        try
        {
            GateArguments arguments = GateArguments.Parse(args);
            if (arguments.ShowHelp)
            {
                output.WriteLine(GateArguments.Usage);
                output.WriteLine("Checks that the device build of each .nfproj (default: every one in the repository) would succeed.");
                output.WriteLine("--list prints the public API of an unpacked nanoFramework package as an inventory list. See tools/nanoframework/TuyaMcu.ApiGate/README.md.");
                return Clean;
            }

            string gateDirectory = Path.GetDirectoryName(typeof(GateCommand).Assembly.Location)!;
            IReadOnlyList<InventoryPackage> restored = RestoredPackages.FromDirectory(gateDirectory);
            if (arguments.ListPackage != null)
            {
                ApiInventory.WriteList(RestoredPackages.Read(Path.GetFullPath(arguments.ListPackage, workingDirectory), restored), output);
                return Clean;
            }

            List<string> projects = arguments.Projects.Select(p => ProjectPath(p, workingDirectory)).ToList();
            string root = RepositoryLocator.Find(projects.Count > 0 ? Path.GetDirectoryName(projects[0])! : workingDirectory);
            if (projects.Count == 0)
            {
                projects = ProjectDiscovery.All(root).ToList();
                if (projects.Count == 0)
                {
                    throw new GateSetupException($"no {NfProject.Extension} file in {root}");
                }
            }

            string? api = arguments.ApiDirectory == null ? null : Path.GetFullPath(arguments.ApiDirectory, workingDirectory);
            ApiInventory inventory = ApiInventory.Load(InventoryLocator.Default.Locate(api, root), restored);
            HostReferences host = HostReferences.FromDirectory(gateDirectory);

            GateResult result = new Gate(root, inventory, host).Run(projects);
            foreach (Violation violation in result.Violations)
            {
                output.WriteLine(violation);
            }

            output.WriteLine(result.Summary);
            return result.Violations.Count == 0 ? Clean : Violations;
        }
        catch (GateSetupException e)
        {
            error.WriteLine("api-gate: " + e.Message);
            return SetupError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("api-gate: " + e.Message);
            return SetupError;
        }
    }

    private static string ProjectPath(string argument, string workingDirectory)
    {
        string path = Path.GetFullPath(argument, workingDirectory);
        if (!path.EndsWith(NfProject.Extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new GateSetupException($"not a {NfProject.Extension} file: {argument}. {GateArguments.Usage}");
        }

        if (!File.Exists(path))
        {
            throw new GateSetupException($"no such project: {argument}");
        }

        return path;
    }
}
