using System;
using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Storage;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nLogTests
    {
        [TestMethod]
        public void Entries_ReadNewestFirst_WithTheirFields()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);

            Assert.AreEqual(1u, log.Add(LogEntryKind.Sample, false, true, true, 100));
            Assert.AreEqual(2u, log.Add(LogEntryKind.Event, true, false, true, 160));

            Assert.AreEqual(2, log.Count);
            Assert.AreEqual(2u, log.SequenceAt(0));
            Assert.AreEqual(LogEntryKind.Event, log.KindAt(0));
            Assert.IsTrue(log.PowerOutageAt(0));
            Assert.IsFalse(log.LowVoltageAt(0));
            Assert.AreEqual(160L, log.StampAt(0));
            Assert.AreEqual(LogEntryKind.Sample, log.KindAt(1));
            Assert.IsFalse(log.PowerOutageAt(1));
            Assert.IsTrue(log.LowVoltageAt(1));
            Assert.AreEqual(100L, log.StampAt(1));
        }

        [TestMethod]
        public void AFullRing_OverwritesTheOldest_AndCountsIt()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);

            for (int i = 0; i < 40; i++)
            {
                log.Add(LogEntryKind.Sample, false, false, true, 1000 + i);
            }

            Assert.AreEqual(32, log.Count);
            Assert.AreEqual(8L, log.Overwritten);
            Assert.AreEqual(1039L, log.StampAt(0));
            Assert.AreEqual(1008L, log.StampAt(31));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => log.StampAt(32));
        }

        [TestMethod]
        public void Clear_ForgetsTheEntries_ButNotTheNumbering()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Sample, false, false, true, 1);
            log.Add(LogEntryKind.Sample, false, false, true, 2);

            log.Clear();

            Assert.AreEqual(0, log.Count);
            Assert.AreEqual(3u, log.Add(LogEntryKind.Event, true, true, true, 3));
            Assert.AreEqual(1, log.Count);
        }

        [TestMethod]
        public void AnEntryMadeBeforeTheClockWasKnown_GetsItsTimeWhenItIsSet()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Event, true, false, false, 5000);

            Assert.IsFalse(log.TimeKnownAt(0));
            log.FixTimes(1761534956, 65000);

            Assert.IsTrue(log.TimeKnownAt(0));
            Assert.AreEqual(1761534956L - 60, log.StampAt(0));
        }

        [TestMethod]
        public void Capacity_IsAtLeast32()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Pom01nLog(31));
            Assert.AreEqual(64, new Pom01nLog(64).Capacity);
        }

        [TestMethod]
        public void Format_WriteThenRead_GivesBackTheLogAndTheSchedulesPlace()
        {
            ClockLogSettings settings = new ClockLogSettings();
            ClockLogSchedule schedule = new ClockLogSchedule(settings);
            schedule.Start(1761534000);
            schedule.OnUplink(1761534100);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Sample, true, false, true, 1761534200);
            log.Add(LogEntryKind.Event, false, true, true, 1761534300);
            log.Add(LogEntryKind.Event, true, true, true, 1761534400);
            byte[] buffer = new byte[2 + Pom01nLogFormat.MaxLength(log.Capacity)];
            int length = Written(buffer, log, schedule);

            Pom01nLog restored = new Pom01nLog(Pom01nLog.DefaultCapacity);
            ClockLogSchedule restoredSchedule = new ClockLogSchedule(settings);

            Assert.IsNull(Pom01nLogFormat.Read(new ByteCursor(), buffer, 2, length, restored, restoredSchedule));
            Assert.AreEqual(3, restored.Count);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(log.SequenceAt(i), restored.SequenceAt(i));
                Assert.AreEqual(log.KindAt(i), restored.KindAt(i));
                Assert.AreEqual(log.PowerOutageAt(i), restored.PowerOutageAt(i));
                Assert.AreEqual(log.LowVoltageAt(i), restored.LowVoltageAt(i));
                Assert.AreEqual(log.StampAt(i), restored.StampAt(i));
            }

            Assert.AreEqual(1761533999L, restoredSchedule.SinceUnix);
            Assert.AreEqual(1761534100L, restoredSchedule.AnchorUnix);
            Assert.AreEqual(4u, restored.Add(LogEntryKind.Sample, false, false, true, 1761534500));
        }

        [TestMethod]
        public void Format_KeepsTheNumberingAfterAClear_AndDropsUntimedEntries()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(new ClockLogSettings());
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Sample, false, false, true, 10);
            log.Clear();
            log.Add(LogEntryKind.Event, true, false, false, 2000);
            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(log.Capacity)];
            int length = Written(buffer, log, schedule);
            Pom01nLog restored = new Pom01nLog(Pom01nLog.DefaultCapacity);

            Assert.IsNull(Pom01nLogFormat.Read(new ByteCursor(), buffer, 0, length, restored, new ClockLogSchedule(new ClockLogSettings())));

            Assert.AreEqual(0, restored.Count);
            Assert.AreEqual(1L, restored.DroppedUntimed);
            Assert.AreEqual(3u, restored.NextSequence);
        }

        [TestMethod]
        public void Format_ABiggerSavedLog_KeepsTheNewestEntries()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(new ClockLogSettings());
            Pom01nLog big = new Pom01nLog(40);
            for (int i = 0; i < 40; i++)
            {
                big.Add(LogEntryKind.Sample, false, false, true, 100 + i);
            }

            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(big.Capacity)];
            int length = Written(buffer, big, schedule);
            Pom01nLog restored = new Pom01nLog(Pom01nLog.DefaultCapacity);

            Assert.IsNull(Pom01nLogFormat.Read(new ByteCursor(), buffer, 0, length, restored, schedule));

            Assert.AreEqual(32, restored.Count);
            Assert.AreEqual(139L, restored.StampAt(0));
            Assert.AreEqual(108L, restored.StampAt(31));
        }

        [TestMethod]
        [DataRow(-1, "bytes is not the length of a POM01-N log")]
        [DataRow(24, "log entry 0 has unknown flags 0x10")]
        [DataRow(37, "log entry 1 is out of order")]
        [DataRow(4, "the log's schedule times are negative")]
        public void Format_RefusesADamagedForm_AndChangesNothing(int damageAt, string expected)
        {
            ClockLogSchedule schedule = new ClockLogSchedule(new ClockLogSettings());
            schedule.Start(1000);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Sample, false, false, true, 1500);
            log.Add(LogEntryKind.Sample, false, false, true, 1600);
            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(log.Capacity)];
            int length = Written(buffer, log, schedule);
            if (damageAt < 0)
            {
                length--;
            }
            else if (damageAt == 37)
            {
                // The second entry's sequence number, made equal to the first's.
                buffer[damageAt + 3] = buffer[Pom01nLogFormat.FixedLength + 3];
            }
            else if (damageAt == 4)
            {
                buffer[damageAt] = 0xFF;
            }
            else
            {
                buffer[damageAt + 4] = 0x10;
            }

            Pom01nLog target = new Pom01nLog(Pom01nLog.DefaultCapacity);
            target.Add(LogEntryKind.Event, true, true, true, 7);
            ClockLogSchedule targetSchedule = new ClockLogSchedule(new ClockLogSettings());

            Assert.Contains(expected, Pom01nLogFormat.Read(new ByteCursor(), buffer, 0, length, target, targetSchedule));

            Assert.AreEqual(1, target.Count);
            Assert.AreEqual(7L, target.StampAt(0));
            Assert.IsFalse(targetSchedule.IsStarted);
        }

        [TestMethod]
        public void AddAndFormatWrite_AllocateNothing()
        {
            ClockLogSchedule schedule = new ClockLogSchedule(new ClockLogSettings());
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            byte[] buffer = new byte[Pom01nLogFormat.MaxLength(log.Capacity)];
            ByteCursor cursor = new ByteCursor();
            log.Add(LogEntryKind.Sample, false, false, true, 1);
            cursor.Reset(buffer, 0, buffer.Length);
            Pom01nLogFormat.Write(cursor, log, schedule);
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 100; i++)
            {
                log.Add(LogEntryKind.Event, (i & 1) != 0, false, true, 100 + i);
                cursor.Reset(buffer, 0, buffer.Length);
                Pom01nLogFormat.Write(cursor, log, schedule);
            }

            Assert.AreEqual(0L, AllocationProbe.AllocatedBytes() - before);
        }

        private static int Written(byte[] buffer, Pom01nLog log, ClockLogSchedule schedule)
        {
            int offset = buffer.Length - Pom01nLogFormat.MaxLength(log.Capacity);
            ByteCursor cursor = new ByteCursor();
            cursor.Reset(buffer, offset, buffer.Length - offset);
            Assert.IsTrue(Pom01nLogFormat.Write(cursor, log, schedule));
            return cursor.Position - offset;
        }
    }
}
