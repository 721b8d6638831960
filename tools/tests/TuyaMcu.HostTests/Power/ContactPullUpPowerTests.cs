using TuyaMcu.Board;
using TuyaMcu.HostTests.Cli;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Power;

/// <summary>
/// The contact's pull-up is a board setting with a price: the power table computes its current from
/// the contact row (V / R), and the simulation charges it only while the contact is closed.
/// </summary>
public sealed class ContactPullUpPowerTests
{
    [Fact]
    public void DefaultTable_ChargesTheDevKitCsDeclaredPullUp()
    {
        PowerEntry entry = PowerTable.Default[PowerEntryId.ContactPullUpClosed];

        Assert.Equal(3.3 / Boards.ContactPullUpOhms * 1e6, entry.Microamps, 6);
        Assert.Equal(SourceKind.Computed, entry.Source.Kind);
        Assert.Contains("470 kOhm external", entry.Source.Text);
    }

    [Theory]
    [InlineData(100_000, InputPull.None, 33.0)]
    [InlineData(470_000, InputPull.None, 7.021)]
    [InlineData(0, InputPull.InternalPullUp, 73.333)]
    [InlineData(470_000, InputPull.InternalPullUp, 80.355)]
    [InlineData(0, InputPull.None, 0.0)]
    public void PullUpCurrent_IsTheRailAcrossTheDeclaredResistors(int externalOhms, InputPull pull, double microamps)
    {
        BoardConfiguration board = Boards.Esp32DevKitC();
        board.Input("contact").PullUpOhms = externalOhms;
        board.Input("contact").Pull = pull;

        PowerTable table = PowerTable.Default.WithContactPull(board);

        Assert.Equal(microamps, table[PowerEntryId.ContactPullUpClosed].Microamps, 3);
        Assert.Equal(PowerTable.Default[PowerEntryId.ModuleIdleCurrent], table[PowerEntryId.ModuleIdleCurrent]);
    }

    [Fact]
    public void PullUpCurrent_IsChargedForTheClosedShareOnly()
    {
        ActivityCounts half = ActivityCounts.None with { ContactClosedTime = TimeSpan.FromHours(12) };

        PowerEstimate e = PowerEstimator.Estimate(PowerTable.Default, half, PowerScenarios.Day, PowerMode.Battery);

        Assert.Equal(PowerTable.Default[PowerEntryId.ContactPullUpClosed].Microamps / 2, e.Find("contact-pull-up")!.AverageMicroamps, 6);
    }

    [Theory]
    [InlineData(true, 24.0)]
    [InlineData(false, 0.0)]
    public void Simulation_MeasuresTheClosedTimeFromTheRestingState(bool restsClosed, double closedHours)
    {
        SensorSimulationResult r = new SensorSimulation().Run(new SensorSimulationOptions { Hours = 24, PowerMode = PowerMode.Battery, ContactRestsClosed = restsClosed });

        Assert.Equal(closedHours, r.Totals.ContactClosedMs / 3_600_000.0, 3);
        Assert.Equal(0, r.ContactEvents);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void OpeningsPerDay_LeaveTheRestingStateExactlyThatOftenADay(bool restsClosed)
    {
        SensorSimulationResult r = new SensorSimulation().Run(new SensorSimulationOptions
        {
            Hours = 72, PowerMode = PowerMode.Battery, ContactRestsClosed = restsClosed, OpeningsPerDay = 10,
        });

        // Each excursion is one opening and one closing, both event uplinks by default.
        Assert.Equal(3 * 10 * 2, r.ContactEvents);
        Assert.Equal(3 * 10, r.Total);
        double closedShare = r.Totals.ContactClosedMs / (72 * 3_600_000.0);
        Assert.True(restsClosed ? closedShare > 0.9 : closedShare is > 0 and < 0.1, $"closed {closedShare:P1} of the time");
    }

    [Fact]
    public void Sim_ContactRestsOpen_ChargesNoPullUp()
    {
        CliRunner.Result r = CliRunner.Run("sim", "--hours", "24", "--power-mode", "battery", "--contact-rests", "open", "--power", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"contact pull-up while closed +0\.00 ", r.Out);
    }

    [Theory]
    [InlineData("--contact-rests", "ajar", "--contact-rests must be closed or open, got 'ajar'")]
    [InlineData("--openings-per-day", "-1", "--openings-per-day")]
    public void Sim_RefusesABadContactOption(string option, string value, string message)
    {
        CliRunner.Result r = CliRunner.Run("sim", "--hours", "1", option, value, "--quiet");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Error);
        Assert.Empty(r.Out);
    }

    [Fact]
    public void Sim_RefusesTwoWaysOfSchedulingEvents()
    {
        CliRunner.Result r = CliRunner.Run("sim", "--hours", "1", "--events-per-day", "5", "--openings-per-day", "10", "--quiet");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("give one of them", r.Error);
    }

    [Fact]
    public void Sim_PowerSources_PrintsEveryFigureWithItsSource()
    {
        CliRunner.Result r = CliRunner.Run("sim", "--hours", "1", "--power", "--power-sources", "--quiet");

        Assert.Equal(0, r.ExitCode);
        foreach (PowerEntry entry in PowerTable.Default.Entries)
        {
            Assert.Contains($"{entry.Name}: {entry.FormatValue()}\n    {entry.Source}", r.Out.Replace("\r", string.Empty, StringComparison.Ordinal));
        }

        CliRunner.Result alone = CliRunner.Run("sim", "--hours", "1", "--power-sources", "--quiet");
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("--power-sources goes with --power", alone.Error);
    }
}
