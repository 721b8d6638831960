using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>The POM01-N's DP schema, its console password rule, AT+FDR1 and the ACT button on a running firmware.</summary>
    [TestClass]
    public class Pom01nSchemaTests
    {
        [TestMethod]
        public void Schema_IsValid_StandardCodesOnlyWhereTuyaMeansTheSame_CustomFrom101()
        {
            DpDefinition[] schema = Pom01nSchema.Create();
            for (int i = 0; i < schema.Length; i++)
            {
                DpDefinition dp = schema[i];
                Assert.IsNull(dp.Validate(), dp.Code);
                bool standard = dp.Code == "battery_percentage" || dp.Code == "battery_value" || dp.Code == "signal_strength";
                Assert.IsTrue(standard || dp.Id >= 101, dp.Code + " has a standard id but is not a standard code");
                if (dp.Code == "signal_strength")
                {
                    Assert.AreEqual("dBm", dp.Unit, "signal_strength is Tuya's dBm");
                }
            }

            Assert.AreEqual("power_outage", Find(schema, Pom01nDp.PowerOutage).Code);
            Assert.AreEqual("low_voltage", Find(schema, Pom01nDp.LowVoltage).Code);
            Assert.AreEqual((int)DpType.Raw, (int)Find(schema, Pom01nDp.Pom01nPayload).Type);
            Assert.AreEqual((int)DpType.String, (int)Find(schema, Pom01nDp.Pom01nJson).Type);
        }

        [TestMethod]
        [DataRow("abcdef", true)]
        [DataRow("abcde", false)]
        [DataRow("abcdefg", false)]
        public void Password_IsSixCharacters(string password, bool ok)
        {
            Assert.AreEqual(ok, new Pom01nProfile().CreateDeviceSettings().CheckPassword(password) == null, password);
        }

        [TestMethod]
        public void Fdr1_ResetsTheSettingsAndTheLog_KeepsThePassword_AndReboots()
        {
            Pom01nUplinks uplinks = new Pom01nUplinks();
            FirmwareRig rig = Pom01nApplicationTests.Started(uplinks);
            Pom01nApplication app = Pom01nApplicationTests.App(rig);
            Assert.IsNull(rig.Device.Settings.SetPassword("qwerty"));
            Assert.IsNull(app.Change.SetTdc(600));
            rig.SetActive(Pom01nApplication.LowVoltageRole, true);
            rig.RunUntil(rig.Now + Pom01nApplicationTests.Minute);
            Assert.IsTrue(app.Log.Count > 0, "no entry to erase");

            Assert.IsNull(app.Change.FactoryResetKeepingPassword());
            rig.RunUntil(rig.Now + Pom01nApplicationTests.Minute);
            Assert.AreEqual(1, rig.Reboots, "reboots");

            rig.Wake();
            app = Pom01nApplicationTests.App(rig);
            Assert.AreEqual(Pom01nSettings.DefaultTdcSeconds, app.Settings.TdcSeconds, "TDC after AT+FDR1");
            Assert.AreEqual("qwerty", rig.Device.Settings.Password, "password after AT+FDR1");
            Assert.AreEqual(0, app.Log.Count, "log after AT+FDR1");
        }

        [TestMethod]
        [DataRow(500, 0)]
        [DataRow(1500, 1)]
        [DataRow(4000, 1)]
        public void ActButton_PressOf1To3s_OrLonger_Uplinks(int pressMs, int uplinks)
        {
            Pom01nUplinks seen = new Pom01nUplinks();
            FirmwareRig rig = Pom01nApplicationTests.Started(seen);
            int before = seen.Delivered;
            long t = rig.Now;
            rig.SetActive(Pom01nApplication.ButtonRole, true);
            rig.RunUntil(t + pressMs);
            rig.SetActive(Pom01nApplication.ButtonRole, false);
            rig.RunUntil(t + pressMs + Pom01nApplicationTests.Minute);
            Assert.AreEqual(before + uplinks, seen.Delivered, "uplinks after a press of " + pressMs.ToString() + " ms");
        }

        [TestMethod]
        [DataRow(1500, 0)]
        [DataRow(4000, 1)]
        public void LongPress_AsksTheModuleToRejoin_AndUplinksOnceItIsBackOnTheCloud(int pressMs, int rejoins)
        {
            Pom01nUplinks seen = new Pom01nUplinks();
            FirmwareRig rig = Pom01nApplicationTests.Started(seen);
            int before = seen.Delivered;
            int restarts = rig.Device.Dispatcher.State.Restarts;
            long t = rig.Now;
            rig.SetActive(Pom01nApplication.ButtonRole, true);
            rig.RunUntil(t + pressMs);
            rig.SetActive(Pom01nApplication.ButtonRole, false);
            rig.RunUntil(t + pressMs + Pom01nApplicationTests.Minute);

            Assert.AreEqual(rejoins, rig.Module.ModuleResets, "reset commands (0x03) the module got after a press of " + pressMs.ToString() + " ms");
            Assert.AreEqual(restarts + rejoins, rig.Device.Dispatcher.State.Restarts, "module restarts the dispatcher saw");
            Assert.AreEqual(before + 1, seen.Delivered, "uplinks after the press");
            Assert.AreEqual(0, seen.Refused, "uplinks sent while the module was rejoining");
            Assert.IsTrue(rig.Module.IsCloudConnected, "module back on the cloud");
            Assert.AreEqual(0, rig.Module.UnknownRequests, "requests the module did not know");
        }

        [TestMethod]
        public void FiveFastPresses_DeactivateIntoDeepSleep_UntilALongPressActivatesAgain()
        {
            Pom01nUplinks seen = new Pom01nUplinks();
            FirmwareRig rig = Pom01nApplicationTests.Started(seen);
            long t = rig.Now;
            for (int i = 0; i < 5; i++)
            {
                rig.SetActive(Pom01nApplication.ButtonRole, true);
                rig.RunUntil(t + i * 500 + 200);
                rig.SetActive(Pom01nApplication.ButtonRole, false);
                rig.RunUntil(t + i * 500 + 500);
            }

            rig.RunUntil(t + Pom01nApplicationTests.Minute);
            Assert.IsTrue(Pom01nApplicationTests.App(rig).IsDeactivated, "not deactivated by five fast presses");
            Assert.IsTrue(rig.IsAsleep, "awake after deactivation");
            int delivered = seen.Delivered;
            int sleeps = rig.DeepSleeps;
            rig.RunUntil(t + 48 * Pom01nApplicationTests.Hour);
            Assert.AreEqual(delivered, seen.Delivered, "uplinks while deactivated");
            Assert.IsTrue(rig.DeepSleeps > sleeps, "slept again after the daily wake");
            Assert.AreEqual(0, rig.UnsavedSleeps, "sleeps with state unsaved");

            long press = rig.Now;
            rig.SetActive(Pom01nApplication.ButtonRole, true);
            rig.RunUntil(press + 4000);
            rig.SetActive(Pom01nApplication.ButtonRole, false);
            rig.RunUntil(press + Pom01nApplicationTests.Minute);
            Assert.IsFalse(Pom01nApplicationTests.App(rig).IsDeactivated, "still deactivated after a long press");
            Assert.AreEqual(delivered + 1, seen.Delivered, "the activation's uplink");
        }

        private static DpDefinition Find(DpDefinition[] schema, byte id)
        {
            for (int i = 0; i < schema.Length; i++)
            {
                if (schema[i].Id == id)
                {
                    return schema[i];
                }
            }

            Assert.IsTrue(false, "no DP " + id.ToString());
            return null;
        }
    }
}
