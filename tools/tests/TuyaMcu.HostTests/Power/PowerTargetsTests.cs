using TuyaMcu.HostTests.Cli;
using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.HostTests.Power;

/// <summary>The targets <c>sim --power</c> states: the budget, the term that stops an estimate, the hardware's bound.</summary>
public sealed class PowerTargetsTests
{
    [Fact]
    public void Budget_IsTheCurrentThatLastsTheTargetExactly()
    {
        double budget = PowerTargets.BudgetMicroamps(PowerTable.Default, PowerTargets.Cpn01TargetYears);
        ActivityCounts none = ActivityCounts.None;
        PowerEstimate e = PowerEstimator.Estimate(PowerTable.Default, none, PowerScenarios.Day, PowerMode.Battery);
        PowerEstimate atBudget = e with { Contributions = [new PowerContribution("x", "x", budget, 1)] };

        Assert.Equal(PowerTargets.Cpn01TargetYears, atBudget.BatteryLifeYears, 9);
    }

    [Fact]
    public void StoppingTerm_IsTheLargest_AndSaysWhetherItIsEnoughAlone()
    {
        PowerEstimate e = PowerEstimator.Estimate(PowerTable.Default, ActivityCounts.None, PowerScenarios.Day, PowerMode.Battery)
            with { Contributions = [new("a", "a", 60, 0), new("b", "b", 100, 0), new("c", "c", 40, 0)] };

        Assert.Null(PowerTargets.StoppingTerm(e, 200));
        PowerContribution stop = PowerTargets.StoppingTerm(e, 150)!;
        Assert.Equal("b", stop.Key);
        Assert.True(PowerTargets.EnoughAlone(e, stop, 100));
        Assert.False(PowerTargets.EnoughAlone(e, stop, 99));
    }

    [Fact]
    public void HardwareBound_WakesOnlyForTheHourlyUplinks()
    {
        PowerEstimate bound = PowerTargets.HardwareBound(PowerTable.Default);
        PowerEstimate withTrWakes = PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(contactEventsPerDay: 0), PowerScenarios.Day, PowerMode.Battery);

        Assert.True(bound.AverageMicroamps < withTrWakes.AverageMicroamps);
        Assert.Equal(withTrWakes.Find("module-sessions")!.AverageMicroamps, bound.Find("module-sessions")!.AverageMicroamps, 9);
        Assert.Equal(0, bound.Find("esp32-awake-measured")!.AverageMicroamps);
    }

    [Fact]
    public void Sim_Power_StatesTheTargetsInBatteryModeOnly()
    {
        CliRunner.Result battery = CliRunner.Run("sim", "--hours", "2", "--power-mode", "battery", "--power", "--quiet");
        CliRunner.Result alwaysOn = CliRunner.Run("sim", "--hours", "2", "--power", "--quiet");

        Assert.Contains("targets: CPN01 default use (TDC 1 h, TR 15 min, battery mode, contact resting open; a simulated week, seed 1), target 3.5 years", battery.Out);
        Assert.Matches(@"  no contact events: [0-9.]+ years \([0-9]+ µA\); ten openings a day: [0-9.]+ years \([0-9]+ µA\); target (not )?reached", battery.Out);
        Assert.Contains("this hardware's bound", battery.Out);
        Assert.DoesNotContain("targets:", alwaysOn.Out);
    }
}
