using System.IO;
using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Storage;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Storage
{
    [TestClass]
    public class PersistenceStoreTests
    {
        [TestMethod]
        public void SaveConfiguration_IsOnFlashWhenItReturns()
        {
            FakeStorage flash = new FakeStorage();
            Stored stored = new Stored(flash);
            stored.Settings.TdcSeconds = 600;

            Assert.IsNull(stored.Persistence.SaveConfiguration(true));

            Assert.AreEqual(600, new Stored(flash).Settings.TdcSeconds);
        }

        [TestMethod]
        public void SaveThatFails_SaysWhy_AndTheNextStartFindsTheLastSavedCopy()
        {
            FakeStorage flash = new FakeStorage();
            RefusingStorage storage = new RefusingStorage(flash);
            Stored stored = new Stored(storage);
            stored.Settings.TdcSeconds = 600;
            Assert.IsNull(stored.Persistence.SaveConfiguration(true));

            storage.Refusing = true;
            stored.Settings.TdcSeconds = 1200;
            string error = stored.Persistence.SaveConfiguration(true);

            Assert.AreEqual("saving the configuration failed: worn out", error);
            Assert.AreEqual(error, stored.Persistence.LastError);
            Assert.AreEqual(600, new Stored(flash).Settings.TdcSeconds);
        }

        [TestMethod]
        public void FactoryResetThatFails_SaysWhy()
        {
            RefusingStorage storage = new RefusingStorage(new FakeStorage());
            Stored stored = new Stored(storage);
            storage.Refusing = true;

            Assert.AreEqual("erasing the configuration and counters failed: worn out", stored.Persistence.FactoryReset());
        }

        /// <summary>The CPN01's settings and state and the device's own, kept on <c>storage</c> and loaded from it.</summary>
        private sealed class Stored
        {
            public readonly Cpn01Settings Settings = new Cpn01Settings();
            public readonly Persistence Persistence;

            public Stored(IStorage storage)
            {
                Persistence = new Persistence(storage, null);
                Persistence.Keep(new Cpn01SettingsFormat(Settings, SchemaRegistry.Cpn01()), new DeviceSettings("12345678", 4, 16), new Cpn01StateFormat(new Cpn01Counters(), new Datalog(Datalog.DefaultCapacity)), new DeviceIdentity(), 0);
            }
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
