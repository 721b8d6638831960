using System.Collections;
using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N application end to end: the firmware as the board builds it (the DevKitC's POM01-N
    /// wiring), a scripted module and cloud, inputs driven as the AC-detect module would.
    /// </summary>
    [TestClass]
    public class Pom01nApplicationTests
    {
        internal const long Second = 1000;
        internal const long Minute = 60 * Second;
        internal const long Hour = 60 * Minute;
        internal const long Activated = 3 * Minute;
        internal const string Outage = Pom01nApplication.PowerOutageRole;
        internal const string Low = Pom01nApplication.LowVoltageRole;

        [TestMethod]
        public void Startup_UplinksTheHexPayload_WithTheModulesImeiImsiAndTime()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);

            Assert.AreEqual(1, uplinks.Delivered, "start-up uplinks");
            Assert.AreEqual(1, uplinks.HexPayloads, "hex payloads");
            Assert.AreEqual("864237040014733", uplinks.Last.ImeiText());
            Assert.AreEqual("460113012467340", uplinks.Last.ImsiText());
            Assert.AreEqual(0, uplinks.Last.PowerOutage);
            Assert.IsTrue(uplinks.Last.Timestamp > ScriptedModule.UnixAtZero && uplinks.Last.Timestamp <= Unix(rig.Now), "payload time " + uplinks.Last.Timestamp.ToString());
            Assert.AreEqual(0, rig.Errors, "errors logged: " + rig.FirstProblem);
        }

        [TestMethod]
        [DataRow(Outage, 0, false, false)]
        [DataRow(Outage, 1, true, true)]
        [DataRow(Outage, 2, false, true)]
        [DataRow(Outage, 3, true, false)]
        [DataRow(Low, 0, false, false)]
        [DataRow(Low, 1, true, true)]
        [DataRow(Low, 2, false, true)]
        [DataRow(Low, 3, true, false)]
        public void Trigger_UplinksAtOnceWithTheEvent_OnlyOnTheEdgesItsModeNames(string role, int mode, bool onRising, bool onFalling)
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            Assert.IsNull(App(rig).Change.SetTriggers(role == Outage ? mode : 0, role == Low ? mode : 0));

            Edge(rig, uplinks, role, true, onRising);
            Edge(rig, uplinks, role, false, onFalling);
            Assert.AreEqual(0, rig.Errors, "errors logged: " + rig.FirstProblem);
        }

        [TestMethod]
        public void Chatter_ShorterThanTheHoldTime_MakesNoEventAndNoBatteryMode()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            int before = uplinks.Delivered;
            for (int i = 0; i < 5; i++)
            {
                long t = rig.Now;
                rig.SetActive(Outage, true);
                rig.RunUntil(t + 60);
                rig.SetActive(Outage, false);
                rig.RunUntil(t + 200);
            }

            rig.RunUntil(rig.Now + Minute);
            Assert.AreEqual(before, uplinks.Delivered, "uplinks after chatter");
            Assert.AreEqual(0L, App(rig).Events, "events");
            Assert.IsFalse(rig.Device.OnBattery, "battery mode after chatter");
        }

        [TestMethod]
        public void OutageStartingAndEndingOffline_ArrivesInTheNextUplink_AsTwoEventsInOrderWithTheirTimes()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            rig.Module.SetNetwork(NetworkStatus.ConnectedNotBound);
            rig.RunUntil(rig.Now + Minute + 7 * Second);

            long start = rig.Now;
            rig.SetActive(Outage, true);
            rig.RunUntil(start + 10 * Minute);
            long end = rig.Now;
            rig.SetActive(Outage, false);
            rig.RunUntil(end + 5 * Minute);
            Assert.AreEqual(1, uplinks.Delivered, "delivered while the cloud was away");

            rig.Module.SetNetwork(NetworkStatus.CloudConnected);
            rig.RunUntil(end + 3 * Hour);
            int began = Find(uplinks, start, true, false);
            int ended = Find(uplinks, end, false, false);
            Assert.IsTrue(began >= 0, "the outage's start never arrived");
            Assert.IsTrue(ended >= 0, "the outage's end never arrived");
            Assert.AreEqual(began - 1, ended, "the end is the newer of the two, next to the start");
            Assert.IsTrue(App(rig).Uplink.Undelivered <= App(rig).Settings.ClockLog.EntriesPerUplink, "entries waiting beyond the next TDC uplink's: " + App(rig).Uplink.Undelivered.ToString());
        }

        [TestMethod]
        public void EventWhoseUplinkFails_GoesWithTheRetry_Once()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            rig.Module.RefuseReports = 2;
            long t = rig.Now;
            rig.SetActive(Low, true);
            rig.RunUntil(t + Minute);
            Assert.IsTrue(uplinks.Refused >= 1, "the module refused no uplink");
            Assert.AreEqual(-1, Find(uplinks, t, false, true), "delivered although refused");

            rig.RunUntil(t + Hour);
            Assert.IsTrue(Find(uplinks, t, false, true) >= 0, "the event never arrived after the refusal");
        }

        [TestMethod]
        public void Outage_SwitchesToBatteryMode_SleepsWithStateSaved_AndBackToAlwaysOnWhenMainsReturns()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            Assert.IsFalse(rig.Device.OnBattery, "battery mode on mains");

            long start = rig.Now;
            int before = uplinks.Delivered;
            rig.SetActive(Outage, true);
            rig.RunUntil(start + 2 * Minute);
            Assert.AreEqual(before + 1, uplinks.Delivered, "the outage uplink");
            Assert.AreEqual(1, uplinks.Last.PowerOutage, "the outage uplink's state");
            Assert.IsTrue(rig.IsAsleep, "asleep after the outage uplink");

            // What a wake finds is what was saved before the sleep.
            Pom01nApplication asleep = App(rig);
            rig.Wake();
            Assert.AreEqual(asleep.Log.Count, App(rig).Log.Count, "log entries after a wake");
            Assert.AreEqual(asleep.Log.NextSequence, App(rig).Log.NextSequence, "next log sequence after a wake");
            Assert.IsTrue(App(rig).OnBattery && rig.Device.OnBattery && rig.Device.IsResumed, "a wake in battery mode");

            rig.RunUntil(start + 6 * Hour);
            Assert.IsTrue(rig.DeepSleeps >= 3, "deep sleeps in 6 h of outage: " + rig.DeepSleeps.ToString());
            Assert.AreEqual(0, rig.UnsavedSleeps, "sleeps with state unsaved");
            Assert.IsTrue(uplinks.Delivered >= before + 3, "TDC uplinks in battery mode: " + (uplinks.Delivered - before).ToString());

            long back = rig.Now;
            rig.SetActive(Outage, false);
            rig.RunUntil(back + 2 * Minute);
            Assert.IsFalse(App(rig).OnBattery || rig.Device.OnBattery, "battery mode after the mains came back");
            Assert.IsTrue(Find(uplinks, back, false, false) >= 0, "the mains-back event");
            int sleeps = rig.DeepSleeps;
            rig.RunUntil(back + 3 * Hour);
            Assert.AreEqual(sleeps, rig.DeepSleeps, "deep sleeps on mains");
            Assert.AreEqual(0, rig.Errors, "errors logged: " + rig.FirstProblem);
        }

        [TestMethod]
        public void Outage_WakesForTheTdcNotForClockSamples_AndLogsEverySampleAtItsTick()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            Assert.IsNull(App(rig).Change.SetClockLog(1, 0, 15, 8));
            long start = rig.Now;
            rig.SetActive(Outage, true);
            rig.RunUntil(start + 2 * Minute);
            int wakes = rig.Wakes;

            rig.RunUntil(start + 6 * Hour);

            // The TDC (2 h) wakes the chip, not the 15-minute samples: each wake logs the ones it slept through.
            Assert.IsTrue(rig.Wakes - wakes <= 3, "wakes in 6 h of outage: " + (rig.Wakes - wakes).ToString());
            // Every 15-minute tick of the outage: one sample with power_outage 1, delivered or waiting.
            Pom01nApplication app = App(rig);
            ArrayList pending = new ArrayList();
            for (int i = 0; i < app.Uplink.Undelivered; i++)
            {
                pending.Add(Pom01nUplinks.Key(app.Log.StampAt(i), app.Log.PowerOutageAt(i), app.Log.LowVoltageAt(i)));
            }

            long first = (Unix(start + 2 * Minute) / 900 + 1) * 900;
            long last = Unix(rig.Now) / 900 * 900;
            for (long tick = first; tick <= last; tick += 900)
            {
                string key = Pom01nUplinks.Key(tick, true, false);
                Assert.AreEqual(1, uplinks.Count(key) + (pending.IndexOf(key) >= 0 ? 1 : 0), "the sample of " + key);
            }

            Assert.AreEqual(0L, app.Log.Overwritten, "log entries lost");
            Assert.AreEqual(0, rig.Errors, "errors logged: " + rig.FirstProblem);
        }

        [TestMethod]
        public void Tdc_UplinksEveryInterval()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Started(uplinks);
            int before = uplinks.Delivered;
            rig.RunUntil(Activated + 10 * Hour);
            Assert.AreEqual(before + 5, uplinks.Delivered, "uplinks in 10 h at the default TDC of 2 h");
        }

        internal static FirmwareRig Started(Pom01nUplinks uplinks)
        {
            FirmwareRig rig = Pom01nUplinks.NewRig(uplinks);
            rig.Start();
            rig.RunUntil(Activated);
            return rig;
        }

        internal static Pom01nApplication App(FirmwareRig rig)
        {
            return (Pom01nApplication)rig.Device.Application;
        }

        internal static long Unix(long uptimeMs)
        {
            return ScriptedModule.UnixAtZero + uptimeMs / 1000;
        }

        // Where the entry of a change at uptimeMs was delivered (its time may round to a second either side), or -1; fails if delivered twice.
        internal static int Find(Pom01nUplinks uplinks, long uptimeMs, bool powerOutage, bool lowVoltage)
        {
            int found = -1;
            for (long unix = Unix(uptimeMs) - 1; unix <= Unix(uptimeMs) + 1; unix++)
            {
                string key = Pom01nUplinks.Key(unix, powerOutage, lowVoltage);
                int index = uplinks.Entries.IndexOf(key);
                if (index >= 0)
                {
                    Assert.AreEqual(1, uplinks.Count(key), "delivered more than once: " + key);
                    Assert.AreEqual(-1, found, "two entries for one change");
                    found = index;
                }
            }

            return found;
        }

        private static void Edge(FirmwareRig rig, Pom01nUplinks uplinks, string role, bool active, bool isEvent)
        {
            int before = uplinks.Delivered;
            long t = rig.Now;
            rig.SetActive(role, active);
            rig.RunUntil(t + Minute);
            Assert.AreEqual(isEvent ? before + 1 : before, uplinks.Delivered, role + (active ? " rising" : " falling") + ": uplinks");
            if (!isEvent)
            {
                return;
            }

            bool outage = role == Outage && active;
            bool low = role == Low && active;
            Assert.AreEqual(outage ? 1 : 0, uplinks.Last.PowerOutage, "power_outage in the event's uplink");
            Assert.AreEqual(low ? 1 : 0, uplinks.Last.LowVoltage, "low_voltage in the event's uplink");
            Assert.IsTrue(Find(uplinks, t, outage, low) >= 0, "the event's entry");
        }
    }
}
