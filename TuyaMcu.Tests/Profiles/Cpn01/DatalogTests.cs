using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tests.Profiles.Cpn01
{
    [TestClass]
    public class DatalogTests
    {
        [TestMethod]
        public void Records_AreKeptOldestFirst_AndPendingUntilSent()
        {
            Datalog log = new Datalog(32);
            uint first = log.Add(true, 1, 0, true, 1000);
            uint second = log.Add(false, 2, 3, true, 1900);

            Assert.AreEqual(2, log.PendingCount);
            Assert.AreEqual(0, log.NextSendable(0));
            Assert.IsTrue(log.MarkSent(first));
            Assert.AreEqual(1, log.NextSendable(0));
            Assert.AreEqual(second, log.SequenceAt(1));
            Assert.AreEqual(1, log.PendingCount);
        }

        [TestMethod]
        public void FullRing_OverwritesTheOldest_AndCountsLostPendingRecords()
        {
            Datalog log = new Datalog(32);
            for (int i = 0; i < 40; i++)
            {
                log.Add(true, i, 0, true, 1000 + i);
            }

            Assert.AreEqual(32, log.Count);
            Assert.AreEqual(8, log.TotalAt(0));
            Assert.AreEqual(8L, log.OverwrittenPending);
            Assert.AreEqual(32, log.PendingCount);
        }

        [TestMethod]
        public void Skip_NumbersAndCountsRecordsAsIfAddedAndOverwritten()
        {
            Datalog stepByStep = new Datalog(32);
            Datalog skipping = new Datalog(32);
            stepByStep.Add(true, 1, 0, true, 1000);
            skipping.Add(true, 1, 0, true, 1000);
            for (int i = 0; i < 50; i++)
            {
                stepByStep.Add(false, 2, 0, true, 2000 + i);
            }

            skipping.Skip(18);
            for (int i = 18; i < 50; i++)
            {
                skipping.Add(false, 2, 0, true, 2000 + i);
            }

            Assert.AreEqual(stepByStep.NextSequence, skipping.NextSequence);
            Assert.AreEqual(19L, skipping.OverwrittenPending);
            Assert.AreEqual(stepByStep.OverwrittenPending, skipping.OverwrittenPending);
            Assert.AreEqual(stepByStep.SequenceAt(0), skipping.SequenceAt(0));
            Assert.AreEqual(stepByStep.StampAt(0), skipping.StampAt(0));
            Assert.AreEqual(32, skipping.PendingCount);
        }

        [TestMethod]
        public void RecordsWithoutTime_AreNotSendable_UntilTheClockIsKnown()
        {
            Datalog log = new Datalog(32);
            log.Add(true, 1, 0, false, 5000);
            log.Add(true, 2, 0, false, 905000);

            Assert.AreEqual(-1, log.NextSendable(0));

            log.FixTimes(1700000000, 1805000);

            Assert.AreEqual(0, log.NextSendable(0));
            Assert.AreEqual(1700000000L - 1800L, log.StampAt(0));
            Assert.AreEqual(1700000000L - 900L, log.StampAt(1));
        }

        [TestMethod]
        public void Restore_DropsRecordsWhoseTimeWasNeverKnown()
        {
            Datalog log = new Datalog(32);

            log.Restore(7, true, 1, 0, false, 5000, true);
            log.Restore(8, false, 2, 1, true, 1700000000, true);

            Assert.AreEqual(1, log.Count);
            Assert.AreEqual(1L, log.DroppedUntimed);
            Assert.AreEqual(9u, log.NextSequence);
        }
    }
}
