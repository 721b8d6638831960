using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nJsonTests
    {
        // The POM01-N manual's General JSON example (2.2.1), as printed.
        private const string ManualExample = "{\"IMEI\":\"863663062798914\",\"IMSI\":\"460087023300073\",\"Model\":\"POM01-NB\",\"battery\":3.33,\"signal\":18,\"mod\":1,\"power_outage\":1,\"low_voltage\":1,\"time\":\"2025/10/27 03:03:53\",\"1\":[1,1,\"2025/10/26 18:14:24\"],\"2\":[1,1,\"2025/10/26 18:13:24\"],\"3\":[1,1,\"2025/10/26 18:12:24\"],\"4\":[1,1,\"2025/10/26 18:11:24\"],\"5\":[1,1,\"2025/10/26 18:10:24\"],\"6\":[1,1,\"2025/10/26 18:09:24\"],\"7\":[1,1,\"2025/10/26 18:08:24\"],\"8\":[1,1,\"2025/10/26 18:07:24\"]}";

        [TestMethod]
        public void Write_ReproducesTheManualExample()
        {
            Pom01nPayload payload = Pom01nPayloadTests.ManualPayload();
            payload.BatteryMv = 3330;
            payload.Timestamp = 1761534233;
            for (int i = 0; i < 8; i++)
            {
                payload.EntryTimestamp[i] = 1761502464L - 60 * i;
            }

            byte[] buffer = new byte[Pom01nJson.MaxLength];

            int length = new Pom01nJson().Write(payload, buffer, 0, buffer.Length);

            Assert.AreEqual(ManualExample, Utf8.GetString(buffer, 0, length));
        }

        [TestMethod]
        [DataRow(3332, "3.33")]
        [DataRow(3335, "3.34")]
        [DataRow(4005, "4.01")]
        [DataRow(0, "0.00")]
        public void Write_GivesTheBatteryInVolts_RoundedToTwoDecimals(int millivolts, string volts)
        {
            Pom01nPayload payload = Pom01nPayloadTests.ManualPayload();
            payload.BatteryMv = millivolts;
            byte[] buffer = new byte[Pom01nJson.MaxLength];

            int length = new Pom01nJson().Write(payload, buffer, 0, buffer.Length);

            Assert.Contains("\"battery\":" + volts + ",", Utf8.GetString(buffer, 0, length));
        }

        [TestMethod]
        public void Write_WithoutEntries_EndsAfterTheTime()
        {
            Pom01nPayload payload = Pom01nPayloadTests.ManualPayload();
            payload.EntryCount = 0;
            payload.Timestamp = 0;
            byte[] buffer = new byte[Pom01nJson.MaxLength];

            int length = new Pom01nJson().Write(payload, buffer, 0, buffer.Length);

            Assert.EndsWith(",\"time\":\"1970/01/01 00:00:00\"}", Utf8.GetString(buffer, 0, length));
        }

        [TestMethod]
        public void Write_TheWidestPayload_FitsMaxLength_AndOneByteLessIsRefused()
        {
            Pom01nPayload payload = Pom01nPayloadTests.ManualPayload();
            payload.BatteryMv = 65535;
            payload.Signal = 255;
            payload.Mod = 255;
            payload.PowerOutage = 255;
            payload.LowVoltage = 255;
            payload.EntryCount = Pom01nPayload.MaxEntries;
            for (int i = 0; i < Pom01nPayload.MaxEntries; i++)
            {
                payload.EntryPowerOutage[i] = 255;
                payload.EntryLowVoltage[i] = 255;
                payload.EntryTimestamp[i] = 4294967295L;
            }

            byte[] buffer = new byte[Pom01nJson.MaxLength + 8];
            Pom01nJson json = new Pom01nJson();

            int length = json.Write(payload, buffer, 0, buffer.Length);

            Assert.IsTrue(length > 0 && length <= Pom01nJson.MaxLength);
            Assert.AreEqual(-1, json.Write(payload, buffer, 0, length - 1));
        }

        [TestMethod]
        public void Write_AllocatesNothing()
        {
            Pom01nPayload payload = Pom01nPayloadTests.ManualPayload();
            byte[] buffer = new byte[Pom01nJson.MaxLength];
            Pom01nJson json = new Pom01nJson();
            json.Write(payload, buffer, 0, buffer.Length);
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 100; i++)
            {
                json.Write(payload, buffer, 0, buffer.Length);
            }

            Assert.AreEqual(0L, AllocationProbe.AllocatedBytes() - before);
        }
    }
}
