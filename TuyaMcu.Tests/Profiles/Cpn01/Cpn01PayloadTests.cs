using nanoFramework.TestFramework;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Profiles.Cpn01
{
    [TestClass]
    public class Cpn01PayloadTests
    {
        // The CPN01 manual's example uplink: the 27-byte header as printed, and its first datalog
        // record as the manual's field list gives it (01 00000b 000026 63510fed). The manual's hex
        // dump of the records has transcription errors; Dragino's own decoder reads 11-byte records.
        private const string ManualHeader = "f867787050213317 0064 0c78 17 01 00 00 00 000009 000002 6315537b";
        private const string ManualRecord = "01 00000b 000026 63510fed";

        [TestMethod]
        public void Decode_ReadsTheManualExample()
        {
            byte[] bytes = Hex.ToBytes(ManualHeader + " " + ManualRecord);
            Cpn01Payload payload = new Cpn01Payload();

            Assert.IsNull(payload.Decode(bytes, 0, bytes.Length));
            Assert.AreEqual("f867787050213317", payload.DeviceIdText());
            Assert.AreEqual(100, payload.Version);
            Assert.AreEqual(3192, payload.BatteryMv);
            Assert.AreEqual(23, payload.Signal);
            Assert.AreEqual(1, payload.Mod);
            Assert.AreEqual(0, payload.ContactStatus);
            Assert.AreEqual(9, payload.TotalPulse);
            Assert.AreEqual(2, payload.LastOpenDurationMin);
            Assert.AreEqual(1662342011L, payload.Timestamp);
            Assert.AreEqual(1, payload.RecordCount);
            Assert.AreEqual(1, payload.RecordContactStatus[0]);
            Assert.AreEqual(11, payload.RecordTotalPulse[0]);
            Assert.AreEqual(0x26, payload.RecordLastOpenDurationMin[0]);
            Assert.AreEqual(0x63510fedL, payload.RecordTimestamp[0]);
        }

        [TestMethod]
        public void Encode_ReproducesTheManualExample()
        {
            Cpn01Payload payload = new Cpn01Payload();
            Assert.IsTrue(DeviceIdentity.FromImei("867787050213317", payload.DeviceId));
            payload.Version = 100;
            payload.BatteryMv = 3192;
            payload.Signal = 23;
            payload.Mod = 1;
            payload.TotalPulse = 9;
            payload.LastOpenDurationMin = 2;
            payload.Timestamp = 1662342011;
            payload.RecordCount = 1;
            payload.RecordContactStatus[0] = 1;
            payload.RecordTotalPulse[0] = 11;
            payload.RecordLastOpenDurationMin[0] = 0x26;
            payload.RecordTimestamp[0] = 0x63510fed;
            byte[] buffer = new byte[64];

            int length = payload.Encode(buffer, 0);

            Assert.AreEqual(38, length);
            Assert.AreEqual(Hex.Format(Hex.ToBytes(ManualHeader + ManualRecord), 0, 38, '\0'), Hex.Format(buffer, 0, length, '\0'));
        }

        [TestMethod]
        [DataRow("f867787050213317 0064 0c78", "at least 27 bytes")]
        [DataRow("f867787050213317 0064 0c78 17 01 00 00 00 000009 000002 6315537b 01 00000b", "whole number of records")]
        public void Decode_RejectsBadLengths(string hex, string expected)
        {
            byte[] bytes = Hex.ToBytes(hex);

            Assert.Contains(expected, new Cpn01Payload().Decode(bytes, 0, bytes.Length));
        }

        [TestMethod]
        [DataRow("1.0.0", 100)]
        [DataRow("1.2.3", 123)]
        [DataRow("2.0.1", 201)]
        [DataRow("x", 0)]
        public void VersionNumber_FollowsTheCpn01Convention(string version, int expected)
        {
            Assert.AreEqual(expected, Cpn01Payload.VersionNumber(version));
        }

        [TestMethod]
        public void DeviceIdFromImei_RefusesAnythingButFifteenDigits()
        {
            byte[] id = new byte[8];

            Assert.IsFalse(DeviceIdentity.FromImei("86778705021331", id));
            Assert.IsFalse(DeviceIdentity.FromImei("86778705021331x", id));
            Assert.AreEqual("0000000000000000", Hex.FormatLower(id, 0, 8));
        }
    }
}
