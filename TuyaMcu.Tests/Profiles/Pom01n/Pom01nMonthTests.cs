using System.Collections;
using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>
    /// A simulated month of the whole POM01-N firmware (injected clock): outages of a minute to eight
    /// hours (the board in battery mode, deep-sleeping), brown-outs, brown-outs inside outages and
    /// cloud gaps of up to six hours, some of them hiding the end of an outage. Every event and every
    /// clock-log sample must reach the cloud exactly once, or still wait in the log at the end.
    /// </summary>
    [TestClass]
    public class Pom01nMonthTests
    {
        private const long Day = 24 * Pom01nApplicationTests.Hour;
        private const long Hour = Pom01nApplicationTests.Hour;
        private const long Second = Pom01nApplicationTests.Second;

        [TestMethod]
        public void Month_OfOutagesBrownOutsAndCloudGaps_DeliversEveryEventAndSampleExactlyOnce()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            Script script = new Script();
            FirmwareRig rig = Pom01nApplicationTests.Started(uplinks);
            Assert.IsNull(Pom01nApplicationTests.App(rig).Change.SetClockLog(1, 0, 15, 8));
            long logFrom = Pom01nApplicationTests.Unix(rig.Now);
            long start = (rig.Now / Day + 1) * Day;
            int outages = 0;
            for (int day = 0; day < 30; day++)
            {
                long at = start + day * Day;
                if (day % 2 == 0)
                {
                    script.Pulse(rig, Pom01nApplication.LowVoltageRole, at + 3 * Hour + Odd(day * 7919 % 3600), Odd(day * 1237 % 7200 + 30));
                }

                bool outage = day % 3 == 0;
                long outageFrom = at + 9 * Hour + Odd(day * 4099 % 3600);
                long outageFor = Odd(day * 2531 % (8 * 3600) + 60);
                if (outage)
                {
                    outages++;
                    script.Set(rig, Pom01nApplication.PowerOutageRole, true, outageFrom);
                    if (day % 6 == 0 && outageFor > 40 * 60 * Second)
                    {
                        // A brown-out inside the outage: the board is asleep on its battery.
                        script.Pulse(rig, Pom01nApplication.LowVoltageRole, outageFrom + 10 * 60 * Second + Second, Odd(1200));
                    }
                }

                if (day % 5 == 1 || day % 5 == 3)
                {
                    // The cloud goes away; on day 3, 9... it hides the end of that day's outage.
                    long gapFrom = day % 3 == 0 ? outageFrom + outageFor - Hour : at + 14 * Hour;
                    rig.RunUntil(gapFrom);
                    rig.Module.SetNetwork(NetworkStatus.ConnectedNotBound);
                    if (outage)
                    {
                        script.Set(rig, Pom01nApplication.PowerOutageRole, false, outageFrom + outageFor);
                        outage = false;
                    }

                    rig.RunUntil(gapFrom + Hour + (day * 911 % (5 * 3600)) * Second);
                    rig.Module.SetNetwork(NetworkStatus.CloudConnected);
                }

                if (outage)
                {
                    script.Set(rig, Pom01nApplication.PowerOutageRole, false, outageFrom + outageFor);
                }
            }

            long end = start + 30 * Day + 6 * Hour;
            rig.RunUntil(end);

            Pom01nApplication app = Pom01nApplicationTests.App(rig);
            ArrayList expected = script.Expected(logFrom, Pom01nApplicationTests.Unix(end) - 1);
            ArrayList pending = new ArrayList();
            for (int i = 0; i < app.Uplink.Undelivered; i++)
            {
                pending.Add(Pom01nUplinks.Key(app.Log.StampAt(i), app.Log.PowerOutageAt(i), app.Log.LowVoltageAt(i)));
            }

            OutputHelper.WriteLine("a month: " + outages.ToString() + " outages, " + script.Changes.Count.ToString() + " changes, " + expected.Count.ToString()
                + " entries expected, " + uplinks.Entries.Count.ToString() + " delivered in " + uplinks.Delivered.ToString() + " uplinks, " + pending.Count.ToString()
                + " waiting; " + rig.DeepSleeps.ToString() + " deep sleeps");
            for (int i = 0; i < expected.Count; i++)
            {
                string key = (string)expected[i];
                int delivered = uplinks.Count(key);
                int waiting = pending.IndexOf(key) >= 0 ? 1 : 0;
                Assert.AreEqual(1, delivered + waiting, "entry " + key + " delivered " + delivered.ToString() + " times, waiting " + waiting.ToString());
            }

            Assert.AreEqual(expected.Count, uplinks.Entries.Count + pending.Count, "entries delivered or waiting that were never made");
            // A wake per TDC (2 h) and per change in an outage, none per clock-log sample.
            Assert.IsTrue(rig.DeepSleeps > 20, "deep sleeps in the outages: " + rig.DeepSleeps.ToString());
            Assert.AreEqual(0, rig.UnsavedSleeps, "sleeps with state unsaved");
            Assert.AreEqual(0, rig.Errors, "errors logged: " + rig.FirstProblem);
        }

        // Whole seconds, odd: a change never falls on a clock-log tick (second 0 of a minute).
        internal static long Odd(long seconds)
        {
            return (seconds | 1) * Second;
        }

        // The month's changes, in order, and what they make the log hold.
        private sealed class Script
        {
            public readonly ArrayList Changes = new ArrayList();
            private readonly ArrayList _changeUnix = new ArrayList();
            private bool _outage;
            private bool _low;

            // Every event (each change, both triggers 1) and every clock-log tick (second 0, every 15 minutes) with the state it logs.
            public ArrayList Expected(long fromUnix, long toUnix)
            {
                ArrayList keys = new ArrayList();
                for (int i = 0; i < Changes.Count; i++)
                {
                    keys.Add(Changes[i]);
                }

                int next = 0;
                bool outage = false;
                bool low = false;
                for (long tick = (fromUnix + 899) / 900 * 900; tick <= toUnix; tick += 900)
                {
                    while (next < _changeUnix.Count && (long)_changeUnix[next] < tick)
                    {
                        string key = (string)Changes[next];
                        outage = key[key.Length - 3] == '1';
                        low = key[key.Length - 1] == '1';
                        next++;
                    }

                    keys.Add(Pom01nUplinks.Key(tick, outage, low));
                }

                return keys;
            }

            public void Pulse(FirmwareRig rig, string role, long from, long lengthMs)
            {
                Set(rig, role, true, from);
                Set(rig, role, false, from + lengthMs);
            }

            public void Set(FirmwareRig rig, string role, bool active, long at)
            {
                rig.RunUntil(at);
                rig.SetActive(role, active);
                if (role == Pom01nApplication.PowerOutageRole)
                {
                    _outage = active;
                }
                else
                {
                    _low = active;
                }

                Assert.AreEqual(at, rig.Now, "the script went back in time");
                long unix = Pom01nApplicationTests.Unix(at);
                Changes.Add(Pom01nUplinks.Key(unix, _outage, _low));
                _changeUnix.Add(unix);
            }
        }
    }
}
