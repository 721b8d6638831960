using System.Globalization;
using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Cli;
using TuyaMcu.HostTests.Support;

namespace TuyaMcu.HostTests.Power;

/// <summary>
/// Every power figure the READMEs quote is what the code gives today: the top README's battery-life
/// table and targets (each row's command is run as the user would type it), the POM01-N's outage days
/// in the top README and in the Power README. A figure that moves fails with the file, the line, the
/// figure quoted and the new one (<see cref="QuotedFigures"/>), so re-pinning is a one-line edit.
/// </summary>
public sealed partial class ReadmePowerFiguresTests
{
    private const string Readme = "README.md";
    private const string PowerReadme = "tools/bench/TuyaMcu.Tooling/Power/README.md";
    private static readonly string[] Week = ["sim", "--hours", "168", "--power-mode", "battery", "--power", "--quiet"];
    private static readonly Lazy<string> WeekOutput = new(() => Run(Week, null));
    private static readonly Lazy<string> Pom01nOutage = new(() => Run(["sim", "--profile", "pom01n", "--hours", "168", "--power", "--quiet"], "0s outage 30d\n"));

    /// <summary>Each row of the top README's table: a fragment of its first cell that names it, and the run behind it.</summary>
    public static TheoryData<string, string[], string?> Rows => new()
    {
        { "(no contact events, the contact resting closed)", Week, null },
        { "the same with `--events-per-day 10` (", [.. Week, "--events-per-day", "10"], null },
        { "the same with `--events-per-day 10 --event-uplinks off`", [.. Week, "--events-per-day", "10", "--event-uplinks", "off"], null },
        { "`--faults harsh`", [.. Week, "--faults", "harsh"], null },
        { "(a 23-hour cloud outage)", ["sim", "--hours", "24", "--power-mode", "battery", "--power", "--quiet"], "00:37:00 offline 23h\n" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ReadmeRow_ShowsWhatSimPrints(string rowName, string[] args, string? scenario)
    {
        string output = args.SequenceEqual(Week) && scenario == null ? WeekOutput.Value : Run(args, scenario);
        Match awake = Awake().Match(output);
        Match total = Total().Match(output);
        Match life = Life().Match(output);
        Assert.True(awake.Success && total.Success && life.Success, output);
        double seconds = double.Parse(awake.Groups["s"].Value, CultureInfo.InvariantCulture);
        double microamps = double.Parse(total.Groups["ua"].Value, CultureInfo.InvariantCulture);

        (int number, string text) = QuotedFigures.Line(Readme, "| ", rowName);
        string[] row = text.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        string command = "`tuyamcu " + string.Join(' ', args) + (scenario == null ? string.Empty : " --scenario ...") + "`";
        QuotedFigures.AssertSame(Readme, number, "the ESP32's time awake", row[1], string.Create(CultureInfo.InvariantCulture, $"{seconds:#,0} s"), command);
        QuotedFigures.AssertSame(Readme, number, "the average current", row[2], FormatCurrent(microamps), command);
        QuotedFigures.AssertSame(Readme, number, "the battery life", row[3].Trim('*').Split(',')[0], life.Groups["life"].Value, command);
    }

    /// <summary>The targets <c>sim --power</c> prints in battery mode are quoted line for line in the top README.</summary>
    [Fact]
    public void ReadmeQuotesTheTargets_AsSimPrintsThem()
    {
        string[] targets = Lines(WeekOutput.Value).SkipWhile(l => !l.StartsWith("targets:", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToArray();
        Assert.True(targets.Length >= 4, WeekOutput.Value);
        foreach (string line in targets)
        {
            QuotedFigures.AssertQuotesLine(Readme, line, "`tuyamcu " + string.Join(' ', Week) + "`");
        }
    }

    [Fact]
    public void ReadmesQuoteThePom01nOutageDays_AsSimPrintsThem()
    {
        string backup = Lines(Pom01nOutage.Value).Single(l => l.StartsWith("backup battery:", StringComparison.Ordinal));
        const string command = "`printf '0s outage 30d\\n' > outage.txt; tuyamcu sim --profile pom01n --hours 168 --scenario outage.txt --power --quiet`";
        QuotedFigures.AssertQuotesLine(PowerReadme, backup, command);
        foreach (string line in Lines(Pom01nOutage.Value).Where(l => l.StartsWith("on battery:", StringComparison.Ordinal) || l.StartsWith("average current", StringComparison.Ordinal)))
        {
            QuotedFigures.AssertQuotesLine(PowerReadme, line, command);
        }

        string days = Days().Match(backup).Groups["days"].Value;
        (int number, string text) = QuotedFigures.Line(Readme, "estimates the 1000 mAh backup at");
        QuotedFigures.AssertSame(Readme, number, "the POM01-N's outage days", ReadmeDays().Match(text).Groups["days"].Value, days, command);
    }

    private static string Run(string[] args, string? scenario)
    {
        string? scenarioFile = null;
        if (scenario != null)
        {
            scenarioFile = Path.Combine(Path.GetTempPath(), $"tuyamcu-readme-{Guid.NewGuid():N}.scn");
            File.WriteAllText(scenarioFile, scenario);
            args = [.. args, "--scenario", scenarioFile];
        }

        try
        {
            CliRunner.Result run = CliRunner.Run(args);
            Assert.True(run.ExitCode == 0, run.Error);
            return run.Out;
        }
        finally
        {
            if (scenarioFile != null)
            {
                File.Delete(scenarioFile);
            }
        }
    }

    private static string[] Lines(string output) => output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    private static string FormatCurrent(double microamps) => microamps < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{microamps:0} µA")
        : string.Create(CultureInfo.InvariantCulture, $"{microamps / 1000:0.00} mA");

    [GeneratedRegex(@"awake (?<s>[0-9.]+) s")]
    private static partial Regex Awake();

    [GeneratedRegex(@"\ntotal +(?<ua>[0-9.]+) ")]
    private static partial Regex Total();

    [GeneratedRegex(@"average current [0-9.]+ µA .*: (?<life>[0-9.]+ (years|days))")]
    private static partial Regex Life();

    [GeneratedRegex(@"lasts (?<days>[0-9.]+) days")]
    private static partial Regex Days();

    [GeneratedRegex(@"backup at (?<days>[0-9.]+) days")]
    private static partial Regex ReadmeDays();
}
