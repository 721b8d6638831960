using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Power;

public sealed class PowerScenariosTests(ITestOutputHelper output)
{
    [Fact]
    public void TheCpn01DefaultCountsADay()
    {
        ActivityCounts c = PowerScenarios.Cpn01Default();
        Assert.Equal(24 + 10, c.Uplinks);
        Assert.Equal(24, c.TdcWakes);
        Assert.Equal(96, c.RecordReports);
        Assert.Equal(96 - 24, c.TrWakes);
        Assert.Equal(10, c.ContactEvents);
        Assert.Equal(0, c.RecordSessions);
        Assert.Equal(0, c.Pulses);
        Assert.Equal(TimeSpan.Zero, c.ContactClosedTime);
        Assert.Equal(34 * PowerScenarios.ReportFrameBytes + 96 * PowerScenarios.RecordFrameBytes, c.BytesSent);

        ActivityCounts quiet = PowerScenarios.Cpn01Default(eventUplinks: false);
        Assert.Equal(24, quiet.Uplinks);
        Assert.Equal(10, quiet.ContactEvents);
    }

    [Fact]
    public void TrTicksThatFallOnTdcTicksShareTheWake()
    {
        Assert.Equal(48 - 24, PowerScenarios.Cpn01Default(tdcSeconds: 3600, trSeconds: 1800).TrWakes);
        Assert.Equal(0, PowerScenarios.Cpn01Default(tdcSeconds: 900, trSeconds: 900).TrWakes);
        Assert.Equal(24 - 12, PowerScenarios.Cpn01Default(tdcSeconds: 7200, trSeconds: 3600).TrWakes);
        Assert.Equal(0, PowerScenarios.Cpn01Default(tdcSeconds: 3600, trSeconds: 7200).TrWakes);
        Assert.Equal(96 - 32, PowerScenarios.Cpn01Default(tdcSeconds: 2700, trSeconds: 900).TrWakes);
    }

    [Fact]
    public void BadScenariosAreRefused()
    {
        Assert.Throws<ArgumentException>(() => PowerScenarios.Cpn01Default(tdcSeconds: 7000));
        Assert.Throws<ArgumentException>(() => PowerScenarios.Cpn01Default(trSeconds: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerScenarios.Cpn01Default(contactEventsPerDay: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerScenarios.Cpn01Default(contactClosedShare: 1.5));
    }

    /// <summary>Prints the figures hardware/ and Power/README.md quote (run with a detailed console logger to see them).</summary>
    [Fact]
    public void PrintTheReadmeFigures()
    {
        (string Name, ActivityCounts Counts, PowerMode Mode, PowerTable Table)[] cases =
        [
            ("CPN01 default, event uplinks on", PowerScenarios.Cpn01Default(), PowerMode.Battery, PowerTable.Default),
            ("CPN01 default, event uplinks off", PowerScenarios.Cpn01Default(eventUplinks: false), PowerMode.Battery, PowerTable.Default),
            ("CPN01 default, contact closed 90 % of the day", PowerScenarios.Cpn01Default(contactClosedShare: 0.9), PowerMode.Battery, PowerTable.Default),
            ("CPN01 default, always on", PowerScenarios.Cpn01Default(), PowerMode.AlwaysOn, PowerTable.Default),
            ("CPN01 default on a DevKitC", PowerScenarios.Cpn01Default(), PowerMode.Battery, PowerTable.DevKitC),
            ("idle", ActivityCounts.None, PowerMode.Battery, PowerTable.Default),
        ];
        foreach ((string name, ActivityCounts counts, PowerMode mode, PowerTable table) in cases)
        {
            PowerEstimate e = PowerEstimator.Estimate(table, counts, PowerScenarios.Day, mode);
            output.WriteLine($"== {name}");
            output.WriteLine(PowerReport.Format(e));
            Assert.True(e.AverageMicroamps > 0);
        }
    }
}
