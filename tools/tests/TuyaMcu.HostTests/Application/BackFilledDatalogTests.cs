using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// Battery mode does not wake for a TR tick: each boot writes the records of the ticks it slept
/// through, each with its tick's time and the state that held then. The datalog must be the one
/// always-on power writes for the same inputs, record for record.
/// </summary>
public sealed class BackFilledDatalogTests
{
    private const long Second = 1000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;
    private const long Tick = 15 * Minute;

    [Fact]
    public void Week_WithEventsAlarmsAnOutageAndAReboot_WritesTheAlwaysOnDatalog_RecordForRecord()
    {
        var settings = new Cpn01Settings { AlarmKeepStatus = OpenAlarm.WatchOpen, AlarmKeepTimeSeconds = 1800 };
        void Script(DeviceBench bench)
        {
            bench.ContactAt(5 * Minute, closed: false);          // opens: the alarm fires at 0:35
            bench.ContactAt(50 * Minute + 17 * Second, closed: true);
            bench.ContactAt(3 * Hour, closed: false);            // exactly on a tick
            bench.ContactAt(3 * Hour + 20 * Minute, closed: true);
            bench.ContactAt(Day + 10 * Hour + 400, closed: false);
            bench.ContactAt(Day + 10 * Hour + 7 * Minute + 13 * Second, closed: true);
            bench.Loop.At(Day + 12 * Hour + 34 * Minute + 56 * Second, () => bench.Device.Restart());   // ATZ
            bench.Loop.At(2 * Day + 2 * Hour + 10 * Minute, () => bench.Module.GoOffline(6 * Hour));
            bench.ContactAt(2 * Day + 4 * Hour + 3 * Minute, closed: false);   // during the outage, an alarm too
            bench.ContactAt(2 * Day + 5 * Hour + 1 * Minute, closed: true);
            bench.Loop.At(3 * Day + 8 * Hour + 30 * Second, bench.Module.Reset);
            for (int i = 0; i < 40; i++)
            {
                // Ten openings a day for four days, at uneven times, some shorter than the debounce's boot.
                long at = 3 * Day + i * (Day / 10) + (i * 7919 % 3600) * Second;
                bench.ContactAt(at, closed: false);
                bench.ContactAt(at + (1 + i % 50) * Minute + (i * 31 % 60) * Second, closed: true);
            }
        }

        (DeviceBench alwaysOn, DeviceBench battery) = BothModes(settings, Script, 7 * Day + Minute);

        Assert.Equal(7 * 24 * 4, alwaysOn.Datalog.Count);
        AssertSameDatalog(alwaysOn, battery);
        Assert.Equal(alwaysOn.Counters.Total, battery.Counters.Total);
        Assert.Equal(alwaysOn.Totals().Alarms, battery.Totals().Alarms);
        Assert.True(battery.Totals().Alarms >= 2, "the alarms fired");
        Assert.Equal(0, battery.Totals().OverwrittenPending);
        // The records the cloud took are the same ones too (the pending ones aside).
        Assert.Equal(CloudRecords(alwaysOn).Count, 7 * 24 * 4 - alwaysOn.Datalog.PendingCount);
        Assert.Equal(CloudRecords(alwaysOn).Order(), CloudRecords(battery).Order());
        // No wake for a record: the hourly TDC, the events, the alarms, the outage's retries.
        DeviceTotals t = battery.Totals();
        Assert.InRange(t.TimerWakes, 7 * 24, 7 * 24 + 30);
    }

    [Fact]
    public void TdcWakeExactlyOnATick_WritesThatTickOnce_WithItsOwnTime()
    {
        (DeviceBench alwaysOn, DeviceBench battery) = BothModes(new Cpn01Settings(), _ => { }, Hour + 2 * Minute);

        AssertSameDatalog(alwaysOn, battery);
        Datalog log = battery.Datalog;
        Assert.Equal(4, log.Count);
        long first = log.StampAt(0);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(first + i * 900, log.StampAt(i));
        }

