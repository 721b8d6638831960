using nanoFramework.TestFramework;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class DpCodecTests
    {
        [TestMethod]
        public void Read_DecodesSpecReport_WithTwoUnits()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.ReportTwoDps);
            DpReader reader = new DpReader();
            reader.Reset(frame, FrameFormat.DataOffset, frame.Length - FrameFormat.Overhead);

            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual((byte)109, reader.Id);
            Assert.AreEqual(DpType.Bool, reader.Type);
            Assert.IsTrue(reader.ReadBool());

            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual((byte)102, reader.Id);
            Assert.AreEqual(DpType.String, reader.Type);
            Assert.AreEqual("201804121507", reader.ReadString());

            Assert.IsFalse(reader.MoveNext());
            Assert.IsFalse(reader.HasError);
        }

        [TestMethod]
        public void Read_DecodesSpecCommand_SwitchOn()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.ModuleCommandSwitchOn);
            DpReader reader = new DpReader();
            reader.Reset(frame, FrameFormat.DataOffset, 5);

            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual((byte)3, reader.Id);
            Assert.IsTrue(reader.ReadBool());
        }

        [TestMethod]
        public void WriteThenRead_RoundTripsEveryType()
        {
            byte[] buffer = new byte[128];
            DpWriter writer = new DpWriter();
            writer.Reset(buffer, 5, 100);
            byte[] raw = new byte[] { 0xDE, 0xAD, 0xBE, 0xEF };

            Assert.IsTrue(writer.WriteRaw(101, raw, 0, 4));
            Assert.IsTrue(writer.WriteBool(102, false));
            Assert.IsTrue(writer.WriteValue(103, -123456));
            Assert.IsTrue(writer.WriteString(104, "hé"));
            Assert.IsTrue(writer.WriteEnum(105, 7));
            Assert.IsTrue(writer.WriteBitmap(106, 0x0102, 2));
            Assert.IsTrue(writer.WriteBitmap(107, 0x80000001, 4));

            DpReader reader = new DpReader();
            reader.Reset(buffer, 5, writer.Length);
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(DpType.Raw, reader.Type);
            Assert.AreEqual("DEADBEEF", Hex.Format(buffer, reader.ValueOffset, reader.ValueLength, '\0'));
            Assert.IsTrue(reader.MoveNext());
            Assert.IsFalse(reader.ReadBool());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(-123456, reader.ReadValue());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual("hé", reader.ReadString());
            Assert.AreEqual(3, reader.ValueLength);
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual((byte)7, reader.ReadEnum());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(0x0102u, reader.ReadBigEndian());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(0x80000001u, reader.ReadBigEndian());
            Assert.IsFalse(reader.MoveNext());
            Assert.IsFalse(reader.HasError);
        }

        [TestMethod]
        public void Write_ValueIsBigEndianTwosComplement()
        {
            byte[] buffer = new byte[8];
            DpWriter writer = new DpWriter();
            writer.Reset(buffer, 0, 8);

            writer.WriteValue(0x10, -2);

            Assert.AreEqual("10020004FFFFFFFE", Hex.Format(buffer, 0, 8, '\0'));
        }

        [TestMethod]
        public void Write_LeavesNoPartialUnit_WhenUnitDoesNotFit()
        {
            byte[] buffer = new byte[13];
            DpWriter writer = new DpWriter();
            writer.Reset(buffer, 0, 13);

            Assert.IsTrue(writer.WriteValue(1, 5));
            Assert.IsFalse(writer.WriteValue(2, 6));
            Assert.AreEqual(8, writer.Length);
            Assert.IsTrue(writer.WriteBool(3, true));
            Assert.AreEqual(13, writer.Length);
        }

        [TestMethod]
        [DataRow("6D 01 00", "truncated DP unit")]
        [DataRow("6D 01 00 02 01 01", "length 2 is wrong for type bool")]
        [DataRow("6D 02 00 03 01 02 03", "length 3 is wrong for type value")]
        [DataRow("6D 05 00 03 01 02 03", "length 3 is wrong for type bitmap")]
        [DataRow("6D 04 00 02 01 02", "length 2 is wrong for type enum")]
        [DataRow("6D 03 00 09 41 42", "exceeds the 2 byte(s) left")]
        [DataRow("6D 09 00 01 01", "unknown type 0x09")]
        [DataRow("6D 01 00 01 02", "neither 0x00 nor 0x01")]
        public void Read_ReportsMalformedUnit_AndStops(string dataHex, string expected)
        {
            byte[] data = Hex.ToBytes("66 01 00 01 01 " + dataHex);
            DpReader reader = new DpReader();
            reader.Reset(data, 0, data.Length);

            Assert.IsTrue(reader.MoveNext());
            Assert.IsFalse(reader.MoveNext());
            Assert.IsTrue(reader.HasError);
            Assert.Contains(expected, reader.Error);
            Assert.AreEqual(5, reader.UnitOffset);
            Assert.IsFalse(reader.MoveNext());
        }

        [TestMethod]
        public void Read_StopsAtMalformedUnit_AndReadsNothingAfterIt()
        {
            byte[] data = Hex.ToBytes("66 01 00 02 01 01 67 01 00 01 01");
            DpReader reader = new DpReader();
            reader.Reset(data, 0, data.Length);

            Assert.IsFalse(reader.MoveNext());
            Assert.IsTrue(reader.HasError);
            Assert.IsFalse(reader.MoveNext());
        }

        [TestMethod]
        public void Read_ReportsError_ForRangeOutsideBuffer()
        {
            DpReader reader = new DpReader();
            reader.Reset(new byte[4], 2, 5);

            Assert.IsFalse(reader.MoveNext());
            Assert.IsTrue(reader.HasError);
        }

        [TestMethod]
        [DataRow("65 03 00 02 E2 41", "\uFFFDA")]
        [DataRow("65 03 00 03 E2 82 41", "\uFFFDA")]
        [DataRow("65 03 00 04 FF 68 C3 A9", "\uFFFDh\u00E9")]
        public void ReadString_ReplacesACutShortCharacter_AndKeepsWhatFollows(string unitHex, string expected)
        {
            byte[] data = Hex.ToBytes(unitHex);
            DpReader reader = new DpReader();
            reader.Reset(data, 0, data.Length);

            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(expected, reader.ReadString());
        }

        [TestMethod]
        public void Read_AcceptsEmptyStringAndRaw()
        {
            byte[] data = Hex.ToBytes("65 03 00 00 66 00 00 00");
            DpReader reader = new DpReader();
            reader.Reset(data, 0, data.Length);

            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(string.Empty, reader.ReadString());
            Assert.IsTrue(reader.MoveNext());
            Assert.AreEqual(0, reader.ValueLength);
            Assert.IsFalse(reader.MoveNext());
            Assert.IsFalse(reader.HasError);
        }
    }
}
