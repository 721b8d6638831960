using TuyaMcu.Cli.Commands;

namespace TuyaMcu.Cli;

/// <summary>Selects the command named by the first argument and runs it, turning bad arguments into exit status 2.</summary>
public static class CommandLine
{
    /// <summary>Every command of the tool.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new DecodeCommand(),
        new EncodeCommand(),
        new BenchCommand(),
        new SimCommand(),
        new Cpn01Command(),
        new Pom01nCommand(),
        new SchemaCommand(),
        new MonitorCommand(),
        new ConsoleCommand(),
        new ModuleCommand(),
        new McuCommand(),
        new WebCommand(),
    ];

    /// <summary>Runs the tool; returns the exit status.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            if (args.Count > 1)
            {
                if (Find(args[1]) is not ICommand topic)
                {
                    console.Error.WriteLine($"tuyamcu help: no command '{args[1]}' (the commands: {string.Join(", ", Commands.Select(c => c.Name))})");
                    return 2;
                }

                console.Out.WriteLine(topic.Usage);
                return 0;
            }

            WriteOverview(console.Out);
            return args.Count == 0 ? 2 : 0;
        }

        ICommand? command = Find(args[0]);
        if (command == null)
        {
            console.Error.WriteLine($"tuyamcu: unknown command '{args[0]}'");
            WriteOverview(console.Error);
            return 2;
        }

        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            console.Out.WriteLine(command.Usage);
            return 0;
        }

        try
        {
            return command.Run(args.Skip(1).ToArray(), console);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"tuyamcu {command.Name}: {e.Message}");
            console.Error.WriteLine($"run 'tuyamcu help {command.Name}' for usage");
            return 2;
        }
    }

    private static ICommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static void WriteOverview(TextWriter output)
    {
        output.WriteLine("usage: tuyamcu <command> [options]");
        output.WriteLine("  'tuyamcu' is this tool installed as a .NET global tool (README.md, \"The host tool\");");
        output.WriteLine("  from a clone without installing: dotnet run --project tools/bench/TuyaMcu.Cli -- <command> [options]");
        output.WriteLine();
        foreach (ICommand c in Commands)
        {
            output.WriteLine($"  {c.Name,-10} {c.Summary}");
        }

        output.WriteLine();
        output.WriteLine("'tuyamcu help <command>' shows a command's options.");
    }
}
