using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

public sealed class SensorApplicationTests
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    private static DeviceBench Started(Cpn01Settings? settings = null, FaultProfile? faults = null, int pulseBits = 64, ModuleProfile? profile = null)
    {
        var bench = new DeviceBench(settings: settings, faults: faults, pulseCounterBits: pulseBits, profile: profile);
        bench.Loop.RunFor(Minute);
        return bench;
    }

    [Fact]
    public void Startup_UplinksOnceJoined_WithStateAndPayload()
    {
        DeviceBench bench = Started();

        var uplinks = CloudDps.Uplinks(bench.Module);
        Assert.Single(uplinks);
        var dps = uplinks[0].Dps;
        Assert.Equal(false, dps[Cpn01Dp.DoorContactState]);
        Assert.Equal(90, dps[Cpn01Dp.BatteryPercentage]);
        Assert.Equal(3600, dps[Cpn01Dp.BatteryVoltage]);
        Assert.Equal(0, dps[Cpn01Dp.TotalCount]);
        var payload = IndependentCpn01Decoder.Decode((byte[])dps[Cpn01Dp.Cpn01Payload]);
        Assert.Equal("f864237040014733", payload.DeviceId);
        Assert.Equal(100, payload.Version);
        Assert.Equal(3600, payload.BatteryMv);
        Assert.Equal(31, payload.Signal);
        Assert.Equal(1, payload.ContactStatus);
        Assert.InRange(payload.Timestamp, bench.Clock.TrueUnixSeconds - 60, bench.Clock.TrueUnixSeconds);
        Assert.False(bench.Led.IsHigh, "the LED is off once the boot, join and uplink flashes are over");
        Assert.Equal(2, bench.Led.LowPulses);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Week_OfBouncyContactEvents_CountsEveryOpenPerTriggerMode(int triggerMode)
    {
        var settings = new Cpn01Settings { TriggerMode = triggerMode, EventUplinkMode = Cpn01Settings.EventsOff };
        DeviceBench bench = Started(settings);
        var random = new Random(5);
        int opens = 0;
        long t = bench.Clock.UptimeMs + Minute;
        while (t < 7 * Day)
        {
            long openFor = 2_000 + random.Next(300_000);
            ScheduleWithBounce(bench, t, closed: false, random);
            ScheduleWithBounce(bench, t + openFor, closed: true, random);
            opens++;
            t += openFor + 5_000 + random.Next(300_000);
        }

        bench.Loop.RunUntil(7 * Day + Hour);

        Assert.True(opens > 1000, $"only {opens} opens");
        Assert.Equal(opens, bench.App.Counters.Total);
        Assert.Equal(2L * opens, bench.App.ContactEvents);
        Assert.True(bench.App.IsClosed);
    }

    private static void ScheduleWithBounce(DeviceBench bench, long at, bool closed, Random random)
    {
        int bounces = random.Next(6);
        for (int i = 0; i < bounces; i++)
        {
            bool level = i % 2 == 0 ? !closed : closed;
            bench.Loop.At(at + i * 2, () => bench.Contact.Level = level);
        }

        bench.Loop.At(at + bounces * 2, () => bench.Contact.Level = !closed);
    }

    [Fact]
    public void Total_WrapsAfter16777215()
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        Assert.Null(bench.App.Set(Cpn01Dp.SetCount, 16_777_214));

        for (int i = 0; i < 3; i++)
        {
            bench.SetContact(closed: false);
            bench.Loop.RunFor(1_000);
            bench.SetContact(closed: true);
            bench.Loop.RunFor(1_000);
        }

        Assert.Equal(16_777_217L, bench.App.Counters.Total);
        Assert.Equal(1, bench.App.Counters.Total24);
        Assert.Equal(1, bench.App.Get(Cpn01Dp.TotalCount));
    }

    [Theory]
    [InlineData(29_000, 0)]
    [InlineData(30_000, 1)]
    [InlineData(89_000, 1)]
    [InlineData(90_000, 2)]
    [InlineData(3_600_000, 60)]
    public void LastOpenDuration_IsRoundedToTheNearestMinute(long openMs, int minutes)
    {
        DeviceBench bench = Started();

        bench.SetContact(closed: false);
        bench.Loop.RunFor(openMs);
        bench.SetContact(closed: true);
        bench.Loop.RunFor(1_000);

        Assert.Equal(minutes, bench.App.Counters.LastOpenDurationMin);
    }

    [Fact]
    public void OpenAlarm_FiresOnceAfterKeepTime_WithAnAlarmUplink_AndRearmsOnTheNextChange()
    {
        var settings = new Cpn01Settings { AlarmKeepStatus = 1, AlarmKeepTimeSeconds = 30, EventUplinkMode = Cpn01Settings.EventsOff };
        DeviceBench bench = Started(settings);
        int before = CloudDps.Uplinks(bench.Module).Count;

        bench.SetContact(closed: false);
        bench.Loop.RunFor(29_000);
        Assert.Equal(0, bench.App.AlarmsFired);
        bench.Loop.RunFor(10 * Minute);

        Assert.Equal(1, bench.App.AlarmsFired);
        var alarmUplinks = CloudDps.Uplinks(bench.Module).Skip(before).ToList();
        Assert.Single(alarmUplinks);
        Assert.Equal(true, alarmUplinks[0].Dps[Cpn01Dp.OpenAlarm]);
        Assert.Equal(1, IndependentCpn01Decoder.Decode((byte[])alarmUplinks[0].Dps[Cpn01Dp.Cpn01Payload]).Alarm);
        Assert.InRange(alarmUplinks[0].AtMs - Minute, 30_000, 40_000);

        bench.SetContact(closed: true);
        bench.Loop.RunFor(1_000);
        Assert.False(bench.App.IsAlarmActive);
        bench.SetContact(closed: false);
        bench.Loop.RunFor(Minute);

        Assert.Equal(2, bench.App.AlarmsFired);
    }

    [Fact]
    public void Day_UplinksEveryTdc_AndRecordsEveryTr()
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });

        bench.Loop.RunUntil(Day + 2 * Minute);

        Assert.Equal(1 + 24, CloudDps.Uplinks(bench.Module).Count);
        Assert.Equal(Datalog.DefaultCapacity, bench.App.Datalog.Count); // the ring keeps the newest; all 96 reached the cloud
        var records = CloudDps.Records(bench.Module);
        Assert.Equal(96, records.Count(r => r.Accepted));
        Assert.Equal(records.Select(r => r.TimestampUnix).OrderBy(x => x), records.Select(r => r.TimestampUnix));
        for (int i = 1; i < records.Count; i++)
        {
            Assert.Equal(900, records[i].TimestampUnix - records[i - 1].TimestampUnix);
        }
    }

    [Fact]
    public void Noud_BoundsRecordsPerUplink()
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff, Noud = 2, TrSeconds = 180 });

        bench.Loop.RunUntil(Hour + 2 * Minute);

        // An hour of TR = 180 s is 20 records; the hourly uplink may send 2 of them.
        Assert.Equal(20, bench.App.Datalog.Count);
        Assert.Equal(2, CloudDps.Records(bench.Module).Count);
        var payload = IndependentCpn01Decoder.Decode((byte[])CloudDps.Uplinks(bench.Module).Last().Dps[Cpn01Dp.Cpn01Payload]);
        Assert.Equal(2, payload.Records.Count);
        Assert.True(payload.Records[0].Timestamp > payload.Records[1].Timestamp, "newest record first");
    }

    [Fact]
    public void Outage_KeepsRecordsPending_AndSendsThemAfterwardWithTheirOwnTimestamps()
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff, Noud = 32 });
        bench.Loop.RunUntil(Hour);
        long outageStart = bench.Clock.TrueUnixSeconds;

        bench.Module.GoOffline(6 * Hour);
        bench.Loop.RunFor(6 * Hour - Minute);
        Assert.True(bench.App.Datalog.PendingCount >= 23, $"{bench.App.Datalog.PendingCount} pending");
        bench.Loop.RunFor(10 * Minute);

        Assert.Equal(0, bench.App.Datalog.PendingCount);
        var records = CloudDps.Records(bench.Module).Where(r => r.Accepted).ToList();
        var duringOutage = records.Where(r => r.TimestampUnix >= outageStart && r.TimestampUnix < outageStart + 6 * 3600).ToList();
        Assert.True(duringOutage.Count >= 23);
        Assert.All(duringOutage, r => Assert.True(r.AtMs >= 7 * Hour - Minute, "sent after the outage"));
        Assert.Equal(records.Select(r => r.TimestampUnix).Distinct().Count(), records.Count);
    }

    [Fact]
    public void RecordsBeforeTheFirstTimeSync_GetTheirTimeFixed_AndNoneGoesOutWithAWrongTime()
    {
        // The network takes an hour to connect: no clock until then.
        var profile = new ModuleProfile { NetworkSchedule = [1000, 3000, 8000, (int)Hour] };
        var settings = new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff, TrSeconds = 600, Noud = 32 };
        var bench = new DeviceBench(settings: settings, profile: profile);
        long bootUnix = bench.Clock.TrueUnixSeconds;

        bench.Loop.RunUntil(Hour + 5 * Minute);

        Assert.True(bench.World.Rtc.IsSet);
        var records = CloudDps.Records(bench.Module);
        Assert.True(records.Count >= 6, $"{records.Count} records");
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(bootUnix + (i + 1) * 600, records[i].TimestampUnix, 2.0);
        }
    }

    [Fact]
    public void EventUplinksOff_CountsEventsButUplinksOnlyPeriodically()
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        int before = CloudDps.Uplinks(bench.Module).Count;

        for (int i = 0; i < 10; i++)
        {
            bench.SetContact(closed: false);
            bench.Loop.RunFor(5_000);
            bench.SetContact(closed: true);
            bench.Loop.RunFor(5_000);
        }

        Assert.Equal(before, CloudDps.Uplinks(bench.Module).Count);
        Assert.Equal(10, bench.App.Counters.Total);
        bench.Loop.RunUntil(Hour + 2 * Minute);
        Assert.Equal(10, CloudDps.Uplinks(bench.Module).Last().Dps[Cpn01Dp.TotalCount]);
    }

    [Theory]
    [InlineData(Cpn01Settings.EventsBoth, 2)]
    [InlineData(Cpn01Settings.EventsOpen, 1)]
    [InlineData(Cpn01Settings.EventsClose, 1)]
    public void EventUplinks_FollowIntmod(int mode, int uplinksPerOpenClose)
    {
        DeviceBench bench = Started(new Cpn01Settings { EventUplinkMode = mode });
        int before = CloudDps.Uplinks(bench.Module).Count;

        bench.SetContact(closed: false);
        bench.Loop.RunFor(30_000);
        bench.SetContact(closed: true);
        bench.Loop.RunFor(30_000);

        Assert.Equal(before + uplinksPerOpenClose, CloudDps.Uplinks(bench.Module).Count);
    }

    [Fact]
    public void PulseMode_CountsMeterPulses_ThroughAWrappingHardwareCounter()
    {
        DeviceBench bench = Started(new Cpn01Settings { WorkMode = Cpn01Settings.ModePulse, EventUplinkMode = Cpn01Settings.EventsOff }, pulseBits: 16);

        for (int i = 0; i < 100; i++)
        {
            bench.Pulses.Add(1_000);
            bench.Loop.RunFor(Minute);
        }

        Assert.Equal(100_000L, bench.App.Counters.Total);
        bench.Loop.RunUntil(2 * Hour + 2 * Minute);
        var payload = IndependentCpn01Decoder.Decode((byte[])CloudDps.Uplinks(bench.Module).Last().Dps[Cpn01Dp.Cpn01Payload]);
        Assert.Equal(100_000, payload.TotalPulse);
        Assert.Equal(2, payload.Mod);
    }

    /// <summary>Each writable DP with a value other than its default, and the DP that shows it (set_count shows in total_count).</summary>
    public static TheoryData<byte, byte, int, byte> SettableInRange => new()
    {
        { Cpn01Dp.ReportInterval, DpType.Value, 7200, Cpn01Dp.ReportInterval },
        { Cpn01Dp.RecordInterval, DpType.Value, 180, Cpn01Dp.RecordInterval },
        { Cpn01Dp.RecordsPerUplink, DpType.Value, 32, Cpn01Dp.RecordsPerUplink },
        { Cpn01Dp.AlarmKeepStatus, DpType.Enum, 1, Cpn01Dp.AlarmKeepStatus },
        { Cpn01Dp.AlarmKeepTime, DpType.Value, 65535, Cpn01Dp.AlarmKeepTime },
        { Cpn01Dp.TriggerMode, DpType.Enum, 1, Cpn01Dp.TriggerMode },
        { Cpn01Dp.CalculateFlag, DpType.Value, 63, Cpn01Dp.CalculateFlag },
        { Cpn01Dp.EventUplink, DpType.Enum, 0, Cpn01Dp.EventUplink },
        { Cpn01Dp.WorkMode, DpType.Enum, 1, Cpn01Dp.WorkMode },
        { Cpn01Dp.SetCount, DpType.Value, 12345, Cpn01Dp.TotalCount },
    };

    [Theory]
    [MemberData(nameof(SettableInRange))]
    public void SettableDp_IsAppliedThroughTheDpPath_AndReportedBack(byte dp, byte type, int value, byte shownBy)
    {
        DeviceBench bench = Started();
        Assert.NotEqual(value, bench.App.Get(shownBy));

        bench.Module.SendDpCommand(Unit(dp, type, value));
        bench.Loop.RunFor(10_000);

        Assert.Equal(value, bench.App.Get(shownBy));
        var last = CloudDps.Reports(bench.Module).Last();
        Assert.Equal(value, Convert.ToInt32(last.Dps[shownBy]));
    }

    public static TheoryData<byte, byte, int> SettableOutOfRange => new()
    {
        { Cpn01Dp.ReportInterval, DpType.Value, 29 },
        { Cpn01Dp.RecordInterval, DpType.Value, 179 },
        { Cpn01Dp.RecordsPerUplink, DpType.Value, 33 },
        { Cpn01Dp.AlarmKeepStatus, DpType.Enum, 2 },
        { Cpn01Dp.AlarmKeepTime, DpType.Value, 65536 },
        { Cpn01Dp.TriggerMode, DpType.Enum, 2 },
        { Cpn01Dp.CalculateFlag, DpType.Value, 64 },
        { Cpn01Dp.EventUplink, DpType.Enum, 4 },
        { Cpn01Dp.WorkMode, DpType.Enum, 2 },
        { Cpn01Dp.SetCount, DpType.Value, 16_777_216 },
        { Cpn01Dp.SetCount, DpType.Value, -1 },
        { Cpn01Dp.TotalCount, DpType.Value, 5 },
    };

    [Theory]
    [MemberData(nameof(SettableOutOfRange))]
    public void SettableDp_OutOfRange_ChangesNothing_AndTheCurrentValueIsReportedBack(byte dp, byte type, int value)
    {
        DeviceBench bench = Started();
        var settingsBefore = bench.App.Settings.Clone();
        long totalBefore = bench.App.Counters.Total;

        bench.Module.SendDpCommand(Unit(dp, type, value));
        bench.Loop.RunFor(10_000);

        Assert.Equivalent(settingsBefore, bench.App.Settings);
        Assert.Equal(totalBefore, bench.App.Counters.Total);
        Assert.Equal(1, bench.Device.Dispatcher.State.DpCommandsRejected);
        var last = CloudDps.Reports(bench.Module).Last();
        if (dp != Cpn01Dp.SetCount)
        {
            Assert.Equal(bench.App.Get(dp), Convert.ToInt32(last.Dps[dp]));
        }
    }

    [Fact]
    public void ClearCount_ZeroesTheTotal_EvenWhenTheModuleResendsIt()
    {
        var faults = new FaultProfile();
        DeviceBench bench = Started(faults: faults);
        Assert.Null(bench.App.Set(Cpn01Dp.SetCount, 500));

        faults.DropFromMcu = 1.0;
        bench.Module.SendDpCommand(Unit(Cpn01Dp.ClearCount, DpType.Bool, 1));
        bench.Loop.RunFor(1_500);
        faults.DropFromMcu = 0;
        bench.SetContact(closed: false);
        bench.Loop.RunFor(10_000);

        // Cleared once: the open after the first copy is not wiped by the resends.
        Assert.Equal(1, bench.App.Counters.Total);
    }

    [Theory]
    [InlineData(Cpn01Dp.SetCount, DpType.Value, 12345, 12345)]
    [InlineData(Cpn01Dp.ClearCount, DpType.Bool, 1, 0)]
    public void CountCommand_ThroughTheDpPath_ReportsTheNewTotal(byte dp, byte type, int value, int expectedTotal)
    {
        // set_count and clear_count are write-only, so reporting them back shows nothing: the
        // cloud sees the change only if total_count is reported, as the AT path does.
        DeviceBench bench = Started();
        Assert.Null(bench.App.Set(Cpn01Dp.SetCount, 500));
        bench.Loop.RunFor(10_000);
        int before = CloudDps.Reports(bench.Module).Count;

        bench.Module.SendDpCommand(Unit(dp, type, value));
        bench.Loop.RunFor(10_000);

        var totals = CloudDps.Reports(bench.Module).Skip(before).Where(r => r.Dps.ContainsKey(Cpn01Dp.TotalCount)).ToList();
        Assert.NotEmpty(totals);
        Assert.Equal(expectedTotal, totals.Last().Dps[Cpn01Dp.TotalCount]);
    }

    [Theory]
    [InlineData("0100003C", Cpn01Dp.ReportInterval, 60)]
    [InlineData("0100001E", Cpn01Dp.ReportInterval, 30)]
    [InlineData("06000003", Cpn01Dp.EventUplink, 3)]
    [InlineData("06000000", Cpn01Dp.EventUplink, 0)]
    public void DraginoDownlink_SetsTheSameSettingAsItsDp(string hex, byte dp, int expected)
    {
        DeviceBench bench = Started();

        bench.Module.SendDpCommand(Raw(Cpn01Dp.Cpn01Downlink, Convert.FromHexString(hex)));
        bench.Loop.RunFor(10_000);

        Assert.Equal(expected, bench.App.Get(dp));
        Assert.Equal(expected, Convert.ToInt32(CloudDps.Reports(bench.Module).Last(r => r.Dps.ContainsKey(dp)).Dps[dp]));
    }

    [Theory]
    [InlineData("0100001D", "outside 30..16777215")]
    [InlineData("06000004", "enum value 4")]
    [InlineData("01003C", "3 value bytes")]
    [InlineData("0400", "04FF")]
    [InlineData("09000001", "unsupported downlink type 0x09")]
    public void DraginoDownlink_Invalid_ChangesNothing(string hex, string reason)
    {
        DeviceBench bench = Started();
        var before = bench.App.Settings.Clone();

        bench.Module.SendDpCommand(Raw(Cpn01Dp.Cpn01Downlink, Convert.FromHexString(hex)));
        bench.Loop.RunFor(10_000);

        Assert.Equivalent(before, bench.App.Settings);
        Assert.Contains(reason, bench.Device.Dispatcher.State.LastDpError);
        Assert.Equal(0, bench.System.Reboots);
    }

    [Fact]
    public void DraginoResetDownlink_RebootsAfterTheAcknowledgement()
    {
        DeviceBench bench = Started();

        bench.Module.SendDpCommand(Raw(Cpn01Dp.Cpn01Downlink, [0x04, 0xFF]));
        bench.Loop.RunFor(1_000);
        Assert.Equal(0, bench.System.Reboots);
        bench.Loop.RunFor(5_000);

        Assert.Equal(1, bench.System.Reboots);
        Assert.Equal(0, bench.Module.Statistics.UnansweredByMcu);
    }

    [Fact]
    public void Payload_MatchesTheState_ReadByAnIndependentDecoder()
    {
        DeviceBench bench = Started(new Cpn01Settings { CalculateFlag = 42, EventUplinkMode = Cpn01Settings.EventsOff });
        bench.SetContact(closed: false);
        bench.Loop.RunFor(3 * Minute);
        bench.SetContact(closed: true);
        bench.Loop.RunUntil(Hour + 2 * Minute);

        var uplink = CloudDps.Uplinks(bench.Module).Last();
        var payload = IndependentCpn01Decoder.Decode((byte[])uplink.Dps[Cpn01Dp.Cpn01Payload]);

        Assert.Equal(42, payload.CalculateFlag);
        Assert.Equal(1, payload.ContactStatus);
        Assert.Equal(0, payload.Alarm);
        Assert.Equal(1, payload.TotalPulse);
        Assert.Equal(3, payload.LastOpenDurationMin);
        Assert.Equal(1, payload.Mod);
        Assert.Equal(4, payload.Records.Count);
        Assert.All(payload.Records, r => Assert.Equal(1, r.TotalPulse));
        Assert.Equal(uplink.Dps[Cpn01Dp.TotalCount], payload.TotalPulse);
    }

    [Fact]
    public void Led_FlashesAtBoot_OnJoining_AndPerUplink()
    {
        var bench = new DeviceBench(settings: new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });
        Assert.True(bench.Led.IsHigh, "on at boot");
        bench.Loop.RunFor(1_500);
        Assert.False(bench.Led.IsHigh, "boot flash is 1 s");

        bench.Loop.RunUntil(Hour + 2 * Minute);

        // Boot, join and two uplinks (start-up, then the hourly one); join and the first uplink overlap.
        Assert.InRange(bench.Led.LowPulses, 3, 4);
    }

    private static byte[] Unit(byte dp, byte type, int value)
    {
        var buffer = new byte[8];
        var writer = new DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        _ = type switch
        {
            DpType.Bool => writer.WriteBool(dp, value != 0),
            DpType.Enum => writer.WriteEnum(dp, (byte)value),
            _ => writer.WriteValue(dp, value),
        };
        return buffer[..writer.Length];
    }

    private static byte[] Raw(byte dp, byte[] value)
    {
        var buffer = new byte[value.Length + 4];
        var writer = new DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        writer.WriteRaw(dp, value, 0, value.Length);
        return buffer;
    }
}
