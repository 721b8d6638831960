using System.Diagnostics;
using TuyaMcu.HostTests.Application;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;
using Xunit.Abstractions;
using static TuyaMcu.HostTests.Sessions.SerialDayChecks;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>
/// <c>mcu</c> against <c>module</c> over a kernel pseudo-terminal pair, through the real serial
/// code path (termios at both ends), for a simulated day with contact events: what reached the
/// module is checked.
/// </summary>
public sealed class SerialDayTests(SerialDayTests.Day day, ITestOutputHelper log) : SerialDayChecks<SerialDayTests.Day>(day, log)
{
    /// <summary>The module on the pty master, the firmware on the slave opened with termios.</summary>
    public sealed class Day() : SerialDayChecks.DayRun(SerialBackend.Termios, mcuOnMaster: false);
}

/// <summary>
/// The checks of a simulated day over a pty pair, for each way of opening its slave
/// (<see cref="SerialDayTests"/>; the mixed-backend days in Serial/MixedBackendDayTests.cs).
/// </summary>
public abstract class SerialDayChecks<TDay>(TDay day, ITestOutputHelper log) : IClassFixture<TDay>
    where TDay : SerialDayChecks.DayRun
{
    [PosixFact]
    public void SimulatedDay_OverAPtyPair_ModuleGetsProductInfoAndTheDpCommandIsApplied()
    {
        Report();
        ModuleSimulator module = day.Pair.Module.Module;

        Assert.NotNull(module.McuProductInfo);
        Assert.Equal("tuyamcucpn01", module.McuProductInfo!.ProductId);
        Assert.Equal(1, module.Statistics.DpCommandsAcknowledged);
        Cpn01Settings settings = ((Cpn01Application)day.Pair.Mcu.Device.Application).Settings;
        Assert.Equal((TdcSeconds, 1, AlarmSeconds), (settings.TdcSeconds, settings.AlarmKeepStatus, settings.AlarmKeepTimeSeconds));
        Assert.DoesNotContain(day.Pair.Replies, reply => reply.StartsWith("error", StringComparison.Ordinal));
    }

    [PosixFact]
    public void SimulatedDay_OverAPtyPair_EveryOpenIsUplinkedWithItsCountAndTheLongOneRaisesTheAlarm()
    {
        var uplinks = CloudDps.Uplinks(day.Pair.Module.Module);

        for (int count = 1; count <= Opens; count++)
        {
            Assert.Contains(uplinks, u => (bool)u.Dps[Cpn01Dp.DoorContactState] && (int)u.Dps[Cpn01Dp.TotalCount] == count);
        }

        var last = uplinks[^1];
        Assert.Equal((false, Opens, false), ((bool)last.Dps[Cpn01Dp.DoorContactState], (int)last.Dps[Cpn01Dp.TotalCount], (bool)last.Dps[Cpn01Dp.OpenAlarm]));
        long alarmAt = OpenAt(LongOpen) + AlarmSeconds * Second;
        var alarms = uplinks.Where(u => (bool)u.Dps[Cpn01Dp.OpenAlarm]).ToList();
        Assert.NotEmpty(alarms);
        Assert.All(alarms, a => Assert.InRange(a.AtMs, alarmAt, CloseAt(LongOpen)));
        Assert.Contains(uplinks, u => !(bool)u.Dps[Cpn01Dp.DoorContactState] && (int)u.Dps[Cpn01Dp.LastOpenDuration] == LongOpenMs / Minute);
        Assert.Equal(2L * Opens, ((Cpn01Application)day.Pair.Mcu.Device.Application).ContactEvents);
    }

    [PosixFact]
    public void SimulatedDay_OverAPtyPair_UplinksComeEveryTdcOnceItIsSet()
    {
        var periodic = CloudDps.Uplinks(day.Pair.Module.Module).Where(u => u.AtMs > ConfiguredAt).Select(u => u.AtMs).ToList();

        Assert.True(periodic.Count >= Day / (TdcSeconds * Second), $"{periodic.Count} uplinks");
        long slack = 30 * Second;
        Assert.InRange(periodic[0], ConfiguredAt, ConfiguredAt + TdcSeconds * Second + slack);
        Assert.All(periodic.Zip(periodic.Skip(1)), gap => Assert.InRange(gap.Second - gap.First, 0, TdcSeconds * Second + slack));
        Assert.InRange(periodic[^1], Day - TdcSeconds * Second - slack, Day);
    }

    [PosixFact]
    public void SimulatedDay_OverAPtyPair_RecordsArriveOnceEachWithTheirTimestamps()
    {
        ModuleSimulator module = day.Pair.Module.Module;
        var records = CloudDps.Records(module);
        var app = (Cpn01Application)day.Pair.Mcu.Device.Application;
        long start = day.Pair.Clock.StartUnixSeconds;
        int trSeconds = app.Settings.TrSeconds;

        Assert.True(records.Count >= Day / (trSeconds * Second) - app.Settings.Noud, $"{records.Count} records");
        Assert.Equal(module.Statistics.RecordsReceived, records.Count);
        Assert.Equal(app.Uplink.RecordsAcknowledged, records.Count);
        Assert.All(records, r => Assert.True(r.Accepted));
        Assert.All(records, r => Assert.InRange(r.TimestampUnix, start, start + Day / Second));
        Assert.All(records.Zip(records.Skip(1)), pair => Assert.InRange(pair.Second.TimestampUnix - pair.First.TimestampUnix, trSeconds - 1, trSeconds + 1));
        Assert.All(records, r => Assert.Equal([Cpn01Dp.DoorContactState, Cpn01Dp.TotalCount, Cpn01Dp.LastOpenDuration], r.Dps.Keys));
        Assert.Equal(Opens, records.Max(r => (int)r.Dps[Cpn01Dp.TotalCount]));
    }

    [PosixFact]
    public void SimulatedDay_OverAPtyPair_NothingIsLostOrDuplicatedEitherWay()
    {
        LockstepPair pair = day.Pair;
        ModuleStatistics s = pair.Module.Module.Statistics;
        var link = pair.Mcu.Device.Dispatcher.Link.Statistics;

        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L, 0L), (s.ChecksumErrors, s.MalformedFromMcu, s.UnknownFromMcu, s.StrayAnswers, s.Resends, s.UnansweredByMcu, s.ReportsFailedByCloud));
        Assert.Equal((0L, 0L, 0L), (link.Retries, link.RequestsTimedOut, link.DuplicateModuleCommands));
        Assert.Equal(s.FramesFromMcu, pair.ModuleOutput.Frames.Count(f => f.FromMcu));
        Assert.Equal(s.FramesToMcu, pair.ModuleOutput.Frames.Count(f => !f.FromMcu));

        // Both ends decoded the same frames, in the same order, each way.
        Assert.Equal(Seen(pair.ModuleOutput, fromMcu: true), Seen(pair.McuOutput, fromMcu: true));
        Assert.Equal(Seen(pair.ModuleOutput, fromMcu: false), Seen(pair.McuOutput, fromMcu: false));
        Assert.All(pair.ModuleOutput.Frames.Concat(pair.McuOutput.Frames), f => Assert.True(f.ChecksumOk));
    }

    [PosixFact]
    public void SimulatedDay_OverAPtyPair_PromptCommandsCrossTheLine()
    {

        Assert.Equal(CommandResult.BatteryOk, day.Pair.Module.Module.Statistics.LastBatteryAnswer);
        Assert.Contains("RSRP level 80, -61 dBm, CSQ 31", day.Pair.McuOutput.NotesFrom("console"));
    }

    private static List<(byte Command, string Detail)> Seen(RecordingOutput output, bool fromMcu) =>
        output.Frames.Where(f => f.FromMcu == fromMcu).Select(f => (f.Command, f.Detail)).ToList();

    private void Report()
    {
        LockstepPair pair = day.Pair;
        ModuleStatistics s = pair.Module.Module.Statistics;
        log.WriteLine(
            $"simulated day over {pair.SlavePath} ({day.Arrangement}): {day.RealTime.TotalSeconds:0.0} s real time, {pair.Passes} passes, {pair.Waits} waits for bytes in flight; " +
            $"frames to mcu {s.FramesToMcu}, from mcu {s.FramesFromMcu}; bytes to mcu {pair.Bytes.ToMcu}, from mcu {pair.Bytes.FromMcu}; " +
            $"reports {s.ReportsReceived}, records {s.RecordsReceived}");
    }
}