        Assert.Equal(1, battery.Totals().TimerWakes);
    }

    [Fact]
    public void ChangeExactlyOnATick_BelongsToTheTicksAfterIt()
    {
        // The contact opens exactly at the 30-minute tick: the chip wakes then, as on that tick.
        (DeviceBench alwaysOn, DeviceBench battery) = BothModes(new Cpn01Settings(), b => b.ContactAt(2 * Tick, closed: false), Hour + 2 * Minute);

        AssertSameDatalog(alwaysOn, battery);
        Datalog log = battery.Datalog;
        Assert.Equal(new[] { true, true, false, false }, Enumerable.Range(0, 4).Select(log.ClosedAt));
        Assert.Equal(new[] { 0, 0, 1, 1 }, Enumerable.Range(0, 4).Select(log.TotalAt));
        Assert.Equal(1, battery.Totals().ContactWakes);
    }

    [Fact]
    public void SleepLongerThanTheDatalog_DropsTheOldestAsAlwaysOnDoes_AndReportsHowMany()
    {
        // TR 3 min and TDC 12 h: 240 ticks between two wakes, a ring of 32.
        var settings = new Cpn01Settings { TdcSeconds = 12 * 3600, TrSeconds = 180, Noud = 8 };
        var alwaysOnLog = new LinesLog();
        var batteryLog = new LinesLog();
        (DeviceBench alwaysOn, DeviceBench battery) = BothModes(settings, b => b.ContactAt(5 * Hour + 1 * Minute, closed: false), Day + 2 * Minute, alwaysOnLog, batteryLog, Datalog.DefaultCapacity);

        AssertSameDatalog(alwaysOn, battery);
        Assert.Equal(32, battery.Datalog.Count);
        long dropped = alwaysOn.Totals().OverwrittenPending;
        Assert.True(dropped > 400, $"{dropped} dropped");
        Assert.Equal(dropped, battery.Totals().OverwrittenPending);
        // The wake says how many went: the lines of both modes add up to the same count.
        Assert.Equal(dropped, batteryLog.Dropped());
        Assert.Equal(dropped, alwaysOnLog.Dropped());
        Assert.True(batteryLog.Lines.Count(l => l.Contains("datalog full")) <= 4, "one line a wake, not one a record");
    }

    [Fact]
    public void RebootWhileAsleep_BackFillsFromWhatWasSavedBeforeTheSleep()
    {
        // A reset (brown-out, button) in the middle of a sleep saves nothing: the boot has only the
        // state saved before the sleep, and the clock, which survives.
        var asleepAtReboot = new List<bool>();
        void Script(DeviceBench bench)
        {
            void Reboot()
            {
                asleepAtReboot.Add(bench.IsAsleep);
                bench.Reboot();
            }

            bench.ContactAt(20 * Minute, closed: false);
            bench.Loop.At(Hour + 40 * Minute + 3 * Second, Reboot);
            bench.ContactAt(2 * Hour + 50 * Minute, closed: true);
            bench.Loop.At(3 * Hour + 20 * Minute, Reboot);
        }

        (DeviceBench alwaysOn, DeviceBench battery) = BothModes(new Cpn01Settings(), Script, 5 * Hour + Minute);

        AssertSameDatalog(alwaysOn, battery);
        Assert.Equal(20, battery.Datalog.Count);
        Assert.Equal(new[] { false, false, true, true }, asleepAtReboot);
    }

    /// <summary>The same run, always-on and in battery mode (datalog large enough for a week unless said).</summary>
    private static (DeviceBench AlwaysOn, DeviceBench Battery) BothModes(Cpn01Settings settings, Action<DeviceBench> script, long endMs, ILog? alwaysOnLog = null, ILog? batteryLog = null, int capacity = 1024)
    {
        var alwaysOn = new DeviceBench(settings: settings, log: alwaysOnLog, datalogCapacity: capacity);
        var options = new DeviceOptions { PowerMode = PowerMode.Battery };
        options.Link.WakeBeforeSend = true;
        var battery = new DeviceBench(options: options, settings: settings, log: batteryLog, datalogCapacity: capacity);
        foreach (DeviceBench bench in new[] { alwaysOn, battery })
        {
            script(bench);
            bench.Loop.RunUntil(endMs);
        }

        return (alwaysOn, battery);
    }

    private static void AssertSameDatalog(DeviceBench alwaysOn, DeviceBench battery)
    {
        List<string> expected = Records(alwaysOn.Datalog);
        List<string> actual = Records(battery.Datalog);
        Assert.NotEmpty(expected);
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"record {i + 1} of {expected.Count}: always-on {expected[i]}, battery {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(alwaysOn.Datalog.NextSequence, battery.Datalog.NextSequence);
    }

    private static List<string> Records(Datalog log) => Enumerable.Range(0, log.Count)
        .Select(i => $"#{log.SequenceAt(i)} {DateTimeOffset.FromUnixTimeSeconds(log.StampAt(i)):MM-dd HH:mm:ss}{(log.TimeKnownAt(i) ? "" : "?")} {(log.ClosedAt(i) ? "closed" : "open")} total {log.TotalAt(i)} open {log.DurationAt(i)} min")
        .ToList();

    private static HashSet<string> CloudRecords(DeviceBench bench) => bench.Module.Cloud.AcceptedRecords
        .Select(r => $"{r.TimestampUnix} {Convert.ToHexString(r.Dps)}")
        .ToHashSet();

    /// <summary>The firmware's log lines.</summary>
    private sealed class LinesLog : ILog
    {
        public List<string> Lines { get; } = [];

        public void Write(LogLevel level, string component, string message) => Lines.Add(message);

        /// <summary>The records the "datalog full" lines say were overwritten.</summary>
        public long Dropped() => Lines.Where(l => l.StartsWith("datalog full: ", StringComparison.Ordinal))
            .Sum(l => long.Parse(l.Split(' ')[2]));
    }
}
