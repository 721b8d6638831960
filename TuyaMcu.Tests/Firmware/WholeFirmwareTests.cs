using nanoFramework.TestFramework;
using TuyaMcu.Platform;
using TuyaMcu.Dispatch;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// The whole firmware, built as on the board, through a simulated day (<see cref="FirmwareDay"/>).
    /// On the emulator this is the run whose heap footprint the README quotes (give nanoCLR a heap
    /// of the budget's size and the test must still pass); on the host it also prints the bytes
    /// allocated at start-up and in steady state.
    /// </summary>
    [TestClass]
    public class WholeFirmwareTests
    {
        [TestMethod]
        public void Day_ActivatesReportsRecordsObeysCommandsAndBridgesAnOutage()
        {
            FirmwareDay day = new FirmwareDay(0);
            long beforeStart = AllocationProbe.AllocatedBytes();
            day.Start();
            long startup = AllocationProbe.AllocatedBytes() - beforeStart;
            day.RunUntil(FirmwareDay.ActivatedBy);

            FirmwareRig rig = day.Rig;
            Device device = rig.Device;
            Assert.IsTrue(rig.Module.ProductInfoReceived, "the MCU never answered the module's product query");
            Assert.AreEqual((int)StartupStage.Done, (int)device.Dispatcher.Stage, "start-up did not finish");
            Assert.IsTrue(device.Dispatcher.State.IsCloudConnected, "not cloud connected after activation");

            day.RunUntil(FirmwareDay.SteadyFrom);
            long beforeSteady = AllocationProbe.AllocatedBytes();
            day.RunUntil(FirmwareDay.Day);
            long steady = AllocationProbe.AllocatedBytes() - beforeSteady;

            Cpn01Application app = (Cpn01Application)device.Application;
            ModuleState module = device.Dispatcher.State;
            OutputHelper.WriteLine("one simulated day, " + rig.Passes.ToString() + " loop passes: " + app.Uplink.Uplinks.ToString() + " uplinks, "
                + app.Uplink.ReportsAcknowledged.ToString() + " reports and " + app.Uplink.RecordsAcknowledged.ToString() + " records acknowledged, "
                + rig.FlashWrites.ToString() + " flash writes");
            OutputHelper.WriteLine(beforeStart < 0
                ? "allocation counting is not available on this runtime"
                : "allocated: start-up " + startup.ToString() + " bytes, steady state (the last 12 h) " + steady.ToString() + " bytes (host runtime)");

            Assert.AreEqual(0, rig.Errors, "errors logged, the first problem: " + rig.FirstProblem);
            Assert.AreEqual(1, rig.Warnings, "warnings logged (only the refused command's), the first: " + rig.FirstProblem);
            Assert.AreEqual(0, rig.Reboots, "rebooted");
            Assert.AreEqual(0, rig.Module.UnknownRequests + rig.Module.MalformedWrites + rig.Module.Overflows, "the module saw a frame it could not take");

            // Commands: two applied, one refused (TDC 10 s), the downlink applied; the console's NOUD last.
            Assert.AreEqual(4, rig.Module.DpCommandsAcknowledged, "DP commands acknowledged");
            Assert.AreEqual(3L, module.DpCommandsApplied, "DP commands applied");
            Assert.AreEqual(1L, module.DpCommandsRejected, "DP commands refused");
            Assert.AreEqual(FirmwareDay.DownlinkTdcSeconds, app.Settings.TdcSeconds, "TDC after the downlink");
            Assert.AreEqual(FirmwareDay.ConsoleNoud, app.Settings.Noud, "NOUD after the console");
            Assert.AreEqual(6, rig.ConsoleLine.OkLines, "lines answered OK (two passwords, four commands), the last output: " + rig.ConsoleLine.Tail());

            // Reports: every TDC and every contact change while the cloud was there.
            Assert.AreEqual(36, day.Openings, "contact openings");
            Assert.IsTrue(app.ContactEvents >= 2 * day.Openings, "contact events seen: " + app.ContactEvents.ToString());
            Assert.IsTrue(app.Uplink.ReportsAcknowledged >= 80, "reports acknowledged: " + app.Uplink.ReportsAcknowledged.ToString());

            // Records: one every TR all day, those of the outage sent when the cloud came back.
            Datalog datalog = app.Datalog;
            Assert.AreEqual(0L, datalog.OverwrittenPending, "records lost in the outage");
            Assert.IsTrue(app.Uplink.RecordsAcknowledged >= 90, "records acknowledged: " + app.Uplink.RecordsAcknowledged.ToString());
            Assert.IsTrue(datalog.PendingCount <= app.Settings.Noud, "records still pending: " + datalog.PendingCount.ToString());
        }

        [TestMethod]
        public void BatteryDay_WakesForTheTdcNotForRecords_AndStillWritesARecordEveryTr()
        {
            FirmwareRig rig = new FirmwareRig(0);
            rig.UseBatteryPower();
            rig.Start();
            rig.RunUntil(FirmwareDay.Day + 2 * 60 * 1000);

            Cpn01Application app = (Cpn01Application)rig.Device.Application;
            OutputHelper.WriteLine("one battery-mode day: " + rig.Wakes.ToString() + " wakes, " + rig.DeepSleeps.ToString() + " deep sleeps, "
                + app.Datalog.Count.ToString() + " records held, " + app.Datalog.PendingCount.ToString() + " pending");

            Assert.AreEqual(0, rig.Errors, "errors logged, the first problem: " + rig.FirstProblem);
            Assert.AreEqual(0, rig.UnsavedSleeps, "sleeps with state unsaved");

            // One wake an hour (TDC), none for the 96 TR ticks: their records are written at the wakes.
            Assert.IsTrue(rig.Wakes >= 24 && rig.Wakes <= 25, "wakes " + rig.Wakes.ToString());
            Assert.AreEqual(97u, app.Datalog.NextSequence, "records written");
            Datalog log = app.Datalog;
            for (int i = 1; i < log.Count; i++)
            {
                Assert.AreEqual(log.StampAt(i - 1) + app.Settings.TrSeconds, log.StampAt(i), "record " + log.SequenceAt(i).ToString() + " is not one TR after the one before");
            }
        }

        [TestMethod]
        public void Pom01nDay_ReportsSamplesSleepsThroughAnOutageAndObeysCommands()
        {
            Pom01nDay day = new Pom01nDay(0);
            long beforeStart = AllocationProbe.AllocatedBytes();
            day.Start();
            long startup = AllocationProbe.AllocatedBytes() - beforeStart;
            day.RunUntil(FirmwareDay.ActivatedBy);
            FirmwareRig rig = day.Rig;
            Assert.IsTrue(rig.Module.ProductInfoReceived, "the MCU never answered the module's product query");
            Assert.IsTrue(rig.Device.Dispatcher.State.IsCloudConnected, "not cloud connected after activation");

            day.RunUntil(FirmwareDay.SteadyFrom);
            long beforeSteady = AllocationProbe.AllocatedBytes();
            day.RunUntil(FirmwareDay.Day);
            long steady = AllocationProbe.AllocatedBytes() - beforeSteady;

            Pom01nApplication app = (Pom01nApplication)rig.Device.Application;
            OutputHelper.WriteLine("one simulated POM01-N day, " + rig.Passes.ToString() + " loop passes: " + rig.Module.ReportsDelivered.ToString() + " reports delivered, "
                + rig.DeepSleeps.ToString() + " deep sleeps, " + rig.FlashWrites.ToString() + " flash writes");
            OutputHelper.WriteLine(beforeStart < 0
                ? "allocation counting is not available on this runtime"
                : "allocated: start-up " + startup.ToString() + " bytes, steady state (the last 12 h) " + steady.ToString() + " bytes (host runtime)");

            Assert.AreEqual(0, rig.Errors, "errors logged, the first problem: " + rig.FirstProblem);
            Assert.AreEqual(0, rig.Reboots, "rebooted");
            Assert.AreEqual(0, rig.Module.UnknownRequests + rig.Module.MalformedWrites + rig.Module.Overflows, "the module saw a frame it could not take");
            Assert.IsTrue(rig.DeepSleeps >= 4 && rig.Wakes == rig.DeepSleeps, "deep sleeps " + rig.DeepSleeps.ToString() + ", wakes " + rig.Wakes.ToString());
            Assert.AreEqual(0, rig.UnsavedSleeps, "sleeps with state unsaved");
            Assert.IsFalse(app.OnBattery || rig.Device.OnBattery, "battery mode after the mains came back");
            Assert.AreEqual(3, rig.ConsoleLine.OkLines, "lines answered OK (the password, AT+INTMOD, AT+CFG), the last output: " + rig.ConsoleLine.Tail());
            Assert.AreEqual(3, (int)app.Settings.LowVoltageTrigger, "INTMOD b after the console");
            Assert.AreEqual(0, app.Settings.ClockLog.StartSecond, "CLOCKLOG b after the downlink");
            Assert.AreEqual(2, rig.Module.DpCommandsAcknowledged, "downlinks answered (one applied, one refused: b = 3600 would be in CLOCKLOG b)");
            Assert.IsTrue(app.Uplink.Undelivered <= app.Settings.ClockLog.EntriesPerUplink, "log entries waiting: " + app.Uplink.Undelivered.ToString());
            Assert.IsTrue(rig.Module.ReportsDelivered >= 20, "reports delivered: " + rig.Module.ReportsDelivered.ToString());
        }
    }
}
