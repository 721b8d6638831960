using System.IO;
using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Sensor;
using TuyaMcu.Storage;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Storage
{
    [TestClass]
    public class PersistenceStoreTests
    {
        [TestMethod]
        public void SaveSettings_IsOnFlashWhenItReturns()
        {
            FakeStorage flash = new FakeStorage();
            SensorSettings settings = new SensorSettings();
            settings.TdcSeconds = 600;

            Assert.IsNull(NewPersistence(flash).SaveSettings(settings));

            Assert.AreEqual(600, LoadSettings(flash).TdcSeconds);
        }

        [TestMethod]
        public void SaveThatFails_SaysWhy_AndTheNextStartFindsTheLastSavedCopy()
        {
            FakeStorage flash = new FakeStorage();
            RefusingStorage storage = new RefusingStorage(flash);
            Persistence persistence = NewPersistence(storage);
            SensorSettings settings = new SensorSettings();
            settings.TdcSeconds = 600;
            Assert.IsNull(persistence.SaveSettings(settings));

            storage.Refusing = true;
            settings.TdcSeconds = 1200;
            string error = persistence.SaveSettings(settings);

            Assert.AreEqual("saving the configuration failed: worn out", error);
            Assert.AreEqual(error, persistence.LastError);
            Assert.AreEqual(600, LoadSettings(flash).TdcSeconds);
        }

        [TestMethod]
        public void FactoryResetThatFails_SaysWhy()
        {
            RefusingStorage storage = new RefusingStorage(new FakeStorage());
            storage.Refusing = true;

            Assert.AreEqual("erasing the configuration and counters failed: worn out", NewPersistence(storage).FactoryReset());
        }

        private static Persistence NewPersistence(IStorage storage)
        {
            return new Persistence(storage, SensorSchema.Create(), Datalog.DefaultCapacity, null);
        }

        private static SensorSettings LoadSettings(IStorage flash)
        {
            SensorSettings loaded = new SensorSettings();
            NewPersistence(flash).Load(loaded, new SensorCounters(), new Datalog(Datalog.DefaultCapacity));
            return loaded;
        }

        /// <summary>Flash that, while refusing, throws on every write and delete.</summary>
        private sealed class RefusingStorage : IStorage
        {
            private readonly IStorage _flash;

            public RefusingStorage(IStorage flash)
            {
                _flash = flash;
            }

            public bool Refusing;

            public int Read(string name, byte[] buffer, int offset, int count)
            {
                return _flash.Read(name, buffer, offset, count);
            }

            public void Write(string name, byte[] buffer, int offset, int count)
            {
                if (Refusing)
                {
                    throw new IOException("worn out");
                }

                _flash.Write(name, buffer, offset, count);
            }

            public void Delete(string name)
            {
                if (Refusing)
                {
                    throw new IOException("worn out");
                }

                _flash.Delete(name);
            }
        }
    }
}