/// <summary>The scripted day the checks of <see cref="SerialDayChecks{TDay}"/> look at.</summary>
public static class SerialDayChecks
{
    internal const long Second = 1000;
    internal const long Minute = 60 * Second;
    internal const long Hour = 60 * Minute;
    internal const long Day = 24 * Hour;
    internal const int Opens = 12;
    internal const int LongOpen = 5;
    internal const long ShortOpenMs = 2 * Minute;
    internal const long LongOpenMs = 15 * Minute;
    internal const int TdcSeconds = 1800;
    internal const int AlarmSeconds = 300;
    internal const long ConfiguredAt = Minute;

    internal static long OpenAt(int i) => Hour + i * 100 * Minute;

    internal static long CloseAt(int i) => OpenAt(i) + (i == LongOpen ? LongOpenMs : ShortOpenMs);

    /// <summary>The scripted day, run once for all the checks (it is the expensive part), and what it took.</summary>
    public abstract class DayRun : IDisposable
    {
        protected DayRun(SerialBackend slaveBackend, bool mcuOnMaster)
        {
            Pair = new LockstepPair(slaveBackend: slaveBackend, mcuOnMaster: mcuOnMaster);
            Arrangement = $"{(mcuOnMaster ? "mcu" : "module")} on the master, {(mcuOnMaster ? "module" : "mcu")} on the slave through {SerialPorts.NameOf(slaveBackend)}";
            Pair.Type(ConfiguredAt, Pair.Module, $"set tdc={TdcSeconds} alarm_keep_status=open alarm_keep_time={AlarmSeconds}");
            for (int i = 0; i < Opens; i++)
            {
                Pair.Type(OpenAt(i), Pair.Mcu, "open");
                Pair.Type(CloseAt(i), Pair.Mcu, "close");
            }

            Pair.Type(22 * Hour, Pair.Module, "battery");
            Pair.Type(23 * Hour, Pair.Mcu, "at AT+CSQ");
            var watch = Stopwatch.StartNew();
            Pair.RunUntil(Day);
            RealTime = watch.Elapsed;
        }

        internal LockstepPair Pair { get; }

        /// <summary>Which session sits on which end, for the report.</summary>
        public string Arrangement { get; }

        public TimeSpan RealTime { get; }

        public void Dispose() => Pair.Dispose();
    }
}
