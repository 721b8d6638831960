using TuyaMcu.Tooling.Power;

namespace TuyaMcu.HostTests.Power;

public sealed class PowerTableTests
{
    public static TheoryData<string> Tables => new() { "default", "devkitc" };

    private static PowerTable Table(string name) => name == "devkitc" ? PowerTable.DevKitC : PowerTable.Default;

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryEntryHasACitationOrAnAssumptionNote(string name)
    {
        PowerTable table = Table(name);
        foreach (PowerEntry entry in table.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Name), $"{entry.Id} has no name");
            Assert.False(string.IsNullOrWhiteSpace(entry.Source.Text), $"{entry.Id} has no source");
            if (entry.Source.Kind == SourceKind.Computed)
            {
                // Computed from a board setting: the setting named, the arithmetic shown.
                Assert.StartsWith("computed: ", entry.Source.ToString(), StringComparison.Ordinal);
                Assert.Matches(@"\d V across .*Ohm.* = \d", entry.Source.Text);
            }
            else if (entry.Source.Kind == SourceKind.Assumption)
            {
                Assert.StartsWith("assumption: ", entry.Source.ToString(), StringComparison.Ordinal);
                Assert.True(entry.Source.Text.Length >= 40, $"{entry.Id}: an assumption must give its reasoning: '{entry.Source.Text}'");
            }
            else
            {
                // A citation names a document and where in it the figure is: "<document>, <section/table>: <figure>".
                Assert.Contains(":", entry.Source.Text, StringComparison.Ordinal);
                Assert.Matches("(?i)datasheet|manual|protocol|hardware design", entry.Source.Text);
                Assert.Matches("(?i)table|section|\\d\\.\\d|command|'", entry.Source.Text);
                Assert.DoesNotContain("assumption", entry.Source.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void EveryIdHasExactlyOneEntryInOrder()
    {
        PowerEntryId[] ids = Enum.GetValues<PowerEntryId>();
        Assert.Equal(ids, PowerTable.Default.Entries.Select(e => e.Id));
        foreach (PowerEntryId id in ids)
        {
            Assert.Equal(id, PowerTable.Default[id].Id);
        }
    }

    [Fact]
    public void BothKindsOfSourceAreUsed()
    {
        Assert.Contains(PowerTable.Default.Entries, e => e.Source.Kind == SourceKind.Citation);
        Assert.Contains(PowerTable.Default.Entries, e => e.Source.Kind == SourceKind.Assumption);
    }

    [Fact]
    public void UnitsFitWhatTheEstimatorReads()
    {
        PowerEntryId[] currents =
        [
            PowerEntryId.Esp32Active80MHz, PowerEntryId.Esp32Active160MHz, PowerEntryId.Esp32Active240MHz, PowerEntryId.Esp32LightSleep,
            PowerEntryId.Esp32DeepSleep, PowerEntryId.BoardQuiescentCustom, PowerEntryId.BoardQuiescentDevKitC, PowerEntryId.BatteryDividerCurrent,
            PowerEntryId.ContactPullUpClosed, PowerEntryId.ModulePsmCurrent, PowerEntryId.ModuleIdleCurrent, PowerEntryId.ModuleUplinkCurrent,
            PowerEntryId.ModuleConnectedTailCurrent,
        ];
        PowerEntryId[] durations =
        [
            PowerEntryId.Esp32BootAfterDeepSleep, PowerEntryId.Esp32WakeHandling, PowerEntryId.Esp32AwakePerUplink, PowerEntryId.Esp32FrameHandling,
            PowerEntryId.ModuleUplinkDuration, PowerEntryId.ModuleConnectedTailDuration, PowerEntryId.ModuleT3324, PowerEntryId.ModuleHeartbeatInterval,
        ];
        foreach (PowerEntryId id in currents)
        {
            Assert.True(PowerTable.Default[id].Microamps > 0, $"{id}");
        }

        foreach (PowerEntryId id in durations)
        {
            Assert.True(PowerTable.Default[id].Seconds > 0, $"{id}");
        }

        Assert.Equal(PowerUnit.MilliampereHour, PowerTable.Default[PowerEntryId.BatteryCapacity].Unit);
        Assert.Equal(8500, PowerTable.Default[PowerEntryId.BatteryCapacity].Value);
        Assert.Equal(PowerUnit.Percent, PowerTable.Default[PowerEntryId.BatteryUsable].Unit);
        Assert.Equal(PowerUnit.PercentPerYear, PowerTable.Default[PowerEntryId.BatterySelfDischarge].Unit);
        Assert.Equal(PowerUnit.Baud, PowerTable.Default[PowerEntryId.ModuleBaudRate].Unit);
        Assert.Throws<InvalidOperationException>(() => PowerTable.Default[PowerEntryId.BatteryCapacity].Microamps);
        Assert.Throws<InvalidOperationException>(() => PowerTable.Default[PowerEntryId.Esp32DeepSleep].Seconds);
    }

    [Fact]
    public void SleepCurrentsAreOrderedAsTheChipIs()
    {
        PowerTable t = PowerTable.Default;
        Assert.True(t[PowerEntryId.Esp32DeepSleep].Microamps < t[PowerEntryId.Esp32LightSleep].Microamps);
        Assert.True(t[PowerEntryId.Esp32LightSleep].Microamps < t[PowerEntryId.Esp32Active80MHz].Microamps);
        Assert.True(t[PowerEntryId.Esp32Active80MHz].Microamps < t[PowerEntryId.Esp32Active160MHz].Microamps);
        Assert.True(t[PowerEntryId.Esp32Active160MHz].Microamps < t[PowerEntryId.Esp32Active240MHz].Microamps);
        Assert.True(t[PowerEntryId.ModulePsmCurrent].Microamps < t[PowerEntryId.ModuleIdleCurrent].Microamps);
        Assert.True(t[PowerEntryId.BoardQuiescentCustom].Microamps * 1000 < t[PowerEntryId.BoardQuiescentDevKitC].Microamps);
    }

    [Fact]
    public void WithReturnsAChangedCopyAndLeavesTheDefaultAlone()
    {
        double before = PowerTable.Default[PowerEntryId.ModulePsmCurrent].Value;
        PowerTable changed = PowerTable.Default.With(PowerEntryId.ModulePsmCurrent, 0.8,
            PowerSource.Cite("BC660K-GL Hardware Design, section 3.4.2 'Deep Sleep': 800 nA typical"));

        Assert.Equal(0.8, changed[PowerEntryId.ModulePsmCurrent].Value);
        Assert.Equal(SourceKind.Citation, changed[PowerEntryId.ModulePsmCurrent].Source.Kind);
        Assert.Equal(before, PowerTable.Default[PowerEntryId.ModulePsmCurrent].Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerTable.Default.With(PowerEntryId.ModulePsmCurrent, -1, PowerSource.Assume("negative")));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerTable.Default.With(PowerEntryId.ModulePsmCurrent, double.NaN, PowerSource.Assume("not a number")));
        Assert.Throws<ArgumentException>(() => PowerTable.Default.WithActiveClock(PowerEntryId.Esp32DeepSleep));
    }

    [Fact]
    public void ASourceNeedsText()
    {
        Assert.Throws<ArgumentException>(() => PowerSource.Cite(" "));
        Assert.Throws<ArgumentException>(() => PowerSource.Assume(""));
    }

    [Fact]
    public void TheDefaultCpuClockIsNanoFrameworks()
    {
        Assert.Equal(PowerEntryId.Esp32Active240MHz, PowerTable.Default.Esp32ActiveEntry);
        Assert.Equal(BoardKind.CustomLowPower, PowerTable.Default.Board);
        Assert.Equal(BoardKind.DevKitC, PowerTable.DevKitC.Board);
    }
}
