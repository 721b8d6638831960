using System.Globalization;
using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Cli;
using TuyaMcu.HostTests.Support;

namespace TuyaMcu.HostTests.Power;

/// <summary>
/// The battery-life table in the README is what <c>sim --power</c> prints today: each row's command is
/// run and its time awake, average current and battery life compared with the row, so a change that
/// moves a figure fails here until the README says the new one.
/// </summary>
public sealed partial class ReadmePowerFiguresTests
{
    private static readonly string[] Week = ["sim", "--hours", "168", "--power-mode", "battery", "--power", "--quiet"];

    /// <summary>Each row of the table: a fragment of its first cell that names it, and the run behind it.</summary>
    public static TheoryData<string, string[], string?> Rows => new()
    {
        { "(no contact events)", Week, null },
        { "the same with `--events-per-day 10` (10 openings", [.. Week, "--events-per-day", "10"], null },
        { "the same with `--events-per-day 10 --event-uplinks off`", [.. Week, "--events-per-day", "10", "--event-uplinks", "off"], null },
        { "`--faults harsh`", [.. Week, "--faults", "harsh"], null },
        { "(a 23-hour cloud outage)", ["sim", "--hours", "24", "--power-mode", "battery", "--power", "--quiet"], "00:37:00 offline 23h\n" },
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
        Match awake = Awake().Match(run.Out);
        Match total = Total().Match(run.Out);
        Match life = Life().Match(run.Out);
        Assert.True(awake.Success && total.Success && life.Success, run.Out);
        double seconds = double.Parse(awake.Groups["s"].Value, CultureInfo.InvariantCulture);
        double microamps = double.Parse(total.Groups["ua"].Value, CultureInfo.InvariantCulture);

        string[] row = ReadmeRow(rowName);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{seconds:#,0} s"), row[1]);
        Assert.Equal(microamps < 1000 ? string.Create(CultureInfo.InvariantCulture, $"{microamps:0} µA") : string.Create(CultureInfo.InvariantCulture, $"{microamps / 1000:0.00} mA"), row[2]);
        Assert.StartsWith(life.Groups["life"].Value, row[3].Trim('*'), StringComparison.Ordinal);
    }

    private static string[] ReadmeRow(string name)
    {
        string[] rows = File.ReadAllLines(Repository.PathOf("README.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(name, StringComparison.Ordinal) && (l.Contains(" µA |") || l.Contains(" mA |")))
            .ToArray();
        Assert.True(rows.Length == 1, $"README.md has {rows.Length} power table rows naming '{name}'");
        return rows[0].Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    [GeneratedRegex(@"awake (?<s>[0-9.]+) s")]
    private static partial Regex Awake();

    [GeneratedRegex(@"\ntotal +(?<ua>[0-9.]+) ")]
    private static partial Regex Total();

    [GeneratedRegex(@"average current [0-9.]+ µA .*: (?<life>[0-9.]+ (years|days))")]
    private static partial Regex Life();
}
