using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class ClockLogScheduleTests
    {
        // 2025-10-27 10:00:00 UTC.
        private const long TenOClock = 1761559200;

        [TestMethod]
        public void SecondOfTheHour_TicksOnTheGridThroughIt_FromTheStart()
        {
            ClockLogSettings settings = Settings(1, 1200, 15, 8);
            ClockLogSchedule schedule = new ClockLogSchedule(settings);

            Assert.AreEqual(ClockLogSchedule.NoTick, schedule.NextTickUnix);
            schedule.Start(TenOClock);

            // Second 1200 is 10:20:00; every 15 minutes around it: :05, :20, :35, :50.
            Assert.AreEqual(TenOClock + 5 * 60, schedule.NextTickUnix);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            Assert.AreEqual(4, schedule.TakeDue(TenOClock + 3600, log, true, false));
            Assert.AreEqual(TenOClock + 50 * 60, log.StampAt(0));
            Assert.AreEqual(TenOClock + 35 * 60, log.StampAt(1));
            Assert.AreEqual(TenOClock + 20 * 60, log.StampAt(2));
            Assert.AreEqual(TenOClock + 5 * 60, log.StampAt(3));
            Assert.AreEqual(LogEntryKind.Sample, log.KindAt(0));
            Assert.IsTrue(log.PowerOutageAt(0));
            Assert.AreEqual(TenOClock + 65 * 60, schedule.NextTickUnix);
        }

        [TestMethod]
        public void SecondOfTheHour_IsTheSameGridOnEveryDevice_WhateverTheStart()
        {
            ClockLogSettings settings = Settings(1, 7, 7, 8);

            long a = ClockLogSchedule.NextAfter(settings, ClockLogSchedule.NotSet, TenOClock + 12345);
            long b = ClockLogSchedule.NextAfter(settings, ClockLogSchedule.NotSet, TenOClock - 99999);

            Assert.AreEqual(7L, a % 420);
            Assert.AreEqual(7L, b % 420);
        }

        [TestMethod]
        public void AStartOnATick_TakesIt()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(Settings(1, 0, 60, 8));
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);

            schedule.Start(TenOClock);

            Assert.AreEqual(1, schedule.TakeDue(TenOClock, log, false, false));
            Assert.AreEqual(TenOClock, log.StampAt(0));
            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 3599, log, false, false));
        }

        [TestMethod]
        public void AfterFirstUplink_WaitsForTheUplink_ThenTicksEveryIntervalFromIt()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(Settings(1, 65535, 1, 5));
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            schedule.Start(TenOClock);

            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 3600, log, false, false));
            Assert.AreEqual(ClockLogSchedule.NoTick, schedule.NextTickUnix);

            schedule.OnUplink(TenOClock + 3600 + 17);
            schedule.OnUplink(TenOClock + 3600 + 30);

            Assert.AreEqual(TenOClock + 3600 + 17, schedule.AnchorUnix);
            Assert.AreEqual(TenOClock + 3600 + 77, schedule.NextTickUnix);
            Assert.AreEqual(3, schedule.TakeDue(TenOClock + 3600 + 200, log, false, true));
            Assert.AreEqual(TenOClock + 3600 + 197, log.StampAt(0));
            Assert.AreEqual(TenOClock + 3600 + 77, log.StampAt(2));
        }

        [TestMethod]
        public void AnUplinkBeforeTheStart_DoesNotAnchor()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(Settings(1, 65535, 15, 8));

            schedule.OnUplink(TenOClock);
            schedule.Start(TenOClock + 10);

            Assert.AreEqual(ClockLogSchedule.NotSet, schedule.AnchorUnix);
        }

        [TestMethod]
        [DataRow(0, 0, 15)]
        [DataRow(1, 0, 0)]
        [DataRow(0, 65535, 15)]
        public void DisabledOrZeroInterval_TakesNothing(int a, int b, int c)
        {
            ClockLogSchedule schedule = new ClockLogSchedule(Settings(a, b, c, 8));
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            schedule.Start(TenOClock);
            schedule.OnUplink(TenOClock + 1);

            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 86400, log, false, false));
            Assert.AreEqual(ClockLogSchedule.NoTick, schedule.NextTickUnix);
        }

        [TestMethod]
        public void BeforeTheClockIsKnown_NothingIsTaken_AndTheFirstSyncStartsIt()
        {
            ClockLogSettings settings = Settings(1, 0, 15, 8);
            ClockLogSchedule schedule = new ClockLogSchedule(settings);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);

            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 7200, log, false, false));

            // The time is synchronised at 10:07:30; 10:15 is the first tick.
            schedule.Start(TenOClock + 450);
            Assert.AreEqual(2, schedule.TakeDue(TenOClock + 1800, log, false, false));
            Assert.AreEqual(TenOClock + 900, log.StampAt(1));
        }

        [TestMethod]
        public void ChangedSettingsWhileTheClockIsUnknown_WaitForTheSync()
        {
            ClockLogSettings settings = Settings(1, 0, 15, 8);
            ClockLogSchedule schedule = new ClockLogSchedule(settings);
            schedule.Start(TenOClock);

            settings.Set(1, 0, 1, 8);
            schedule.Stop();

            Assert.IsFalse(schedule.IsStarted);
            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 600, new Pom01nLog(Pom01nLog.DefaultCapacity), false, false));
        }

        [TestMethod]
        public void AcrossADeepSleep_TheTicksSleptThroughAreTaken_WithTheirOwnTimes()
        {
            ClockLogSettings settings = Settings(1, 65535, 15, 8);
            ClockLogSchedule schedule = new ClockLogSchedule(settings);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            schedule.Start(TenOClock);
            schedule.OnUplink(TenOClock + 60);
            schedule.TakeDue(TenOClock + 960, log, false, false);

            // Saved before the sleep; after the wake, RAM is new and the clock still known.
            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(log.Capacity)];
            ByteCursor cursor = new ByteCursor();
            cursor.Reset(buffer, 0, buffer.Length);
            Pom01nLogFormat.Write(cursor, log, schedule);
            int length = cursor.Position;
            Pom01nLog woken = new Pom01nLog(Pom01nLog.DefaultCapacity);
            ClockLogSchedule wokenSchedule = new ClockLogSchedule(settings);
            Assert.IsNull(Pom01nLogFormat.Read(cursor, buffer, 0, length, woken, wokenSchedule));

            Assert.AreEqual(3, wokenSchedule.TakeDue(TenOClock + 60 + 4 * 900 + 10, woken, true, true));
            Assert.AreEqual(4, woken.Count);
            Assert.AreEqual(TenOClock + 60 + 4 * 900, woken.StampAt(0));
            Assert.AreEqual(TenOClock + 60 + 2 * 900, woken.StampAt(2));
            Assert.AreEqual(TenOClock + 60 + 900, woken.StampAt(3));
            Assert.IsFalse(woken.PowerOutageAt(3));
        }

        [TestMethod]
        public void ASleepLongerThanTheLogHolds_KeepsTheNewestTicks_NumberedAndCountedAsAFullRingWould()
        {
            ClockLogSettings settings = Settings(1, 0, 1, 8);
            ClockLogSchedule asleep = new ClockLogSchedule(settings);
            ClockLogSchedule awake = new ClockLogSchedule(settings);
            Pom01nLog asleepLog = new Pom01nLog(Pom01nLog.DefaultCapacity);
            Pom01nLog awakeLog = new Pom01nLog(Pom01nLog.DefaultCapacity);
            asleep.Start(TenOClock);
            awake.Start(TenOClock);

            for (long t = TenOClock; t <= TenOClock + 6000; t += 60)
            {
                awake.TakeDue(t, awakeLog, false, false);
            }

            Assert.AreEqual(32, asleep.TakeDue(TenOClock + 6000, asleepLog, false, false));

            Assert.AreEqual(101L - 32, asleepLog.Overwritten);
            Assert.AreEqual(awakeLog.Overwritten, asleepLog.Overwritten);
            AssertSameEntries(awakeLog, asleepLog);
        }

        [TestMethod]
        [DataRow(1200)]
        [DataRow(65535)]
        public void AMonthWithOutagesAndBrownOuts_LogsTheSameAwakeOrAsleep_NothingLostOrTwice(int startSecond)
        {
            ClockLogSettings settings = Settings(1, startSecond, 15, 8);
            Month awake = new Month(settings);
            Month asleep = new Month(settings);
            long start = TenOClock;
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
            while (t < end)
            {
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

            AssertSameEntries(awake.Log, asleep.Log);
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

        internal static ClockLogSettings Settings(int a, int b, int c, int d)
        {
            ClockLogSettings settings = new ClockLogSettings();
            Assert.IsNull(settings.Set(a, b, c, d));
            return settings;
        }

        private static void AssertSameEntries(Pom01nLog expected, Pom01nLog actual)
        {
            Assert.AreEqual(expected.Count, actual.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.AreEqual(expected.StampAt(i), actual.StampAt(i));
                Assert.AreEqual(expected.KindAt(i), actual.KindAt(i));
                Assert.AreEqual(expected.PowerOutageAt(i), actual.PowerOutageAt(i));
                Assert.AreEqual(expected.LowVoltageAt(i), actual.LowVoltageAt(i));
                Assert.AreEqual(expected.SequenceAt(i), actual.SequenceAt(i));
            }
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
                byte[] buffer = new byte[Pom01nLogFormat.MaxLength(Log.Capacity)];
                ByteCursor cursor = new ByteCursor();
                cursor.Reset(buffer, 0, buffer.Length);
                Assert.IsTrue(Pom01nLogFormat.Write(cursor, Log, Schedule));
                int length = cursor.Position;
                Log = new Pom01nLog(4096);
                Schedule = new ClockLogSchedule(Settings);
                Assert.IsNull(Pom01nLogFormat.Read(cursor, buffer, 0, length, Log, Schedule));
                Schedule.Start(syncAt);
                Schedule.OnUplink(syncAt + 30);
            }
        }
    }
}
