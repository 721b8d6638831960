using System.Globalization;

namespace TuyaMcu.Cli;

/// <summary>
/// The arguments of one command: positional words, <c>--name value</c> options and
/// <c>--flag</c> switches. Anything not declared by the command is rejected by name.
/// </summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArgs(List<string> positionals)
    {
        Positionals = positionals;
    }

    /// <summary>Words that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>
    /// Parses <paramref name="args"/>. <paramref name="valueOptions"/> take a value (as
    /// <c>--x v</c> or <c>--x=v</c>); <paramref name="flags"/> take none.
    /// </summary>
    public static CommandArgs Parse(IReadOnlyList<string> args, string[] valueOptions, string[] flags)
    {
        var positionals = new List<string>();
        var result = new CommandArgs(positionals);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positionals.Add(arg);
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=');
            if (equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            if (flags.Contains(name))
            {
                if (inlineValue != null)
                {
                    throw new UsageException($"{name} takes no value");
                }

                result._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                if (result._values.ContainsKey(name))
                {
                    throw new UsageException($"{name} given twice");
                }

                result._values[name] = value;
            }
            else
            {
                string known = string.Join(", ", valueOptions.Concat(flags));
                throw new UsageException($"unknown option {name}" + (known.Length > 0 ? $" (this command takes {known})" : " (this command takes no options)"));
            }
        }

        return result;
    }

    /// <summary>True when the switch was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The option's value, or null.</summary>
    public string? Get(string option) => _values.TryGetValue(option, out string? value) ? value : null;

    /// <summary>The option's value, or an error naming it.</summary>
    public string Require(string option) => Get(option) ?? throw new UsageException($"{option} is required");

    /// <summary>
    /// The value of an option that names a file, directory or device, or null when it was not given;
    /// a blank value is an error ("--state needs a directory"), as no such thing has an empty name.
    /// </summary>
    public string? GetName(string option, string what)
    {
        string? value = Get(option);
        return value == null || value.Trim().Length > 0 ? value : throw new UsageException($"{option} needs a {what}");
    }

    /// <summary>An integer option (decimal, or hex with 0x) within [min, max], or the default.</summary>
    public long GetInteger(string option, long defaultValue, long min, long max)
    {
        string? text = Get(option);
        return text == null ? defaultValue : ParseInteger(option, text, min, max);
    }

    /// <summary>A number option within [min, max], or the default.</summary>
    public double GetNumber(string option, double defaultValue, double min, double max)
    {
        string? text = Get(option);
        if (text == null)
        {
            return defaultValue;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value))
        {
            throw new UsageException($"{option} must be a number, got '{text}'");
        }

        if (value < min || value > max)
        {
            throw new UsageException($"{option} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, got {text}");
        }

        return value;
    }

    /// <summary>Parses an integer (decimal, or hex with 0x) within [min, max], naming <paramref name="what"/> on error.</summary>
    public static long ParseInteger(string what, string text, long min, long max)
    {
        bool ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long value)
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        if (!ok)
        {
            throw new UsageException($"{what} must be an integer, got '{text}'");
        }

        if (value < min || value > max)
        {
            throw new UsageException($"{what} must be {min}..{max}, got {text}");
        }

        return value;
    }

    /// <summary>Rejects positional words for a command that takes none.</summary>
    public void RejectPositionals(string command)
    {
        if (Positionals.Count > 0)
        {
            throw new UsageException($"{command} takes no arguments, got '{Positionals[0]}'");
        }
    }
}
