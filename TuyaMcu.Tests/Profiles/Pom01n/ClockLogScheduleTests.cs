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
        internal const long TenOClock = 1761559200;

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
            ClockLogSchedule schedule = StartedAtTen(settings, TenOClock + 60);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            schedule.TakeDue(TenOClock + 960, log, false, false);

            // Saved before the sleep; after the wake, RAM is new and the clock still known.
            Pom01nLog woken = new Pom01nLog(Pom01nLog.DefaultCapacity);
            ClockLogSchedule wokenSchedule = Reloaded(log, schedule, settings, woken);

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
        public void AReboot_WithASecondOfTheHour_KeepsTheGrid_AndTakesNoTickUntilTheClockIsBack()
        {
            ClockLogSettings settings = Settings(1, 1200, 15, 8);
            ClockLogSchedule schedule = StartedAtTen(settings, ClockLogSchedule.NotSet);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            Assert.AreEqual(2, schedule.TakeDue(TenOClock + 1800, log, false, false));

            // Rebooted at 10:31:40; the clock is unknown until the sync at 11:01:40.
            Pom01nLog rebooted = new Pom01nLog(Pom01nLog.DefaultCapacity);
            ClockLogSchedule rebootedSchedule = Reloaded(log, schedule, settings, rebooted);
            rebootedSchedule.Start(TenOClock + 3700);

            // 10:35 and 10:50 fell while the state was unknown: not made up. 11:05 is on the old grid.
            Assert.AreEqual(TenOClock + 3900, rebootedSchedule.NextTickUnix);
            Assert.AreEqual(2, rebootedSchedule.TakeDue(TenOClock + 4800, rebooted, true, false));
            Assert.AreEqual(4, rebooted.Count);
            Assert.AreEqual(TenOClock + 4800, rebooted.StampAt(0));
            Assert.AreEqual(TenOClock + 3900, rebooted.StampAt(1));
            Assert.AreEqual(TenOClock + 1200, rebooted.StampAt(2));
            Assert.AreEqual(log.SequenceAt(0) + 1, rebooted.SequenceAt(1));
        }

        [TestMethod]
        public void AReboot_WithAfterFirstUplink_AnchorsAgainOnTheFirstUplinkAfterTheSync()
        {
            ClockLogSettings settings = Settings(1, 65535, 15, 8);
            ClockLogSchedule schedule = StartedAtTen(settings, TenOClock + 60);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            Assert.AreEqual(2, schedule.TakeDue(TenOClock + 2000, log, false, false));

            Pom01nLog rebooted = new Pom01nLog(Pom01nLog.DefaultCapacity);
            ClockLogSchedule rebootedSchedule = Reloaded(log, schedule, settings, rebooted);
            rebootedSchedule.Start(TenOClock + 2500);

            Assert.AreEqual(ClockLogSchedule.NoTick, rebootedSchedule.NextTickUnix);
            Assert.AreEqual(0, rebootedSchedule.TakeDue(TenOClock + 5000, rebooted, false, false));

            rebootedSchedule.OnUplink(TenOClock + 5030);

            Assert.AreEqual(TenOClock + 5930, rebootedSchedule.NextTickUnix);
            Assert.AreEqual(1, rebootedSchedule.TakeDue(TenOClock + 6000, rebooted, false, false));
            Assert.AreEqual(TenOClock + 5930, rebooted.StampAt(0));
            Assert.AreEqual(3, rebooted.Count);
        }

        [TestMethod]
        public void AResyncThatMovesTheClock_NeitherTakesATickTwice_NorSkipsOne()
        {
            ClockLogSchedule schedule = StartedAtTen(Settings(1, 0, 15, 8), ClockLogSchedule.NotSet);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            Assert.AreEqual(2, schedule.TakeDue(TenOClock + 1000, log, false, false));

            // The network's time puts the clock 200 s back: 10:15 was taken already.
            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 800, log, false, false));
            Assert.AreEqual(0, schedule.TakeDue(TenOClock + 1000, log, false, false));

            // Then 1000 s forward, past 10:30: taken once, at its own time.
            Assert.AreEqual(1, schedule.TakeDue(TenOClock + 2000, log, false, true));

            Assert.AreEqual(3, log.Count);
            Assert.AreEqual(TenOClock + 1800, log.StampAt(0));
            Assert.AreEqual(TenOClock + 900, log.StampAt(1));
            Assert.AreEqual(TenOClock + 2700, schedule.NextTickUnix);
        }

        // A schedule put in force at 10:00:00, its first uplink at uplinkAt (or none: NotSet).
        private static ClockLogSchedule StartedAtTen(ClockLogSettings settings, long uplinkAt)
        {
            ClockLogSchedule schedule = new ClockLogSchedule(settings);
            schedule.Start(TenOClock);
            if (uplinkAt != ClockLogSchedule.NotSet)
            {
                schedule.OnUplink(uplinkAt);
            }

            return schedule;
        }

        // What a reboot or a deep sleep keeps: the persisted log and schedule place, read into a new log
        // (given) and a new schedule (returned).
        internal static ClockLogSchedule Reloaded(Pom01nLog log, ClockLogSchedule schedule, ClockLogSettings settings, Pom01nLog intoLog)
        {
            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(log.Capacity)];
            ByteCursor cursor = new ByteCursor();
            cursor.Reset(buffer, 0, buffer.Length);
            Assert.IsTrue(Pom01nLogFormat.Write(cursor, log, schedule));
            ClockLogSchedule intoSchedule = new ClockLogSchedule(settings);
            Assert.IsNull(Pom01nLogFormat.Read(cursor, buffer, 0, cursor.Position, intoLog, intoSchedule));
            return intoSchedule;
        }

        internal static ClockLogSettings Settings(int a, int b, int c, int d)
        {
            ClockLogSettings settings = new ClockLogSettings();
            Assert.IsNull(settings.Set(a, b, c, d));
            return settings;
        }

        internal static void AssertSameEntries(Pom01nLog expected, Pom01nLog actual)
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
    }
}
