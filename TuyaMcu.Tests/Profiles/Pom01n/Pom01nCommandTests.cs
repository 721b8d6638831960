using nanoFramework.TestFramework;
using TuyaMcu.AtConsole;
using TuyaMcu.Hal;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's AT commands and downlinks on a running firmware: each with a good value (taken,
    /// saved, in use), a bad one and an out-of-range one (refused with the reason, nothing changed).
    /// </summary>
    [TestClass]
    public class Pom01nCommandTests
    {
        [TestMethod]
        [DataRow("AT+TDC=600", true, "600")]
        [DataRow("AT+TDC=29", false, "7200")]
        [DataRow("AT+TDC=16777216", false, "7200")]
        [DataRow("AT+TDC=ten", false, "7200")]
        public void Tdc_TakesGoodValues_RefusesOthers(string command, bool ok, string after)
        {
            ProfileConsole console = new ProfileConsole();
            console.Run(command, ok);
            Assert.AreEqual(after, console.App.Settings.TdcSeconds.ToString());
            console.Run("AT+TDC", true);
            Assert.IsTrue(console.Text.IndexOf(after + "\r\n") >= 0, "AT+TDC shows " + after + ": " + console.Text);
        }

        [TestMethod]
        [DataRow("AT+INTMOD=2,3", true, "2,3")]
        [DataRow("AT+INTMOD=4,1", false, "1,1")]
        [DataRow("AT+INTMOD=1,9", false, "1,1")]
        [DataRow("AT+INTMOD=1", false, "1,1")]
        [DataRow("AT+INTMOD=1,1,1", false, "1,1")]
        [DataRow("AT+INTMOD=-1,1", false, "1,1")]
        public void IntMod_SetsBothTriggersOrNeither(string command, bool ok, string after)
        {
            ProfileConsole console = new ProfileConsole();
            console.Run(command, ok);
            Pom01nSettings s = console.App.Settings;
            Assert.AreEqual(after, ((int)s.OutageTrigger).ToString() + "," + ((int)s.LowVoltageTrigger).ToString());
        }

        [TestMethod]
        [DataRow("AT+INTMOD=5,1", "INTMOD a (power_outage) must be 0..3, got 5")]
        [DataRow("AT+INTMOD=1,7", "INTMOD b (low_voltage) must be 0..3, got 7")]
        [DataRow("AT+INTMOD=65535,1", "INTMOD a (power_outage) must be 0..3, got 65535")]
        public void IntMod_Refusal_NamesTheValueGiven(string command, string reason)
        {
            ProfileConsole console = new ProfileConsole();
            console.Run(command, false);
            Assert.IsTrue(console.Text.IndexOf(reason) >= 0, "'" + reason + "' in: " + console.Text);
        }

        [TestMethod]
        [DataRow("AT+CLOCKLOG=1,0,5,4", true, "1,0,5,4")]
        [DataRow("AT+CLOCKLOG=0,65535,15,8", true, "0,65535,15,8")]
        [DataRow("AT+CLOCKLOG=2,0,5,4", false, "1,65535,15,8")]
        [DataRow("AT+CLOCKLOG=1,3600,5,4", false, "1,65535,15,8")]
        [DataRow("AT+CLOCKLOG=1,0,256,4", false, "1,65535,15,8")]
        [DataRow("AT+CLOCKLOG=1,0,5,33", false, "1,65535,15,8")]
        [DataRow("AT+CLOCKLOG=1,0,5", false, "1,65535,15,8")]
        public void ClockLog_TakesAllFourOrNone(string command, bool ok, string after)
        {
            ProfileConsole console = new ProfileConsole();
            console.Run(command, ok);
            ClockLogSettings c = console.App.Settings.ClockLog;
            Assert.AreEqual(after, (c.Enabled ? "1," : "0,") + c.StartSecond.ToString() + "," + c.IntervalMin.ToString() + "," + c.EntriesPerUplink.ToString());
        }

        [TestMethod]
        public void ClockLogChange_IsSavedAndStartsTheLogAgain()
        {
            ProfileConsole console = new ProfileConsole();
            console.Run("AT+CLOCKLOG=1,0,1,4", true);
            console.Rig.RunUntil(console.Rig.Now + 10 * Pom01nApplicationTests.Minute + 500);
            Assert.AreEqual(10, console.App.Log.Count, "one sample a minute, on the minute");
            Assert.AreEqual(0L, console.App.Log.StampAt(0) % 60, "samples fall at second 0");

            // A wake reads the settings back from flash.
            console.Rig.Wake();
            Assert.AreEqual(1, ((Pom01nApplication)console.Rig.Device.Application).Settings.ClockLog.IntervalMin, "interval after a reboot");
        }

        [TestMethod]
        public void Cdp_ListsTheLog_AndCdp0ClearsIt_OtherValuesAreRefused()
        {
            ProfileConsole console = new ProfileConsole();
            console.Run("AT+CLOCKLOG=1,0,1,4", true);
            console.Rig.RunUntil(console.Rig.Now + 3 * Pom01nApplicationTests.Minute + 500);
            console.Run("AT+CDP", true);
            Assert.IsTrue(console.Text.IndexOf("3 entries") >= 0, console.Text);
            Assert.IsTrue(console.Text.IndexOf("sample power_outage=0 low_voltage=0") >= 0, console.Text);
            console.Run("AT+CDP=1", false);
            Assert.AreEqual(3, console.App.Log.Count, "entries after a refused AT+CDP=1");
            console.Run("AT+CDP=0", true);
            Assert.AreEqual(0, console.App.Log.Count, "entries after AT+CDP=0");
            console.Rig.Wake();
            Assert.AreEqual(0, ((Pom01nApplication)console.Rig.Device.Application).Log.Count, "entries after AT+CDP=0 and a reboot");
        }

        [TestMethod]
        public void Pro_SwitchesTheNextUplinkToGeneralJson_AndRefusesOtherTypes()
        {
            ProfileConsole console = new ProfileConsole();
            console.Run("AT+PRO=1,2", false);
            console.Run("AT+PRO=1", false);
            Assert.AreEqual(Pom01nSettings.HexPayload, console.App.Settings.PayloadType);
            console.Run("AT+PRO=1,5", true);
            Assert.AreEqual(Pom01nSettings.JsonPayload, console.App.Settings.PayloadType);

            console.App.RequestUplink();
            console.Rig.RunUntil(console.Rig.Now + Pom01nApplicationTests.Minute);
            string json = console.Uplinks.LastJson;
            Assert.IsNotNull(json, "no JSON payload delivered");
            Assert.IsTrue(json.IndexOf("\"IMEI\":\"864237040014733\"") >= 0 && json.IndexOf("\"Model\":\"POM01-NB\"") >= 0 && json.IndexOf("\"power_outage\":0") >= 0, json);
        }

        [TestMethod]
        public void SensorValue_Ldata_Model_ShowState_AndTakeNoValue()
        {
            ProfileConsole console = new ProfileConsole();
            console.Rig.SetActive(Pom01nApplication.LowVoltageRole, true);
            console.Rig.RunUntil(console.Rig.Now + Pom01nApplicationTests.Minute);
            console.Run("AT+GETSENSORVALUE", true);
            Assert.IsTrue(console.Text.IndexOf("power_outage=0 low_voltage=1") >= 0, console.Text);
            console.Run("AT+GETSENSORVALUE=1", false);
            console.Run("AT+LDATA", true);
            Assert.IsTrue(console.Text.IndexOf("f864237040014733f460113012467340") >= 0, console.Text);
            console.Run("AT+MODEL", true);
            Assert.IsTrue(console.Text.IndexOf("POM01-NB,") >= 0, console.Text);
            console.Run("AT+SERVADDR=1.2.3.4,5683", false);
            Assert.IsTrue(console.Text.IndexOf("Tuya module") >= 0, console.Text);
        }

        [TestMethod]
        [DataRow("01000E10", true, 3600, "1,1", "1,65535,15,8")]
        [DataRow("0100001D", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("01000E", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("060203", true, 7200, "2,3", "1,65535,15,8")]
        [DataRow("060204", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("0A01FFFF0F08", true, 7200, "1,1", "1,65535,15,8")]
        [DataRow("0A0100000504", true, 7200, "1,1", "1,0,5,4")]
        [DataRow("0A010E100504", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("0A01000005", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("0701", false, 7200, "1,1", "1,65535,15,8")]
        [DataRow("99", false, 7200, "1,1", "1,65535,15,8")]
        public void Downlink_AppliesWhatIsValid_AndRefusesTheRest(string hex, bool applied, int tdc, string intmod, string clocklog)
        {
            ProfileConsole console = new ProfileConsole();
            long appliedBefore = console.Rig.Device.Dispatcher.State.DpCommandsApplied;
            byte[] value = TuyaMcu.Text.Hex.ToBytes(hex);
            DpWriter writer = new DpWriter();
            byte[] units = new byte[24];
            writer.Reset(units, 0, units.Length);
            writer.WriteRaw(Pom01nDp.Pom01nDownlink, value, 0, value.Length);
            console.Rig.Module.SendDpCommand(units, 0, writer.Length);
            console.Rig.RunUntil(console.Rig.Now + Pom01nApplicationTests.Minute);

            Pom01nSettings s = console.App.Settings;
            Assert.AreEqual(applied ? appliedBefore + 1 : appliedBefore, console.Rig.Device.Dispatcher.State.DpCommandsApplied, "applied");
            Assert.AreEqual(tdc, s.TdcSeconds, "TDC");
            Assert.AreEqual(intmod, ((int)s.OutageTrigger).ToString() + "," + ((int)s.LowVoltageTrigger).ToString(), "INTMOD");
            ClockLogSettings c = s.ClockLog;
            Assert.AreEqual(clocklog, (c.Enabled ? "1," : "0,") + c.StartSecond.ToString() + "," + c.IntervalMin.ToString() + "," + c.EntriesPerUplink.ToString(), "CLOCKLOG");
        }

        [TestMethod]
        public void ResetDownlink_RebootsAfterItsAcknowledgement()
        {
            ProfileConsole console = new ProfileConsole();
            DpWriter writer = new DpWriter();
            byte[] units = new byte[8];
            writer.Reset(units, 0, units.Length);
            writer.WriteRaw(Pom01nDp.Pom01nDownlink, new byte[] { 0x04, 0xFF }, 0, 2);
            console.Rig.Module.SendDpCommand(units, 0, writer.Length);
            console.Rig.RunUntil(console.Rig.Now + Pom01nApplicationTests.Minute);
            Assert.AreEqual(1, console.Rig.Reboots, "reboots");
        }

        // The profile's commands on a started firmware, answering into a text.
        private sealed class ProfileConsole : IByteTransport
        {
            public readonly Pom01nUplinks Uplinks = new Pom01nUplinks();
            public readonly FirmwareRig Rig;
            public readonly Pom01nApplication App;
            public string Text = "";
            private readonly IAtCommandGroup _commands;

            public ProfileConsole()
            {
                Rig = Pom01nApplicationTests.Started(Uplinks);
                App = Pom01nApplicationTests.App(Rig);
                _commands = App.CreateCommands(new ConsoleOutput(this, "\r\n"));
            }

            public void Run(string command, bool ok)
            {
                Text = "";
                AtLine line;
                Assert.IsNull(AtLine.Parse(command, out line), "parse " + command);
                Assert.IsTrue(_commands.Execute(line), command + " is not the profile's");
                Assert.AreEqual(ok, Text.IndexOf("ERROR") < 0, command + " answered: " + Text);
                if (!ok)
                {
                    Assert.IsTrue(Text.Length > 12, command + " refused without a reason: " + Text);
                }
            }

            public int Read(byte[] buffer, int offset, int count)
            {
                return 0;
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                char[] chars = new char[count];
                for (int i = 0; i < count; i++)
                {
                    chars[i] = (char)buffer[offset + i];
                }

                Text += new string(chars);
            }
        }
    }
}
