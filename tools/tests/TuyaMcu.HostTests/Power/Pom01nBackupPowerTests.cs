using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Cli;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Simulation;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Power;

/// <summary>
/// <c>sim --profile pom01n --power</c>: the days the POM01-N's 1000 mAh backup lasts in a mains outage,
/// from the activity the simulation measured while the firmware ran on battery, next to the manual's 30 days.
/// </summary>
public sealed class Pom01nBackupPowerTests(ITestOutputHelper output)
{
    /// <summary>The README's command: a week of outage from the start of the run.</summary>
    private static CliRunner.Result RunWeekOfOutage(params string[] extra)
    {
        using var file = new Serial.TempFile();
        File.WriteAllText(file.Path, "0s outage 30d\n");
        return CliRunner.Run(["sim", "--profile", "pom01n", "--hours", "168", "--scenario", file.Path, "--power", "--quiet", .. extra]);
    }

    [Fact]
    public void Sim_Power_PrintsTheBackupDays_NextToTheManuals30Days()
    {
        CliRunner.Result r = RunWeekOfOutage();
        output.WriteLine(r.Out);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("on battery: 168 h,", r.Out);
        Assert.Contains("battery 1000 mAh, 85 % usable, self-discharge 30 %/year", r.Out);

        // The figure itself is pinned where the READMEs quote it (ReadmePowerFiguresTests); here its line and its verdict.
        Match line = Regex.Match(r.Out, @"backup battery: 1000 mAh, 85 % usable, lasts (?<days>\d+\.\d) days of mains outage at the activity measured on battery over 168 h \(manual: 30 days; (?<verdict>target reached|target not reached)\)");
        Assert.True(line.Success, r.Out);
        double days = double.Parse(line.Groups["days"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(days >= PowerTable.Pom01nRatedOutageDays ? "target reached" : "target not reached", line.Groups["verdict"].Value);
    }

    [Fact]
    public void Sim_Power_OnADevKitC_ChargesItsRegulator()
    {
        CliRunner.Result r = RunWeekOfOutage("--board", "devkitc");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("board quiescent (DevKitC)", r.Out);
        Assert.Matches(@"lasts [4-7]\.\d days of mains outage", r.Out);
    }

    [Fact]
    public void Sim_Power_WithoutAnOutage_IsRefusedInOneLine()
    {
        CliRunner.Result r = CliRunner.Run("sim", "--profile", "pom01n", "--hours", "2", "--power", "--quiet");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--power: the run spent no time on the backup battery", r.Error);
        Assert.DoesNotContain("backup battery:", r.Out);
    }

    [Fact]
    public void BatteryMode_IsMeteredOnlyWhileTheMainsIsGone()
    {
        var sim = new ProfileSimulation(ProfileRegistry.Find("pom01n")!);
        sim.Schedule(Scenario.Parse("2h outage 10h\n"), 24 * 3_600_000L, _ => { });

        BatteryModeTotals b = sim.Run(24).OnBattery;
        output.WriteLine(b.ToString());

        // From the outage (once held 100 ms) until the mains is back, within a second.
        Assert.InRange(b.BatteryMs, 10 * 3_600_000L - 1000, 10 * 3_600_000L + 1000);
        Assert.InRange(b.AwakeMs, 1, b.BatteryMs / 10);

        // The outage uplink and a TDC uplink every 2 h; the day's other uplinks were on mains.
        Assert.InRange(b.Uplinks, 5, 7);
        Assert.True(b.Wakes >= 5, $"{b.Wakes} wakes");
        Assert.True(b.BytesSent > 0);
    }

    [Fact]
    public void Pom01nBackupTable_CitesTheManualsCapacity_AndStatesTheLiIonAssumptions()
    {
        PowerTable t = PowerTable.Pom01nBackup;

        Assert.Equal(1000, t[PowerEntryId.BatteryCapacity].Value);
        Assert.Equal(SourceKind.Citation, t[PowerEntryId.BatteryCapacity].Source.Kind);
        Assert.Contains("POM01-N User Manual", t[PowerEntryId.BatteryCapacity].Source.Text);
        Assert.Equal(SourceKind.Assumption, t[PowerEntryId.BatteryUsable].Source.Kind);
        Assert.Contains("Li-ion", t[PowerEntryId.BatteryUsable].Source.Text);
        Assert.Equal(SourceKind.Assumption, t[PowerEntryId.BatterySelfDischarge].Source.Kind);
        Assert.Contains("Li-ion", t[PowerEntryId.BatterySelfDischarge].Source.Text);

        // Only the battery differs from the CPN01's board, ESP32 and module figures.
        foreach (PowerEntry e in PowerTable.Default.Entries)
        {
            if (e.Id is not (PowerEntryId.BatteryCapacity or PowerEntryId.BatteryUsable or PowerEntryId.BatterySelfDischarge))
            {
                Assert.Equal(e, t[e.Id]);
            }
        }
    }
}
