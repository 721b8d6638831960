using System.Globalization;
using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Cli;
using TuyaMcu.HostTests.Support;

namespace TuyaMcu.HostTests.Power;

/// <summary>
/// The battery-life table in the README is what <c>sim --power</c> prints today: each row's command is
/// run and its average current and battery life compared with the row, so a change that moves a
/// figure fails here until the README says the new one.
/// </summary>
public sealed partial class ReadmePowerFiguresTests
{
    /// <summary>Each row of the table: a fragment of its first cell that names it, and the run behind it.</summary>
    public static TheoryData<string, string[], string?> Rows => new()
    {
        { "(no contact events)", ["sim", "--hours", "168", "--power-mode", "battery", "--power", "--quiet"], null },
        { "the same with `--events-per-day 10`", ["sim", "--hours", "168", "--power-mode", "battery", "--power", "--quiet", "--events-per-day", "10"], null },
        { "`--events-per-day 10 --event-uplinks off`", ["sim", "--hours", "168", "--power-mode", "battery", "--power", "--quiet", "--events-per-day", "10", "--event-uplinks", "off"], null },
        { "offline 23h", ["sim", "--hours", "24", "--power-mode", "battery", "--power", "--quiet"], "00:37:00 offline 23h\n" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ReadmeRow_ShowsWhatSimPrints(string rowName, string[] args, string? scenario)
    {
        string? scenarioFile = null;
        if (scenario != null)
        {
            scenarioFile = Path.Combine(Path.GetTempPath(), $"tuyamcu-readme-{Guid.NewGuid():N}.scn");
            File.WriteAllText(scenarioFile, scenario);
            args = [.. args, "--scenario", scenarioFile];
        }

        CliRunner.Result run;
        try
        {
            run = CliRunner.Run(args);
        }
        finally
        {
            if (scenarioFile != null)
            {
                File.Delete(scenarioFile);
            }
        }

        Assert.Equal(0, run.ExitCode);
        Match printed = Estimate().Match(run.Out);
        Assert.True(printed.Success, run.Out);
        double microamps = double.Parse(printed.Groups["ua"].Value, CultureInfo.InvariantCulture);
        string current = $"{microamps:0} µA";
        string life = printed.Groups["life"].Value;

        string[] row = ReadmeRow(rowName);
        Assert.Equal(current, row[1]);
        Assert.Equal(life, row[2].Trim('*'));
    }

    private static string[] ReadmeRow(string name)
    {
        string[] rows = File.ReadAllLines(Repository.PathOf("README.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(name, StringComparison.Ordinal) && l.Contains(" µA |"))
            .ToArray();
        Assert.True(rows.Length == 1, $"README.md has {rows.Length} power table rows naming '{name}'");
        return rows[0].Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    [GeneratedRegex(@"average current (?<ua>[0-9.]+) µA .*: (?<life>[0-9.]+ (years|days))")]
    private static partial Regex Estimate();
}
