namespace TuyaMcu.Cli;

/// <summary>The streams a command talks to, so tests can run commands in-process.</summary>
public sealed class CliConsole(TextReader input, TextWriter output, TextWriter error)
{
    /// <summary>Standard input.</summary>
    public TextReader In { get; } = input;

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>The process's own console; typed input is handed out a line at a time as it is entered.</summary>
    public static CliConsole System() =>
        new(Console.IsInputRedirected ? Console.In : new TerminalLineReader(Console.In), Console.Out, Console.Error);
}
