using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class ActButtonTests
    {
        [TestMethod]
        [DataRow(999, 0)]
        [DataRow(1000, 1)]
        [DataRow(2999, 1)]
        public void APress_IsToldApartByItsLength(int heldMs, int action)
        {
            Rig r = new Rig(true);

            Assert.AreEqual(ButtonAction.None, r.Press(heldMs));
            Assert.AreEqual((ButtonAction)action, r.Release());
        }

        [TestMethod]
        public void APressOfThreeSeconds_Activates_WhileStillHeld_AndOnlyOnce()
        {
            Rig r = new Rig(true);

            Assert.AreEqual(ButtonAction.None, r.Press(2999));
            Assert.AreEqual(r.Now - 2999 + 3000, r.Button.NextDueMs);
            Assert.AreEqual(ButtonAction.Activate, r.Hold(1));
            Assert.AreEqual(ButtonAction.None, r.Hold(5000));
            Assert.AreEqual(ButtonAction.None, r.Release());
        }

        [TestMethod]
        public void AReleaseJustBeforeThreeSeconds_StillSettling_IsNoActivation()
        {
            Rig r = new Rig(true);
            r.Press(2990);

            r.Pin.Level = true;
            Assert.AreEqual(ButtonAction.None, r.Button.Update(r.Now));
            Assert.AreEqual(ButtonAction.None, r.Button.Update(r.Now + 20));
            Assert.AreEqual(ButtonAction.Uplink, r.Button.Update(r.Now + ActButton.DefaultDebounceMs));
        }

        [TestMethod]
        public void FiveFastPresses_Deactivate_OnTheFifthRelease()
        {
            Rig r = new Rig(true);

            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(ButtonAction.None, r.Press(200));
                Assert.AreEqual(ButtonAction.None, r.Release());
                r.Idle(900);
            }

            Assert.AreEqual(ButtonAction.None, r.Press(200));
            Assert.AreEqual(ButtonAction.Deactivate, r.Release());
        }

        [TestMethod]
        public void AGapOfASecond_StartsTheCountAgain()
        {
            Rig r = new Rig(true);

            for (int i = 0; i < 4; i++)
            {
                r.Press(200);
                r.Release();
                r.Idle(500);
            }

            r.Idle(500);
            for (int i = 0; i < 4; i++)
            {
                r.Press(200);
                Assert.AreEqual(ButtonAction.None, r.Release());
                r.Idle(500);
            }

            r.Press(200);
            Assert.AreEqual(ButtonAction.Deactivate, r.Release());
        }

        [TestMethod]
        public void ALongPressAmongFastOnes_StartsTheCountAgain()
        {
            Rig r = new Rig(true);

            for (int i = 0; i < 3; i++)
            {
                r.Press(200);
                r.Release();
                r.Idle(300);
            }

            r.Press(1500);
            Assert.AreEqual(ButtonAction.Uplink, r.Release());
            for (int i = 0; i < 2; i++)
            {
                r.Idle(300);
                r.Press(200);
                Assert.AreEqual(ButtonAction.None, r.Release());
            }
        }

        [TestMethod]
        public void Bounce_ShorterThanTheDebounce_IsNoPress()
        {
            Rig r = new Rig(true);

            for (int i = 0; i < 10; i++)
            {
                r.Pin.Level = false;
                Assert.AreEqual(ButtonAction.None, r.Button.Update(r.Now += 2));
                r.Pin.Level = true;
                Assert.AreEqual(ButtonAction.None, r.Button.Update(r.Now += 2));
            }

            r.Idle(5000);
            Assert.IsFalse(r.Button.IsPressed);
        }

        [TestMethod]
        public void AButtonHeldAtStart_CountsFromTheStart_SoHoldingItOnActivates()
        {
            Rig r = new Rig(false);

            Assert.IsTrue(r.Button.IsPressed);
            Assert.AreEqual(ButtonAction.None, r.Hold(2999));
            Assert.AreEqual(ButtonAction.Activate, r.Hold(1));
        }

        // The button on a fake pin (pressed low, as BOOT), set up at 10 s with the given level.
        private sealed class Rig
        {
            public readonly FakeInput Pin = new FakeInput();
            public readonly ActButton Button;
            public long Now = 10000;

            public Rig(bool level)
            {
                Pin.Level = level;
                Button = new ActButton(Pin, false, ActButton.DefaultDebounceMs);
                Button.Setup(Now);
            }

            // Presses at Now and keeps it pressed for heldMs (the debounced press is dated when it settled).
            public ButtonAction Press(int heldMs)
            {
                Pin.Level = false;
                ButtonAction action = Button.Update(Now);
                action = Or(action, Button.Update(Now + ActButton.DefaultDebounceMs));
                Now += heldMs;
                return Or(action, Button.Update(Now));
            }

            public ButtonAction Hold(int ms)
            {
                Now += ms;
                return Button.Update(Now);
            }

            public ButtonAction Release()
            {
                Pin.Level = true;
                ButtonAction action = Button.Update(Now);
                Now += ActButton.DefaultDebounceMs;
                return Or(action, Button.Update(Now));
            }

            public void Idle(int ms)
            {
                Now += ms;
                Assert.AreEqual(ButtonAction.None, Button.Update(Now));
            }

            private static ButtonAction Or(ButtonAction a, ButtonAction b)
            {
                return a != ButtonAction.None ? a : b;
            }
        }
    }
}
