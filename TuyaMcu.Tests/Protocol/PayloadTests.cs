using nanoFramework.TestFramework;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class PayloadTests
    {
        [TestMethod]
        public void TimeReply_DecodesSpecLocalTime_Monday20180917()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.LocalTimeReply);
            bool success;
            TuyaTime time;

            string error = TuyaTime.DecodeReply(frame, FrameFormat.DataOffset, 8, out success, out time);

            Assert.IsNull(error);
            Assert.IsTrue(success);
            Assert.AreEqual("2018-09-17T16:09:05", time.ToString());
            Assert.AreEqual(1, time.Weekday);
        }

        [TestMethod]
        public void TimeReply_DecodesSpecGmtTime()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.GmtTimeReply);
            bool success;
            TuyaTime time;

            Assert.IsNull(TuyaTime.DecodeReply(frame, FrameFormat.DataOffset, 8, out success, out time));
            Assert.AreEqual("2018-09-17T08:21:03", time.ToString());
            Assert.AreEqual(1537172463L, time.ToUnixSeconds());
        }

        [TestMethod]
        [DataRow("01 12 0D 11 10 09 05 01", "month 13")]
        [DataRow("01 12 09 11 10 09 05 00", "weekday 0")]
        [DataRow("01 12 09 11 10 09 05 08", "weekday 8")]
        [DataRow("01 12 02 1E 10 09 05 01", "day 30")]
        [DataRow("01 12 09 11 18 09 05 01", "hour 24")]
        [DataRow("01 12 09 11 10 3C 05 01", "minute 60")]
        [DataRow("01 12 09 11 10 09 3C 01", "second 60")]
        [DataRow("02 12 09 11 10 09 05 01", "success flag")]
        [DataRow("01 12 09 11 10 09 05", "must be 8 bytes")]
        public void TimeReply_RejectsOutOfRangeField(string payload, string expected)
        {
            byte[] data = Hex.ToBytes(payload);
            bool success;
            TuyaTime time;

            string error = TuyaTime.DecodeReply(data, 0, data.Length, out success, out time);

            Assert.IsNotNull(error);
            Assert.Contains(expected, error);
        }

        [TestMethod]
        public void TimeReply_FailureFlag_IsWellFormedButUnsuccessful()
        {
            byte[] data = Hex.ToBytes("00 00 00 00 00 00 00 00");
            bool success;
            TuyaTime time;

            Assert.IsNull(TuyaTime.DecodeReply(data, 0, 8, out success, out time));
            Assert.IsFalse(success);
        }

        [TestMethod]
        [DataRow(0L, "1970-01-01T00:00:00", 4)]
        [DataRow(951782400L, "2000-02-29T00:00:00", 2)]
        [DataRow(1662342011L, "2022-09-05T01:40:11", 1)]
        [DataRow(4102444799L, "2099-12-31T23:59:59", 4)]
        public void FromUnixSeconds_GivesCalendarFieldsAndWeekday(long seconds, string expected, int weekday)
        {
            TuyaTime time = TuyaTime.FromUnixSeconds(seconds);

            Assert.AreEqual(expected, time.ToString());
            Assert.AreEqual(weekday, time.Weekday);
            Assert.AreEqual(seconds, time.ToUnixSeconds());
        }

        [TestMethod]
        public void Timestamp_AllZero_MeansModuleTime()
        {
            byte[] data = new byte[7];
            bool moduleTime;
            TuyaTime time;

            Assert.IsNull(TuyaTime.DecodeTimestamp(data, 0, out moduleTime, out time));
            Assert.IsTrue(moduleTime);
        }

        [TestMethod]
        public void Timestamp_WritesSevenBytes()
        {
            byte[] data = new byte[9];
            TuyaTime.FromUnixSeconds(1537200545L).WriteTimestamp(data, 1);

            Assert.AreEqual("12091110090501", Hex.Format(data, 1, 7, '\0'));
        }

        [TestMethod]
        public void ProductInfo_WritesSpecExample()
        {
            ProductInfo info = new ProductInfo("gl9iswyeobu5s93j", "1.0.0", ProductInfo.PowerModePsm, ProductInfo.ConnectionIsp);
            byte[] frame = Hex.ToBytes(SpecExamples.ProductInfoReply);
            byte[] buffer = new byte[80];

            int length = info.Write(new JsonWriter(), buffer, 0, buffer.Length);

            Assert.IsNull(info.Validate());
            Assert.AreEqual(Hex.Format(frame, FrameFormat.DataOffset, frame.Length - FrameFormat.Overhead, '\0'), Hex.Format(buffer, 0, length, '\0'));
        }

        [TestMethod]
        public void ProductInfo_DecodesSpecExample()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.ProductInfoReply);
            ProductInfo info;

            Assert.IsNull(ProductInfo.Decode(frame, FrameFormat.DataOffset, frame.Length - FrameFormat.Overhead, out info));
            Assert.AreEqual("gl9iswyeobu5s93j", info.ProductId);
            Assert.AreEqual("1.0.0", info.McuVersion);
            Assert.AreEqual("psm", info.PowerMode);
            Assert.AreEqual("isp", info.Connection);
        }

        [TestMethod]
        [DataRow("pid", "1.0", "psm", "isp", "MCU version")]
        [DataRow("pid", "1.100.0", "psm", "isp", "MCU version")]
        [DataRow("pid", "1.0.0", "lowpower", "isp", "power mode")]
        [DataRow("pid", "1.0.0", "edrx", "wifi", "connection")]
        [DataRow("", "1.0.0", "edrx", "tuya", "product ID")]
        [DataRow("p\"id", "1.0.0", "edrx", "tuya", "product ID")]
        public void ProductInfo_Validate_NamesTheBadField(string pid, string version, string mode, string connection, string expected)
        {
            string error = new ProductInfo(pid, version, mode, connection).Validate();

            Assert.IsNotNull(error);
            Assert.Contains(expected, error);
        }

        [TestMethod]
        public void ProductInfo_Write_ReportsOverflow()
        {
            ProductInfo info = new ProductInfo("gl9iswyeobu5s93j", "1.0.0", "psm", "isp");

            Assert.AreEqual(-1, info.Write(new JsonWriter(), new byte[30], 0, 30));
        }

        [TestMethod]
        public void Apn_WritesSpecExample()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.SetApn);
            byte[] buffer = new byte[64];

            int length = new ApnSettings("ctnb", "IP").Write(new JsonWriter(), buffer, 0, buffer.Length);

            Assert.AreEqual(Hex.Format(frame, FrameFormat.DataOffset, 30, '\0'), Hex.Format(buffer, 0, length, '\0'));
        }

        [TestMethod]
        public void Apn_DecodesSpecExample()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.SetApn);
            ApnSettings settings;

            Assert.IsNull(ApnSettings.Decode(frame, FrameFormat.DataOffset, 30, out settings));
            Assert.AreEqual("ctnb", settings.Apn);
            Assert.AreEqual("IP", settings.PdpType);
        }

        [TestMethod]
        [DataRow("ct nb", "IP", "not allowed")]
        [DataRow("", "IP", "1..100")]
        [DataRow("ctnb", "IPX", "PDP type")]
        public void Apn_Validate_NamesTheProblem(string apn, string pdp, string expected)
        {
            Assert.Contains(expected, new ApnSettings(apn, pdp).Validate());
        }

        [TestMethod]
        public void Signal_DecodesSpecExample()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.SignalReply);
            bool success;
            int level;

            Assert.IsNull(SignalQuality.DecodeSignalReply(frame, FrameFormat.DataOffset, 2, out success, out level));
            Assert.IsTrue(success);
            Assert.AreEqual(0x50, level);
            Assert.AreEqual(-61, SignalQuality.RsrpLevelToDbm(level));
        }

        [TestMethod]
        [DataRow("01 62", "RSRP level 98")]
        [DataRow("03 10", "success flag")]
        [DataRow("01", "2 bytes")]
        public void Signal_RejectsBadReply(string payload, string expected)
        {
            byte[] data = Hex.ToBytes(payload);
            bool success;
            int level;

            Assert.Contains(expected, SignalQuality.DecodeSignalReply(data, 0, data.Length, out success, out level));
        }

        [TestMethod]
        public void Cesq_AcceptsSpecExample_AndRejectsOutOfRangeLevel()
        {
            byte[] frame = Hex.ToBytes(SpecExamples.CesqReply);

            Assert.IsNull(SignalQuality.ValidateCesq(frame, FrameFormat.DataOffset, 6));
            Assert.Contains("RxLev level 64", SignalQuality.ValidateCesq(Hex.ToBytes("40 00 FF FF 22 44"), 0, 6));
            Assert.Contains("RSRQ level 35", SignalQuality.ValidateCesq(Hex.ToBytes("28 00 FF FF 23 44"), 0, 6));
        }

        [TestMethod]
        public void Identity_AcceptsSpecExamples()
        {
            byte[] imsi = Hex.ToBytes(SpecExamples.ImsiReply);
            byte[] iccid = Hex.ToBytes(SpecExamples.IccidReply);
            byte[] imei = Hex.ToBytes(SpecExamples.ImeiReply);

            Assert.IsNull(ModuleIdentity.Validate(TuyaCommand.GetImsi, imsi, 6, 15));
            Assert.IsNull(ModuleIdentity.Validate(TuyaCommand.GetIccid, iccid, 6, 20));
            Assert.IsNull(ModuleIdentity.Validate(TuyaCommand.GetImei, imei, 6, 15));
            Assert.AreEqual("460113012467340", ModuleIdentity.ToText(imsi, 6, 15));
            Assert.AreEqual("89861118249000363490", ModuleIdentity.ToText(iccid, 6, 20));
            Assert.AreEqual("864237040014733", ModuleIdentity.ToText(imei, 6, 15));
        }

        [TestMethod]
        public void Identity_RejectsNonDigitsAndWrongLength()
        {
            Assert.Contains("IMEI must be 15", ModuleIdentity.Validate(TuyaCommand.GetImei, Hex.ToBytes("3836"), 0, 2));
            Assert.Contains("non-digit", ModuleIdentity.Validate(TuyaCommand.GetImsi, Hex.ToBytes("34363031313330313234363733344A"), 0, 15));
        }

        [TestMethod]
        public void CommandResult_KnowsEachCommandsSuccessByte()
        {
            Assert.IsTrue(CommandResult.IsSuccess(TuyaCommand.ReportRealTimeStatus, 0x00));
            Assert.IsFalse(CommandResult.IsSuccess(TuyaCommand.ReportRealTimeStatus, 0x01));
            Assert.IsTrue(CommandResult.IsSuccess(TuyaCommand.ReportRecordData, 0x01));
            Assert.IsFalse(CommandResult.IsSuccess(TuyaCommand.ReportRecordData, 0x02));
            Assert.IsTrue(CommandResult.IsSuccess(TuyaCommand.SetHeartbeatInterval, 0x01));
            Assert.IsFalse(CommandResult.IsSuccess(TuyaCommand.SetHeartbeatInterval, 0x00));
            Assert.IsTrue(CommandResult.IsSuccess(TuyaCommand.SetApn, 0x00));
            Assert.IsFalse(CommandResult.IsDefined(TuyaCommand.ReportRecordData, 0x03));
        }

        [TestMethod]
        public void CommandNames_CoverEverySpecCommand()
        {
            byte[] commands = new byte[]
            {
                0x01, 0x02, 0x03, 0x05, 0x06, 0x08, 0x09, 0x0B, 0x10, 0x2B, 0xB1, 0xB2, 0xB3, 0xB5,
                0xB6, 0xB7, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2,
            };

            for (int i = 0; i < commands.Length; i++)
            {
                Assert.IsNotNull(TuyaCommand.GetName(commands[i]), "0x" + commands[i].ToString("X2"));
            }

            Assert.IsNull(TuyaCommand.GetName(0x07));
            Assert.IsTrue(TuyaCommand.IsModuleInitiated(TuyaCommand.SendCommand));
            Assert.IsFalse(TuyaCommand.IsModuleInitiated(TuyaCommand.ReportRealTimeStatus));
        }
    }
}
