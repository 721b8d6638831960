using System;
using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nPayloadTests
    {
        // The POM01-N manual's hex payload (2.2.2): IMEI 863663062798914, IMSI 460087023300073,
        // version 0x4364 (POM01-N, 1.0.0), 3332 mV, signal 18, mod 1, power_outage 1, low_voltage 1,
        // 1761534956, then 8 entries 60 s apart, newest first.
        internal const string ManualExample = "f863663062798914f46008702330007343640d041201010168fee3ec010168fee371010168fee335010168fee2f9010168fee2bd010168fee281010168fee245010168fee209010168fee1cd";

        [TestMethod]
        public void Decode_ReadsTheManualExample()
        {
            byte[] bytes = Hex.ToBytes(ManualExample);
            Pom01nPayload payload = new Pom01nPayload();

            Assert.IsNull(payload.Decode(bytes, 0, bytes.Length));

            Assert.AreEqual("863663062798914", payload.ImeiText());
            Assert.AreEqual("460087023300073", payload.ImsiText());
            Assert.AreEqual(0x43, payload.Model);
            Assert.AreEqual("1.0.0", payload.FirmwareText());
            Assert.AreEqual(3332, payload.BatteryMv);
            Assert.AreEqual(18, payload.Signal);
            Assert.AreEqual(1, payload.Mod);
            Assert.AreEqual(1, payload.PowerOutage);
            Assert.AreEqual(1, payload.LowVoltage);
            Assert.AreEqual(1761534956L, payload.Timestamp);
            Assert.AreEqual(8, payload.EntryCount);
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual(1, payload.EntryPowerOutage[i]);
                Assert.AreEqual(1, payload.EntryLowVoltage[i]);
                Assert.AreEqual(0x68fee371L - 60 * i, payload.EntryTimestamp[i]);
            }
        }

        [TestMethod]
        public void Encode_ReproducesTheManualExample_ByteForByte()
        {
            Pom01nPayload payload = ManualPayload();
            byte[] buffer = new byte[Pom01nPayload.MaxLength];

            int length = payload.Encode(buffer, 0);

            Assert.AreEqual(76, length);
            Assert.AreEqual(ManualExample, Hex.FormatLower(buffer, 0, length));
        }

        [TestMethod]
        public void EncodeThenDecode_GivesBackEveryField_AtAnOffset()
        {
            Pom01nPayload written = ManualPayload();
            written.PowerOutage = 0;
            written.LowVoltage = 1;
            written.Signal = 99;
            written.Firmware = 255;
            written.EntryCount = Pom01nPayload.MaxEntries;
            for (int i = 0; i < Pom01nPayload.MaxEntries; i++)
            {
                written.EntryPowerOutage[i] = i & 1;
                written.EntryLowVoltage[i] = (i >> 1) & 1;
                written.EntryTimestamp[i] = 4294967295L - i;
            }

            byte[] buffer = new byte[3 + Pom01nPayload.MaxLength];
            int length = written.Encode(buffer, 3);
            Pom01nPayload read = new Pom01nPayload();

            Assert.AreEqual(Pom01nPayload.MaxLength, length);
            Assert.IsNull(read.Decode(buffer, 3, length));
            Assert.AreEqual(Hex.FormatLower(written.DeviceId, 0, 8), Hex.FormatLower(read.DeviceId, 0, 8));
            Assert.AreEqual(Hex.FormatLower(written.Imsi, 0, 8), Hex.FormatLower(read.Imsi, 0, 8));
            Assert.AreEqual(255, read.Firmware);
            Assert.AreEqual("2.5.5", read.FirmwareText());
            Assert.AreEqual(3332, read.BatteryMv);
            Assert.AreEqual(99, read.Signal);
            Assert.AreEqual(0, read.PowerOutage);
            Assert.AreEqual(1, read.LowVoltage);
            Assert.AreEqual(1761534956L, read.Timestamp);
            Assert.AreEqual(Pom01nPayload.MaxEntries, read.EntryCount);
            for (int i = 0; i < Pom01nPayload.MaxEntries; i++)
            {
                Assert.AreEqual(i & 1, read.EntryPowerOutage[i]);
                Assert.AreEqual((i >> 1) & 1, read.EntryLowVoltage[i]);
                Assert.AreEqual(4294967295L - i, read.EntryTimestamp[i]);
            }
        }

        [TestMethod]
        [DataRow("f863663062798914f46008702330007343640d04120101", "at least 28 bytes, got 23")]
        [DataRow("f863663062798914f46008702330007343640d041201010168fee3ec010168fe", "whole number of entries")]
        public void Decode_RejectsBadLengths_AndKeepsWhatItHeld(string hex, string expected)
        {
            byte[] bytes = Hex.ToBytes(hex);
            Pom01nPayload payload = ManualPayload();

            Assert.Contains(expected, payload.Decode(bytes, 0, bytes.Length));
            Assert.AreEqual(3332, payload.BatteryMv);
            Assert.AreEqual(8, payload.EntryCount);
        }

        [TestMethod]
        public void Decode_RejectsMoreThan32Entries()
        {
            byte[] bytes = new byte[Pom01nPayload.MaxLength + Pom01nPayload.EntryLength];

            Assert.Contains("more than 32 entries", new Pom01nPayload().Decode(bytes, 0, bytes.Length));
        }

        [TestMethod]
        public void SetImsi_TakesFifteenDigitsOnly()
        {
            Pom01nPayload payload = new Pom01nPayload();

            Assert.IsFalse(payload.SetImsi("46008702330007"));
            Assert.AreEqual("0000000000000000", Hex.FormatLower(payload.Imsi, 0, 8));
            Assert.IsTrue(payload.SetImsi("460087023300073"));
            Assert.AreEqual("f460087023300073", Hex.FormatLower(payload.Imsi, 0, 8));
        }

        [TestMethod]
        [DataRow("1.0.0", 100)]
        [DataRow("0.0.0", 0)]
        [DataRow("2.5.5", 255)]
        [DataRow("2.5.6", -1)]
        [DataRow("1.0", -1)]
        public void FirmwareByte_IsTheCpn01VersionNumber_WhenItFitsAByte(string version, int expected)
        {
            Assert.AreEqual(expected, Pom01nPayload.FirmwareByte(version));
        }

        [TestMethod]
        public void Encode_RefusesAFirmwareThatIsNotAByte()
        {
            Pom01nPayload payload = ManualPayload();
            payload.Firmware = 256;

            Assert.ThrowsException(typeof(ArgumentException), () => payload.Encode(new byte[Pom01nPayload.MaxLength], 0));
        }

        [TestMethod]
        public void TakeEntries_CopiesTheNewestTimedEntries_NewestFirst()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            log.Add(LogEntryKind.Sample, false, false, true, 1000);
            log.Add(LogEntryKind.Event, true, false, true, 1010);
            log.Add(LogEntryKind.Event, true, true, false, 5000);
            log.Add(LogEntryKind.Sample, true, true, true, 1020);
            Pom01nPayload payload = new Pom01nPayload();

            payload.TakeEntries(log, 2);

            Assert.AreEqual(2, payload.EntryCount);
            Assert.AreEqual(1020L, payload.EntryTimestamp[0]);
            Assert.AreEqual(1, payload.EntryLowVoltage[0]);
            Assert.AreEqual(1010L, payload.EntryTimestamp[1]);
            Assert.AreEqual(1, payload.EntryPowerOutage[1]);
            Assert.AreEqual(0, payload.EntryLowVoltage[1]);

            payload.TakeEntries(log, 8);

            Assert.AreEqual(3, payload.EntryCount);
            Assert.AreEqual(1000L, payload.EntryTimestamp[2]);
        }

        [TestMethod]
        public void AnOutageThatStartsAndEndsWhileOffline_ReachesTheNextPayload_BothEventsInOrder_WithTheirTimes()
        {
            // Offline and before the time sync: the events are logged with their uptime, timed at the sync.
            FakeInput pin = new FakeInput();
            DetectorInput powerOutage = new DetectorInput(pin, true, DetectorInput.DefaultHoldMs);
            powerOutage.Setup(0);
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            for (long t = 0; t <= 100000; t += 10)
            {
                pin.Level = t >= 10000 && t < 70000;
                if (powerOutage.Update(t) && powerOutage.ChangeIsEvent)
                {
                    log.Add(LogEntryKind.Event, powerOutage.IsActive, false, false, powerOutage.ChangedAtMs);
                }
            }

            log.FixTimes(1761534956, 100000);
            Pom01nPayload payload = ManualPayload();
            payload.TakeEntries(log, 8);

            Assert.AreEqual(2, payload.EntryCount);
            Assert.AreEqual(0, payload.EntryPowerOutage[0]);
            Assert.AreEqual(1761534956L - 30, payload.EntryTimestamp[0]);
            Assert.AreEqual(1, payload.EntryPowerOutage[1]);
            Assert.AreEqual(1761534956L - 90, payload.EntryTimestamp[1]);
            Assert.AreEqual(log.SequenceAt(1) + 1, log.SequenceAt(0));
        }

        [TestMethod]
        public void TakeEntriesAndEncode_AllocateNothing()
        {
            Pom01nLog log = new Pom01nLog(Pom01nLog.DefaultCapacity);
            for (int i = 0; i < 40; i++)
            {
                log.Add(LogEntryKind.Sample, (i & 1) != 0, false, true, 1000 + i);
            }

            Pom01nPayload payload = ManualPayload();
            byte[] buffer = new byte[Pom01nPayload.MaxLength];
            payload.TakeEntries(log, 32);
            payload.Encode(buffer, 0);
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 100; i++)
            {
                payload.TakeEntries(log, 32);
                payload.Encode(buffer, 0);
            }

            Assert.AreEqual(0L, AllocationProbe.AllocatedBytes() - before);
        }

        internal static Pom01nPayload ManualPayload()
        {
            Pom01nPayload payload = new Pom01nPayload();
            Assert.IsTrue(TuyaMcu.Platform.DeviceIdentity.FromImei("863663062798914", payload.DeviceId));
            Assert.IsTrue(payload.SetImsi("460087023300073"));
            payload.Firmware = Pom01nPayload.FirmwareByte("1.0.0");
            payload.BatteryMv = 3332;
            payload.Signal = 18;
            payload.PowerOutage = 1;
            payload.LowVoltage = 1;
            payload.Timestamp = 1761534956;
            payload.EntryCount = 8;
            for (int i = 0; i < 8; i++)
            {
                payload.EntryPowerOutage[i] = 1;
                payload.EntryLowVoltage[i] = 1;
                payload.EntryTimestamp[i] = 0x68fee371L - 60 * i;
            }

            return payload;
        }
    }
}
