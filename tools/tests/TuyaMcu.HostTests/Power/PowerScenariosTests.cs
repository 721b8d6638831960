using TuyaMcu.Platform;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.HostTests.Power;

public sealed class PowerScenariosTests
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
}
