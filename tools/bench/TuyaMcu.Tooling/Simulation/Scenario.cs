using System.Globalization;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// A scripted simulation: one timed action per line, e.g.
/// <code>
/// # time      action
/// 00:05:00    open
/// 00:07:30    close
/// 1h          pulses 250
/// 2h          dp report_interval=600
/// 3h          downlink 0100003C
/// 4h          offline 30m
/// 5h          reset-module
/// 5h30m       hang-module
/// 6h          battery 15
/// 1d 02:00:00 battery-check
/// </code>
/// Times are offsets from the start: [Nd ]HH:MM:SS[.mmm], or a number with ms, s, m, h or d.
/// </summary>
public sealed class Scenario
{
    /// <summary>Largest scenario file read.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Most pulses one line may add: the CPN01's total is a 24-bit count, so more would wrap it in one step.</summary>
    public const long MaxPulses = 16_777_215;

    /// <summary>The longest time or duration a line may give: 100 years, ms.</summary>
    private const long MaxDurationMs = 100L * 365 * 86_400_000;

    /// <summary>Actions a line may name.</summary>
    public static readonly string[] Actions = ["open", "close", "pulses", "dp", "downlink", "offline", "reset-module", "hang-module", "battery", "battery-check", "outage", "brown-out", "button"];

    /// <summary>One scripted action.</summary>
    public sealed record Step(int Line, long AtMs, string Action, string Argument);

    /// <summary>The steps, in time order (stable for equal times).</summary>
    public IReadOnlyList<Step> Steps { get; }

    private Scenario(List<Step> steps) => Steps = steps;

    /// <summary>Parses scenario text; throws <see cref="FormatException"/> naming the line.</summary>
    public static Scenario Parse(string text)
    {
        var steps = new List<Step>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash].Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            string[] words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            int at = 0;
            long time;
            string first = words[0];
            if (first.EndsWith("d", StringComparison.OrdinalIgnoreCase) && words.Length > 1 && words[1].Contains(':'))
            {
                time = Duration(first, i + 1) + Duration(words[1], i + 1);
                at = 2;
            }
            else
            {
                time = Duration(first, i + 1);
                at = 1;
            }

            if (at >= words.Length)
            {
                throw new FormatException($"scenario line {i + 1}: no action after the time");
            }

            string action = words[at].ToLowerInvariant();
            if (!Actions.Contains(action))
            {
                throw new FormatException($"scenario line {i + 1}: unknown action '{words[at]}' (one of: {string.Join(", ", Actions)})");
            }

            string argument = string.Join(' ', words.Skip(at + 1));
            CheckArgument(action, argument, i + 1);
            steps.Add(new Step(i + 1, time, action, argument));
        }

        return new Scenario(steps.OrderBy(s => s.AtMs).ThenBy(s => s.Line).ToList());
    }

    /// <summary>Parses a duration or time of day: [Nd ]HH:MM:SS[.mmm], or a number with ms, s, m, h or d.</summary>
    public static long Duration(string text, int line)
    {
        if (text.Contains(':'))
        {
            if (TimeSpan.TryParseExact(text, [@"h\:mm\:ss", @"hh\:mm\:ss", @"h\:mm\:ss\.fff", @"hh\:mm\:ss\.fff", @"h\:mm", @"hh\:mm"], CultureInfo.InvariantCulture, out TimeSpan span))
            {
                return (long)span.TotalMilliseconds;
            }

            throw new FormatException($"scenario line {line}: '{text}' is not a time (HH:MM:SS)");
        }

        (string unit, long factor)[] units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)];
        foreach (var (unit, factor) in units)
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && value >= 0)
            {
                // Far beyond any run, and small enough that adding it to a time cannot overflow.
                return value * factor <= MaxDurationMs
                    ? (long)(value * factor)
                    : throw new FormatException($"scenario line {line}: '{text}' is longer than 100 years");
            }
        }

        throw new FormatException($"scenario line {line}: '{text}' is not a time (HH:MM:SS, or a number with ms, s, m, h or d)");
    }

    private static void CheckArgument(string action, string argument, int line)
    {
        bool ok = action switch
        {
            "open" or "close" or "reset-module" or "hang-module" or "battery-check" => argument.Length == 0,
            "pulses" => long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out long pulses) && pulses > 0 && pulses <= MaxPulses,
            "battery" => int.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int percent) && percent >= -1 && percent <= 100,
            "dp" => argument.Contains('='),
            "downlink" => argument.Length > 0 && argument.Length % 2 == 0 && argument.All(Uri.IsHexDigit),
            "offline" or "outage" or "brown-out" or "button" => argument.Length > 0 && Duration(argument, line) > 0,
            _ => false,
        };
        if (!ok)
        {
            string expected = action switch
            {
                "pulses" => $"a positive number of pulses, at most {MaxPulses} (the 24-bit total)",
                "battery" => "a percentage 0..100 (or -1 for external power)",
                "dp" => "code=value, e.g. report_interval=600",
                "downlink" => "hex bytes, e.g. 0100003C",
                "offline" or "outage" or "brown-out" or "button" => "a duration, e.g. 30m",
                _ => "nothing",
            };
            throw new FormatException($"scenario line {line}: '{action}' takes {expected}, got '{argument}'");
        }
    }
}
