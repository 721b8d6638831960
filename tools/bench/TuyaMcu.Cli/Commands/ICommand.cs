namespace TuyaMcu.Cli.Commands;

/// <summary>One verb of the tool.</summary>
public interface ICommand
{
    /// <summary>The word that selects it.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full usage text.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the verb; returns the exit status. Throws <see cref="UsageException"/> for bad arguments.</summary>
    int Run(IReadOnlyList<string> args, CliConsole console);
}
