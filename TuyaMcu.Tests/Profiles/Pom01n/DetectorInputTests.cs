using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class DetectorInputTests
    {
        [TestMethod]
        public void Setup_TakesTheCurrentLevel_WithoutAChange()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);

            input.Setup(0);

            Assert.IsTrue(input.IsActive);
            Assert.IsFalse(input.Update(5000));
        }

        [TestMethod]
        public void ActiveLow_MapsTheLowLevelToOne()
        {
            FakeInput pin = new FakeInput();
            DetectorInput input = new DetectorInput(pin, false, DetectorInput.DefaultHoldMs);
            pin.Level = true;
            input.Setup(0);
            Assert.IsFalse(input.IsActive);

            pin.Level = false;
            input.Update(1000);

            Assert.IsTrue(input.Update(1100));
            Assert.IsTrue(input.IsActive);
        }

        [TestMethod]
        public void Change_CountsAfterTheHoldTime_DatedWhenItSettled()
        {
            FakeInput pin = new FakeInput();
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);
            input.Setup(0);

            pin.Level = true;
            Assert.IsFalse(input.Update(1000));
            Assert.AreEqual(1100L, input.NextDueMs);
            Assert.IsFalse(input.Update(1099));
            Assert.IsTrue(input.Update(1100));

            Assert.IsTrue(input.IsActive);
            Assert.AreEqual(1000L, input.ChangedAtMs);
        }

        [TestMethod]
        public void ZeroCrossingChatter_ShorterThanTheHoldTime_MakesNoChange()
        {
            FakeInput pin = new FakeInput();
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);
            input.Setup(0);

            // The optocoupler drops out near each zero crossing of 50 Hz mains: 2 ms pulses every 10 ms, for a second.
            for (int t = 1000; t < 2000; t += 10)
            {
                pin.Level = true;
                Assert.IsFalse(input.Update(t));
                pin.Level = false;
                Assert.IsFalse(input.Update(t + 2));
            }

            Assert.IsFalse(input.Update(5000));
            Assert.IsFalse(input.IsActive);
        }

        [TestMethod]
        [DataRow(100, 99, 0)]
        [DataRow(100, 100, 2)]
        [DataRow(250, 249, 0)]
        [DataRow(250, 250, 2)]
        public void APulse_CountsOnlyWhenItHoldsTheHoldTime(int holdMs, int pulseMs, int changes)
        {
            FakeInput pin = new FakeInput();
            DetectorInput input = new DetectorInput(pin, true, holdMs);
            input.Setup(0);
            int seen = 0;

            pin.Level = true;
            seen += input.Update(1000) ? 1 : 0;
            seen += input.Update(1000 + pulseMs) ? 1 : 0;
            pin.Level = false;
            for (int t = 1001 + pulseMs; t < 5000; t += 10)
            {
                seen += input.Update(t) ? 1 : 0;
            }

            Assert.AreEqual(changes, seen);
            Assert.IsFalse(input.IsActive);
        }

        [TestMethod]
        [DataRow(0, false, false)]
        [DataRow(1, true, true)]
        [DataRow(2, false, true)]
        [DataRow(3, true, false)]
        public void TriggerMode_SaysWhichChangesAreEvents(int mode, bool riseIsEvent, bool fallIsEvent)
        {
            FakeInput pin = new FakeInput();
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);
            input.Trigger = (TriggerMode)mode;
            input.Setup(0);

            pin.Level = true;
            input.Update(1000);
            Assert.IsTrue(input.Update(1100));
            Assert.AreEqual(riseIsEvent, input.ChangeIsEvent);

            pin.Level = false;
            input.Update(2000);
            Assert.IsTrue(input.Update(2100));
            Assert.AreEqual(fallIsEvent, input.ChangeIsEvent);
        }

        [TestMethod]
        public void TriggerMode_FollowsTheLogicalState_ForAnActiveLowDetector()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, false, DetectorInput.DefaultHoldMs);
            input.Trigger = TriggerMode.Rising;
            input.Setup(0);

            pin.Level = false;
            input.Update(1000);

            Assert.IsTrue(input.Update(1100));
            Assert.IsTrue(input.ChangeIsEvent);
        }

        [TestMethod]
        public void TriggerMode_RefusesFour()
        {
            DetectorInput input = new DetectorInput(new FakeInput(), true, DetectorInput.DefaultHoldMs);

            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => input.Trigger = (TriggerMode)4);
        }

        [TestMethod]
        public void Resume_ReportsTheChangeThatWokeTheChip_OnceItHeld()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);

            input.Resume(50, false);

            Assert.IsFalse(input.IsActive);
            Assert.AreEqual(150L, input.NextDueMs);
            Assert.IsFalse(input.Update(149));
            Assert.IsTrue(input.Update(150));
            Assert.IsTrue(input.IsActive);
            Assert.AreEqual(50L, input.ChangedAtMs);
            Assert.IsFalse(input.Update(300));
        }

        [TestMethod]
        public void Resume_WithTheSameLevel_HasNoChange()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);

            input.Resume(50, true);

            Assert.IsFalse(input.Update(50));
            Assert.IsFalse(input.Update(1000));
            Assert.IsTrue(input.IsActive);
        }

        [TestMethod]
        public void Resume_OnChatter_HasNoChange()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);

            input.Resume(50, false);
            pin.Level = false;
            Assert.IsFalse(input.Update(60));
            pin.Level = true;
            Assert.IsFalse(input.Update(70));
            pin.Level = false;
            Assert.IsFalse(input.Update(80));
            Assert.IsFalse(input.Update(150));
            Assert.IsFalse(input.Update(200));
            Assert.IsFalse(input.Update(1000));

            Assert.IsFalse(input.IsActive);
            Assert.AreEqual(50L, input.ChangedAtMs);
        }

        [TestMethod]
        public void Resume_AfterAGlitch_CountsTheHoldFromWhenTheNewLevelCameBack()
        {
            FakeInput pin = new FakeInput();
            pin.Level = true;
            DetectorInput input = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);

            input.Resume(0, false);
            pin.Level = false;
            Assert.IsFalse(input.Update(90));
            pin.Level = true;
            Assert.IsFalse(input.Update(95));
            Assert.IsFalse(input.Update(194));

            Assert.IsTrue(input.Update(195));
            Assert.AreEqual(95L, input.ChangedAtMs);
        }
    }
}
