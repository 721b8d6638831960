using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nDownlinkTests
    {
        [TestMethod]
        [DataRow("0100A8C0", 43200)]
        [DataRow("0100001E", 30)]
        [DataRow("01FFFFFF", 16777215)]
        public void Parse_ReadsTdc(string hex, int seconds)
        {
            Pom01nDownlink downlink = Parsed(hex);

            Assert.AreEqual(Pom01nDownlink.SetTdc, downlink.Type);
            Assert.AreEqual(seconds, downlink.TdcSeconds);
        }

        [TestMethod]
        [DataRow("060000", 0, 0)]
        [DataRow("060101", 1, 1)]
        [DataRow("060203", 2, 3)]
        public void Parse_ReadsIntMod_PowerOutageFirst(string hex, int a, int b)
        {
            Pom01nDownlink downlink = Parsed(hex);

            Assert.AreEqual(Pom01nDownlink.SetIntMod, downlink.Type);
            Assert.AreEqual(a, (int)downlink.PowerOutageTrigger);
            Assert.AreEqual(b, (int)downlink.LowVoltageTrigger);
        }

        [TestMethod]
        [DataRow("0A01FFFF0F08", 1, 65535, 15, 8)]
        [DataRow("0A0104B00F08", 1, 1200, 15, 8)]
        [DataRow("0A0000000000", 0, 0, 0, 0)]
        [DataRow("0A010E0FFF20", 1, 3599, 255, 32)]
        public void Parse_ReadsTheManualsClockLogs(string hex, int a, int b, int c, int d)
        {
            Pom01nDownlink downlink = Parsed(hex);

            Assert.AreEqual(Pom01nDownlink.SetClockLog, downlink.Type);
            Assert.AreEqual(a == 1, downlink.ClockLog.Enabled);
            Assert.AreEqual(b, downlink.ClockLog.StartSecond);
            Assert.AreEqual(c, downlink.ClockLog.IntervalMin);
            Assert.AreEqual(d, downlink.ClockLog.EntriesPerUplink);
        }

        [TestMethod]
        public void Parse_ReadsReset()
        {
            Assert.AreEqual(Pom01nDownlink.Reset, Parsed("04FF").Type);
        }

        [TestMethod]
        [DataRow("", "empty downlink")]
        [DataRow("09000001", "unsupported downlink type 0x09")]
        [DataRow("0701", "MQTT QoS) does not apply: the Tuya module holds the cloud connection")]
        [DataRow("01003C", "downlink 0x01 takes 3 value bytes, got 2")]
        [DataRow("0100001D", "TDC must be 30..16777215 s, got 29")]
        [DataRow("0400", "reset downlink must be 04FF")]
        [DataRow("04FFFF", "downlink 0x04 takes 1 value bytes, got 2")]
        [DataRow("06010101", "downlink 0x06 takes 2 value bytes, got 3")]
        [DataRow("060401", "INTMOD a (power_outage) must be 0..3, got 4")]
        [DataRow("0601FF", "INTMOD b (low_voltage) must be 0..3, got 255")]
        [DataRow("0A01FFFF0F", "downlink 0x0A takes 5 value bytes, got 4")]
        [DataRow("0A02FFFF0F08", "CLOCKLOG a (enable) must be 0 or 1, got 2")]
        [DataRow("0A010E100F08", "CLOCKLOG b (first sample, second of the hour) must be 0..3599 or 65535, got 3600")]
        [DataRow("0A01FFFE0F08", "got 65534")]
        [DataRow("0A01FFFF0F21", "CLOCKLOG d (entries per uplink) must be 0..32, got 33")]
        public void Parse_RefusesBadDownlinks_WithTheReason_AndKeepsWhatItHeld(string hex, string expected)
        {
            Pom01nDownlink downlink = Parsed("0A0104B00F08");
            Assert.IsNull(downlink.Parse(Hex.ToBytes("0100A8C0"), 0, 4));
            Assert.IsNull(downlink.Parse(Hex.ToBytes("060203"), 0, 3));
            byte[] bytes = Hex.ToBytes(hex);

            Assert.Contains(expected, downlink.Parse(bytes, 0, bytes.Length));

            Assert.AreEqual(Pom01nDownlink.SetIntMod, downlink.Type);
            Assert.AreEqual(43200, downlink.TdcSeconds);
            Assert.AreEqual(TriggerMode.Falling, downlink.PowerOutageTrigger);
            Assert.AreEqual(TriggerMode.Rising, downlink.LowVoltageTrigger);
            Assert.AreEqual(1200, downlink.ClockLog.StartSecond);
            Assert.AreEqual(15, downlink.ClockLog.IntervalMin);
            Assert.AreEqual(8, downlink.ClockLog.EntriesPerUplink);
        }

        [TestMethod]
        [DataRow(1, 65535, 0, 0, null)]
        [DataRow(0, 3599, 255, 32, null)]
        [DataRow(-1, 0, 0, 0, "a (enable)")]
        [DataRow(1, -1, 0, 0, "b (first sample")]
        [DataRow(1, 0, 256, 0, "c (interval) must be 0..255 minutes, got 256")]
        [DataRow(1, 0, -1, 0, "c (interval)")]
        [DataRow(1, 0, 0, -1, "d (entries per uplink)")]
        public void ClockLogCheck_NamesTheParameterOutOfRange(int a, int b, int c, int d, string expected)
        {
            string error = ClockLogSettings.Check(a, b, c, d);

            if (expected == null)
            {
                Assert.IsNull(error);
            }
            else
            {
                Assert.Contains(expected, error);
            }
        }

        private static Pom01nDownlink Parsed(string hex)
        {
            byte[] bytes = Hex.ToBytes(hex);
            Pom01nDownlink downlink = new Pom01nDownlink();
            Assert.IsNull(downlink.Parse(bytes, 0, bytes.Length));
            return downlink;
        }
    }
}
