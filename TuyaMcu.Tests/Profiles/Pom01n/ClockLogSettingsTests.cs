using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class ClockLogSettingsTests
    {
        [TestMethod]
        public void Defaults_AreTheManualsExample()
        {
            ClockLogSettings settings = new ClockLogSettings();

            Assert.IsTrue(settings.Enabled);
            Assert.AreEqual(ClockLogSettings.AfterFirstUplink, settings.StartSecond);
            Assert.AreEqual(15, settings.IntervalMin);
            Assert.AreEqual(8, settings.EntriesPerUplink);
            Assert.IsTrue(settings.Samples);
        }

        [TestMethod]
        [DataRow(1, 15, true)]
        [DataRow(0, 15, false)]
        [DataRow(1, 0, false)]
        public void Samples_NeedsEnabledAndAnInterval_AsTheManualsWayToDisable(int a, int c, bool samples)
        {
            ClockLogSettings settings = new ClockLogSettings();

            Assert.IsNull(settings.Set(a, 65535, c, 0));

            Assert.AreEqual(samples, settings.Samples);
        }

        [TestMethod]
        public void Set_RefusesAnOutOfRangeValue_AndChangesNothing()
        {
            ClockLogSettings settings = new ClockLogSettings();
            Assert.IsNull(settings.Set(0, 1200, 5, 4));

            Assert.Contains("d (entries per uplink) must be 0..32, got 33", settings.Set(1, 0, 1, 33));

            Assert.IsFalse(settings.Enabled);
            Assert.AreEqual(1200, settings.StartSecond);
            Assert.AreEqual(5, settings.IntervalMin);
            Assert.AreEqual(4, settings.EntriesPerUplink);
        }

        [TestMethod]
        public void CopyFrom_TakesEveryParameter()
        {
            ClockLogSettings source = new ClockLogSettings();
            Assert.IsNull(source.Set(0, 3599, 255, 32));
            ClockLogSettings copy = new ClockLogSettings();

            copy.CopyFrom(source);

            Assert.IsFalse(copy.Enabled);
            Assert.AreEqual(3599, copy.StartSecond);
            Assert.AreEqual(255, copy.IntervalMin);
            Assert.AreEqual(32, copy.EntriesPerUplink);
        }
    }
}
