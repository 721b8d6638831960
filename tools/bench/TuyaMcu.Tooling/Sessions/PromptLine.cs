using System.Globalization;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// One line typed at a session's prompt, split into a command word (lower case) and its
/// arguments, with the checks both prompts make and their one-line errors.
/// </summary>
public sealed class PromptLine
{
    private PromptLine(string text, string command, string[] arguments)
    {
        Text = text;
        Command = command;
        Arguments = arguments;
    }

    /// <summary>The line as typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>The first word in lower case; empty for a blank line.</summary>
    public string Command { get; }

    /// <summary>The words after the first.</summary>
    public string[] Arguments { get; }

    /// <summary>Splits <paramref name="line"/> at white space.</summary>
    public static PromptLine Parse(string line)
    {
        string text = line.Trim();
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0
            ? new PromptLine(text, string.Empty, [])
            : new PromptLine(text, words[0].ToLowerInvariant(), words[1..]);
    }

    /// <summary>
    /// Runs what every prompt understands — a blank line, <c>help</c> (or <c>?</c>), <c>quit</c>
    /// (or <c>exit</c>) — and returns true when the line was one of them; <paramref name="goOn"/>
    /// is then false only for a quit.
    /// </summary>
    public bool TryRunCommon(string help, TextWriter reply, out bool goOn)
    {
        goOn = true;
        switch (Command)
        {
            case "":
                return true;
            case "help":
            case "?":
                reply.WriteLine(help);
                return true;
            case "quit":
            case "exit":
                goOn = !NoArguments(reply);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes "error: <paramref name="message"/>".</summary>
    public static void Error(TextWriter reply, string message) => reply.WriteLine("error: " + message);

    /// <summary>True when there are no arguments; else says so and returns false.</summary>
    public bool NoArguments(TextWriter reply)
    {
        if (Arguments.Length == 0)
        {
            return true;
        }

        Error(reply, $"{Command} takes no arguments, got '{Arguments[0]}'");
        return false;
    }

    /// <summary>True when the only argument is a whole number within [min, max]; else says why not and returns false.</summary>
    public bool TryNumber(string what, long min, long max, TextWriter reply, out long value)
    {
        value = 0;
        if (Arguments.Length != 1)
        {
            Error(reply, $"{Command} takes one argument: {what}");
            return false;
        }

        if (!long.TryParse(Arguments[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            Error(reply, $"{Command}: {what} must be a whole number {min}..{max}, got '{Arguments[0]}'");
            return false;
        }

        return true;
    }

    /// <summary>The unknown-command error.</summary>
    public void Unknown(TextWriter reply) => Error(reply, $"unknown command '{Command}' ('help' lists the commands)");
}
