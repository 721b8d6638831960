using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tests.Profiles.Cpn01
{
    [TestClass]
    public class OpenAlarmTests
    {
        [TestMethod]
        public void WatchingOpen_FiresOnceAfterKeepTime_AndStaysActiveUntilTheContactChanges()
        {
            OpenAlarm alarm = new OpenAlarm();
            alarm.Configure(OpenAlarm.WatchOpen, 30, true, 0);

            alarm.OnContactChanged(false, 1000);
            Assert.IsFalse(alarm.Update(30999));
            Assert.IsTrue(alarm.Update(31000));
            Assert.IsTrue(alarm.IsActive);
            Assert.IsFalse(alarm.Update(60000));

            alarm.OnContactChanged(true, 70000);
            Assert.IsFalse(alarm.IsActive);
            Assert.AreEqual(long.MaxValue, alarm.NextDueMs);
        }

        [TestMethod]
        public void WatchingOpen_RearmsOnTheNextOpen()
        {
            OpenAlarm alarm = new OpenAlarm();
            alarm.Configure(OpenAlarm.WatchOpen, 10, true, 0);
            alarm.OnContactChanged(false, 0);
            alarm.Update(10000);
            alarm.OnContactChanged(true, 12000);

            alarm.OnContactChanged(false, 20000);

            Assert.IsFalse(alarm.Update(29999));
            Assert.IsTrue(alarm.Update(30000));
        }

        [TestMethod]
        public void ShortOpen_NeverFires()
        {
            OpenAlarm alarm = new OpenAlarm();
            alarm.Configure(OpenAlarm.WatchOpen, 30, true, 0);
            alarm.OnContactChanged(false, 0);
            alarm.OnContactChanged(true, 29000);

            Assert.IsFalse(alarm.Update(100000));
        }

        [TestMethod]
        public void WatchingClosed_FiresWhenTheContactStaysClosed()
        {
            OpenAlarm alarm = new OpenAlarm();
            alarm.Configure(OpenAlarm.WatchClosed, 5, false, 0);
            alarm.OnContactChanged(true, 100);

            Assert.IsTrue(alarm.Update(5100));
        }

        [TestMethod]
        public void KeepTimeZero_DisablesTheAlarm()
        {
            OpenAlarm alarm = new OpenAlarm();
            alarm.Configure(OpenAlarm.WatchOpen, 0, false, 0);

            Assert.IsFalse(alarm.Update(long.MaxValue - 1));
            Assert.AreEqual(long.MaxValue, alarm.NextDueMs);
        }

        [TestMethod]
        public void Configure_CountsFromNow_NotFromBefore()
        {
            OpenAlarm alarm = new OpenAlarm();

            alarm.Configure(OpenAlarm.WatchOpen, 30, false, 500000);

            Assert.IsFalse(alarm.Update(529999));
            Assert.IsTrue(alarm.Update(530000));
        }
    }
}
