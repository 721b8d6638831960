using System;
using System.Collections.Generic;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>The command line: <c>[--api DIR] [project.nfproj ...]</c>, or <c>--list PACKAGE_DIR</c>.</summary>
internal sealed class GateArguments
{
    public const string Usage =
        "usage: dotnet run --project tools/nanoframework/TuyaMcu.ApiGate -- [--api DIR] [project.nfproj ...] | --list PACKAGE_DIR";

    private GateArguments(string? apiDirectory, string? listPackage, IReadOnlyList<string> projects, bool help)
    {
        ApiDirectory = apiDirectory;
        ListPackage = listPackage;
        Projects = projects;
        ShowHelp = help;
    }

    /// <summary>The inventory directory given with --api, or null.</summary>
    public string? ApiDirectory { get; }

    /// <summary>The unpacked package given with --list, whose API is printed as an inventory list; or null.</summary>
    public string? ListPackage { get; }

    /// <summary>The .nfproj paths as given; empty means every .nfproj in the repository.</summary>
    public IReadOnlyList<string> Projects { get; }

    public bool ShowHelp { get; }

    public static GateArguments Parse(IReadOnlyList<string> args)
    {
        string? api = null;
        string? list = null;
        var projects = new List<string>();
        bool help = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "-h" || arg == "--help")
            {
                help = true;
            }
            else if (arg == "--api" || arg.StartsWith("--api=", StringComparison.Ordinal))
            {
                api = Value(args, ref i, "--api");
            }
            else if (arg == "--list" || arg.StartsWith("--list=", StringComparison.Ordinal))
            {
                list = Value(args, ref i, "--list");
            }
            else if (arg.StartsWith('-'))
            {
                throw new GateSetupException($"unknown option '{arg}'. " + Usage);
            }
            else
            {
                projects.Add(arg);
            }
        }

        if (list != null && (api != null || projects.Count > 0))
        {
            throw new GateSetupException("--list takes no project and no --api. " + Usage);
        }

        return new GateArguments(api, list, projects, help);
    }

    /// <summary>The directory of an option written as <c>--name DIR</c> or <c>--name=DIR</c>.</summary>
    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        string value = args[i].Length > option.Length
            ? args[i].Substring(option.Length + 1)
            : i + 1 < args.Count ? args[++i] : string.Empty;
        if (value.Length == 0)
        {
            throw new GateSetupException($"{option} needs a directory. " + Usage);
        }

        return value;
    }
}
