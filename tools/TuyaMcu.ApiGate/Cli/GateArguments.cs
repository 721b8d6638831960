using System;
using System.Collections.Generic;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>The command line: <c>[--api DIR] [project.nfproj ...]</c>.</summary>
internal sealed class GateArguments
{
    public const string Usage = "usage: dotnet run --project tools/TuyaMcu.ApiGate -- [--api DIR] [project.nfproj ...]";

    private GateArguments(string? apiDirectory, IReadOnlyList<string> projects, bool help)
    {
        ApiDirectory = apiDirectory;
        Projects = projects;
        ShowHelp = help;
    }

    /// <summary>The inventory directory given with --api, or null.</summary>
    public string? ApiDirectory { get; }

    /// <summary>The .nfproj paths as given; empty means every .nfproj in the repository.</summary>
    public IReadOnlyList<string> Projects { get; }

    public bool ShowHelp { get; }

    public static GateArguments Parse(IReadOnlyList<string> args)
    {
        string? api = null;
        var projects = new List<string>();
        bool help = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "-h" || arg == "--help")
            {
                help = true;
            }
            else if (arg == "--api")
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    throw new GateSetupException("--api needs a directory. " + Usage);
                }

                api = args[++i];
            }
            else if (arg.StartsWith("--api=", StringComparison.Ordinal))
            {
                api = arg.Substring("--api=".Length);
                if (api.Length == 0)
                {
                    throw new GateSetupException("--api needs a directory. " + Usage);
                }
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

        return new GateArguments(api, projects, help);
    }
}
