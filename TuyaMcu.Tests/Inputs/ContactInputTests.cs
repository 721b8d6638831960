using TuyaMcu.Inputs;
using nanoFramework.TestFramework;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Inputs
{
    [TestClass]
    public class ContactInputTests
    {
        [TestMethod]
        public void Setup_TakesTheCurrentLevel_WithoutAnEvent()
        {
            FakeInput pin = new FakeInput();
            pin.Level = false;
            ContactInput contact = new ContactInput(pin, false, 50);

            contact.Setup(100);

            Assert.IsTrue(contact.IsClosed);
            Assert.IsFalse(contact.Update(200));
        }

        [TestMethod]
        public void Change_CountsOnceItHeldForTheDebounceTime_DatedWhenItSettled()
        {
            FakeInput pin = new FakeInput();
            ContactInput contact = new ContactInput(pin, false, 50);
            contact.Setup(0);

            pin.Level = true;
            Assert.IsFalse(contact.Update(1000));
            Assert.IsFalse(contact.Update(1049));
            Assert.AreEqual(1050L, contact.NextDueMs);
            Assert.IsTrue(contact.Update(1050));

            Assert.IsFalse(contact.IsClosed);
            Assert.AreEqual(1000L, contact.ChangedAtMs);
        }

        [TestMethod]
        public void Bounce_ShorterThanTheDebounce_IsIgnored()
        {
            FakeInput pin = new FakeInput();
            ContactInput contact = new ContactInput(pin, false, 50);
            contact.Setup(0);

            for (int t = 1000; t < 1040; t += 2)
            {
                pin.Level = !pin.Level;
                Assert.IsFalse(contact.Update(t));
            }

            pin.Level = false;
            Assert.IsFalse(contact.Update(1040));
            Assert.IsFalse(contact.Update(2000));
            Assert.IsTrue(contact.IsClosed);
        }

        [TestMethod]
        public void Bounce_BeforeANewLevel_DatesTheChangeFromTheLastEdge()
        {
            FakeInput pin = new FakeInput();
            ContactInput contact = new ContactInput(pin, false, 50);
            contact.Setup(0);

            pin.Level = true;
            contact.Update(1000);
            pin.Level = false;
            contact.Update(1003);
            pin.Level = true;
            contact.Update(1007);

            Assert.IsTrue(contact.Update(1057));
            Assert.AreEqual(1007L, contact.ChangedAtMs);
        }

        [TestMethod]
        public void ZeroDebounce_TakesEveryChangeAtOnce()
        {
            FakeInput pin = new FakeInput();
            ContactInput contact = new ContactInput(pin, true, 0);
            contact.Setup(0);

            pin.Level = true;

            Assert.IsTrue(contact.Update(5));
            Assert.IsTrue(contact.IsClosed);
        }
    }
}
