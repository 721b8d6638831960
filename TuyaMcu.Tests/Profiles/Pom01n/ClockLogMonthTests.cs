using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>The clock log through a simulated month: an always-on device against one that sleeps between events.</summary>
    [TestClass]
    public class ClockLogMonthTests
    {
        [TestMethod]
        [DataRow(1200)]
        [DataRow(65535)]
        public void AMonthWithOutagesAndBrownOuts_LogsTheSameAwakeOrAsleep_NothingLostOrTwice(int startSecond)
        {
            ClockLogSettings settings = ClockLogScheduleTests.Settings(1, startSecond, 15, 8);
            Month awake = new Month(settings);
            Month asleep = new Month(settings);
            long start = ClockLogScheduleTests.TenOClock;
            long end = start + 30L * 86400;
            long reboot = start + 15L * 86400 + 333;
            long sync = reboot + 120;
            awake.Begin(start);
            asleep.Begin(start);

            // Outages and brown-outs at pseudo-random times, about 3 a day.
            uint seed = 12345;
            long nextChange = start + 1000;
            long nextDaily = start + 86400;
            long t = start;
            int steps = 0;
            while (t < end)
            {
                // A schedule that does not move on fails here instead of running forever.
                Assert.IsTrue(++steps < 100000, "the month ends");
                long tick = awake.Schedule.NextTickUnix;
                t = Min(Min(tick, nextChange), Min(reboot, end));
                if (t == reboot)
                {
                    // A cold reboot: RAM and the clock are lost; the log and its place are kept; the clock comes back at the sync.
                    awake.Reboot(sync);
                    asleep.Reboot(sync);
                    t = sync;
                    reboot = long.MaxValue;
                    continue;
                }

                // Always on: every tick as it falls due.
                awake.Schedule.TakeDue(t, awake.Log, awake.PowerOutage, awake.LowVoltage);
                if (t == nextChange)
                {
                    seed = seed * 1103515245 + 12345;
                    bool outage = (seed >> 16) % 3 == 0;
                    awake.Change(t, outage);
                    asleep.Wake(t);
                    asleep.Change(t, outage);
                    nextChange = t + 60 + (seed >> 8) % 57600;
                }

                // Battery: a wake only on a change and once a day.
                if (t >= nextDaily)
                {
                    asleep.Wake(t);
                    nextDaily += 86400;
                }
            }

            awake.Schedule.TakeDue(end, awake.Log, awake.PowerOutage, awake.LowVoltage);
            asleep.Wake(end);

            ClockLogScheduleTests.AssertSameEntries(awake.Log, asleep.Log);
            int samples = 0;
            int irregularGaps = 0;
            long previousEntry = 0;
            long previousSample = 0;
            for (int i = awake.Log.Count - 1; i >= 0; i--)
            {
                long stamp = awake.Log.StampAt(i);
                Assert.IsTrue(stamp >= previousEntry, "entries in time order");
                previousEntry = stamp;
                if (awake.Log.KindAt(i) != LogEntryKind.Sample)
                {
                    continue;
                }

                if (startSecond == 1200)
                {
                    Assert.AreEqual(300L, stamp % 900);
                }

                if (samples > 0 && stamp - previousSample != 900)
                {
                    irregularGaps++;
                }

                previousSample = stamp;
                samples++;
            }

            // 2880 quarter-hours in 30 days, less the first interval after the anchor and those while the clock was unknown.
            Assert.IsTrue(samples >= 2875 && samples <= 2880, "samples: " + samples.ToString());
            Assert.IsTrue(irregularGaps <= 1, "only the reboot may break the spacing");
            Assert.AreEqual(0L, awake.Log.Overwritten);
            Assert.AreEqual(0L, asleep.Log.Overwritten);
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        // One device through the month: its log, its schedule, its inputs' state.
        private sealed class Month
        {
            public readonly ClockLogSettings Settings;
            public Pom01nLog Log = new Pom01nLog(4096);
            public ClockLogSchedule Schedule;
            public bool PowerOutage;
            public bool LowVoltage;

            public Month(ClockLogSettings settings)
            {
                Settings = settings;
                Schedule = new ClockLogSchedule(settings);
            }

            public void Begin(long now)
            {
                Schedule.Start(now);
                Schedule.OnUplink(now + 30);
            }

            // The ticks slept through, with the state that held through them.
            public void Wake(long now)
            {
                Schedule.TakeDue(now, Log, PowerOutage, LowVoltage);
            }

            public void Change(long now, bool outage)
            {
                if (outage)
                {
                    PowerOutage = !PowerOutage;
                    LowVoltage = PowerOutage;
                }
                else
                {
                    LowVoltage = !LowVoltage || PowerOutage;
                }

                Log.Add(LogEntryKind.Event, PowerOutage, LowVoltage, true, now);
            }

            public void Reboot(long syncAt)
            {
                Pom01nLog log = new Pom01nLog(4096);
                Schedule = ClockLogScheduleTests.Reloaded(Log, Schedule, Settings, log);
                Log = log;
                Schedule.Start(syncAt);
                Schedule.OnUplink(syncAt + 30);
            }
        }
    }
}
