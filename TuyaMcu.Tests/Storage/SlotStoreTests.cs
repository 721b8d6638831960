using System;
using nanoFramework.TestFramework;
using TuyaMcu.Storage;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Storage
{
    [TestClass]
    public class SlotStoreTests
    {
        [TestMethod]
        public void Crc32_MatchesTheStandardCheckValue()
        {
            byte[] digits = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };

            Assert.AreEqual(0xCBF43926u, Crc32.Compute(digits, 0, 9));
        }

        [TestMethod]
        public void Load_ReturnsNothing_OnFirstStart()
        {
            SlotStore store = new SlotStore(new FakeStorage(), "config", 1, 16);

            Assert.AreEqual(-1, store.Load());
            Assert.IsNull(store.LoadProblem);
        }

        [TestMethod]
        public void Saves_Alternate_AndLoadTakesTheNewest()
        {
            FakeStorage storage = new FakeStorage();
            SlotStore store = Save(storage, "01 02");
            Save(store, "03 04");
            Save(store, "05 06");

            SlotStore reloaded = new SlotStore(storage, "config", 1, 16);
            Assert.AreEqual(2, reloaded.Load());
            Assert.AreEqual("0506", Hex.Format(reloaded.Buffer, SlotStore.HeaderLength, 2, '\0'));
            Assert.IsNotNull(storage.Get("config.a"));
            Assert.IsNotNull(storage.Get("config.b"));
        }

        [TestMethod]
        public void TornNewestSlot_FallsBackToThePreviousCopy_AndSaysSo()
        {
            FakeStorage storage = new FakeStorage();
            SlotStore store = Save(storage, "01 02");
            Save(store, "03 04");
            storage.Truncate("config.b", 17);

            SlotStore reloaded = new SlotStore(storage, "config", 1, 16);
            Assert.AreEqual(2, reloaded.Load());
            Assert.AreEqual("0102", Hex.Format(reloaded.Buffer, SlotStore.HeaderLength, 2, '\0'));
            Assert.Contains("config.b is torn", reloaded.LoadProblem);
        }

        [TestMethod]
        public void CorruptByte_IsCaughtByTheCrc()
        {
            FakeStorage storage = new FakeStorage();
            SlotStore store = Save(storage, "01 02");
            Save(store, "03 04");
            storage.Get("config.b")[17] ^= 0x40;

            SlotStore reloaded = new SlotStore(storage, "config", 1, 16);
            Assert.AreEqual(2, reloaded.Load());
            Assert.AreEqual("0102", Hex.Format(reloaded.Buffer, SlotStore.HeaderLength, 2, '\0'));
            Assert.Contains("CRC mismatch", reloaded.LoadProblem);
        }

        [TestMethod]
        public void BothSlotsDamaged_LoadsNothing_AndReportsBoth()
        {
            FakeStorage storage = new FakeStorage();
            SlotStore store = Save(storage, "01 02");
            Save(store, "03 04");
            storage.Truncate("config.a", 3);
            storage.Get("config.b")[9] ^= 1;

            SlotStore reloaded = new SlotStore(storage, "config", 1, 16);
            Assert.AreEqual(-1, reloaded.Load());
            Assert.Contains("config.a", reloaded.LoadProblem);
            Assert.Contains("config.b", reloaded.LoadProblem);
        }

        [TestMethod]
        public void AfterAFallback_TheNextSaveOverwritesTheDamagedSlot()
        {
            FakeStorage storage = new FakeStorage();
            SlotStore store = Save(storage, "01 02");
            Save(store, "03 04");
            storage.Truncate("config.b", 5);
            SlotStore reloaded = new SlotStore(storage, "config", 1, 16);
            reloaded.Load();

            Save(reloaded, "07 08");

            SlotStore again = new SlotStore(storage, "config", 1, 16);
            Assert.AreEqual(2, again.Load());
            Assert.AreEqual("0708", Hex.Format(again.Buffer, SlotStore.HeaderLength, 2, '\0'));
            Assert.IsNull(again.LoadProblem);
            Assert.AreEqual(2, Hex.ToBytes(Hex.Format(storage.Get("config.a"), SlotStore.HeaderLength, 2, ' ')).Length);
        }

        [TestMethod]
        public void OtherFormat_IsNotLoaded()
        {
            FakeStorage storage = new FakeStorage();
            Save(storage, "01 02");

            SlotStore other = new SlotStore(storage, "config", 2, 16);
            Assert.AreEqual(-1, other.Load());
            Assert.Contains("format 1, expected 2", other.LoadProblem);
        }

        [TestMethod]
        public void PayloadsBeyondTheHeadersLengthField_AreRefusedUpFront()
        {
            // A larger copy could be written, but its 16-bit length would make every load call it torn.
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SlotStore(new FakeStorage(), "state", 1, 65536));
        }

        private static SlotStore Save(FakeStorage storage, string hex)
        {
            SlotStore store = new SlotStore(storage, "config", 1, 16);
            store.Load();
            Save(store, hex);
            return store;
        }

        private static void Save(SlotStore store, string hex)
        {
            int length = Hex.TryDecode(hex, store.Buffer, SlotStore.HeaderLength);
            store.Save(length);
        }
    }
}
