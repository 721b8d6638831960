using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nLedTests
    {
        [TestMethod]
        public void Uplink_FlashesOnce_For500Ms()
        {
            Rig r = new Rig();

            r.Show(LedPattern.Uplink, 1000);
            r.RunUntil(10000);

            r.AssertTimeline("1000+ 1500-");
        }

        [TestMethod]
        public void Activating_BlinksFastFiveTimes()
        {
            Rig r = new Rig();

            r.Show(LedPattern.Activating, 1000);
            r.RunUntil(10000);

            r.AssertTimeline("1000+ 1100- 1200+ 1300- 1400+ 1500- 1600+ 1700- 1800+ 1900-");
        }

        [TestMethod]
        [DataRow(2)]
        [DataRow(3)]
        public void JoinedAndDeactivated_LightFiveSeconds(int pattern)
        {
            Rig r = new Rig();

            r.Show((LedPattern)pattern, 1000);
            r.RunUntil(10000);

            r.AssertTimeline("1000+ 6000-");
        }

        [TestMethod]
        [DataRow(1, 3, 1250, "1000+ 1100- 1200+ 1250+ 6250-")]
        [DataRow(2, 0, 3000, "1000+ 6000-")]
        [DataRow(2, 3, 3000, "1000+ 3000+ 8000-")]
        [DataRow(2, 1, 2000, "1000+ 6000- 6000+ 6100- 6200+ 6300- 6400+ 6500- 6600+ 6700- 6800+ 6900-")]
        public void ASecondPattern_ShowsAtOnce_OrWhenOneThatMattersMoreIsOver(int first, int second, int secondAt, string expected)
        {
            // Deactivated cuts the blinks short and outlasts the joined light; an uplink leaves the joined
            // light alone; the activation's blinks wait for the joined light to end.
            Rig r = new Rig();

            r.Show((LedPattern)first, 1000);
            r.RunUntil(secondAt);
            r.Show((LedPattern)second, secondAt);
            r.RunUntil(20000);

            r.AssertTimeline(expected);
        }

        [TestMethod]
        public void AnUplink_DoesNotDisturbTheBlinks_ButShowsOnceTheyAreDone()
        {
            Rig r = new Rig();

            r.Show(LedPattern.Activating, 1000);
            r.RunUntil(1150);
            r.Show(LedPattern.Uplink, 1150);
            r.RunUntil(2500);
            r.Show(LedPattern.Uplink, 2500);
            r.RunUntil(10000);

            r.AssertTimeline("1000+ 1100- 1200+ 1300- 1400+ 1500- 1600+ 1700- 1800+ 1900- 2500+ 3000-");
        }

        [TestMethod]
        public void AnActiveLowLed_IsLitByTheLowLevel()
        {
            Rig r = new Rig(false);

            r.Show(LedPattern.Uplink, 1000);
            r.RunUntil(10000);

            r.AssertTimeline("1000- 1500+");
        }

        [TestMethod]
        public void WithoutAPin_PatternsStillRun()
        {
            Pom01nLed led = new Pom01nLed(null, true);

            led.Show(LedPattern.Activating, 0);
            for (long t = 0; t < 2000; t += 10)
            {
                led.Update(t);
            }

            Assert.IsFalse(led.IsOn);
            Assert.AreEqual(long.MaxValue, led.NextDueMs);
        }

        // One LED (lit high) on a pin that records when it changed.
        private sealed class Rig
        {
            private readonly FakeClock _clock = new FakeClock();
            private readonly RecordingPin _pin;
            private readonly Pom01nLed _led;

            public Rig()
                : this(true)
            {
            }

            public Rig(bool onLevel)
            {
                _pin = new RecordingPin(_clock);
                _led = new Pom01nLed(_pin, onLevel);
                _pin.Levels.Clear();
                _pin.Times.Clear();
            }

            public void Show(LedPattern pattern, long now)
            {
                _clock.Now = now;
                _led.Show(pattern, now);
            }

            public void RunUntil(long end)
            {
                while (_led.NextDueMs <= end)
                {
                    _clock.Now = _led.NextDueMs;
                    _led.Update(_clock.Now);
                }
            }

            // "1000+ 1500-": the LED lit at 1000 ms and dark at 1500 ms.
            public void AssertTimeline(string expected)
            {
                string actual = string.Empty;
                for (int i = 0; i < _pin.Levels.Count; i++)
                {
                    actual += (i > 0 ? " " : string.Empty) + ((long)_pin.Times[i]).ToString() + ((bool)_pin.Levels[i] ? "+" : "-");
                }

                Assert.AreEqual(expected, actual);
            }
        }
    }
}
