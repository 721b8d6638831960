using System;
using nanoFramework.TestFramework;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class FrameWriterTests
    {
        [TestMethod]
        [DataRow(SpecExamples.ProductInfoReply)]
        [DataRow(SpecExamples.NetworkStatusAck)]
        [DataRow(SpecExamples.ResetModule)]
        [DataRow(SpecExamples.ReportSingleDp)]
        [DataRow(SpecExamples.ReportTwoDps)]
        [DataRow(SpecExamples.ModuleCommandAck)]
        [DataRow(SpecExamples.GetLocalTime)]
        [DataRow(SpecExamples.GetGmtTime)]
        [DataRow(SpecExamples.QuerySignal)]
        [DataRow(SpecExamples.WakeUpInterval)]
        [DataRow(SpecExamples.Heartbeat)]
        [DataRow(SpecExamples.GetImsi)]
        [DataRow(SpecExamples.GetIccid)]
        [DataRow(SpecExamples.GetCesq)]
        [DataRow(SpecExamples.SetT3324)]
        [DataRow(SpecExamples.BatteryOkReply)]
        [DataRow(SpecExamples.GetImei)]
        [DataRow(SpecExamples.GetOperatingStatus)]
        [DataRow(SpecExamples.SetSleep)]
        [DataRow(SpecExamples.SetApn)]
        public void Write_ReproducesMcuSpecExample_ByteForByte(string example)
        {
            Assert.AreEqual(example, Rewrite(example));
        }

        [TestMethod]
        [DataRow(SpecExamples.QueryBindingPrinted, SpecExamples.QueryBindingCorrected)]
        [DataRow(SpecExamples.SleepLockPrinted, SpecExamples.SleepLockCorrected)]
        [DataRow(SpecExamples.HeartbeatIntervalPrinted, SpecExamples.HeartbeatIntervalCorrected)]
        [DataRow(SpecExamples.GetNetworkStatusPrinted, SpecExamples.GetNetworkStatusCorrected)]
        [DataRow(SpecExamples.RecordSingleDpPrinted, SpecExamples.RecordSingleDpCorrected)]
        [DataRow(SpecExamples.RecordTwoDpsPrinted, SpecExamples.RecordTwoDpsCorrected)]
        public void Write_ReproducesSpecErratum_WithTheCorrectChecksum(string printed, string corrected)
        {
            string written = Rewrite(printed);

            Assert.AreEqual(corrected, written);
            Assert.AreEqual(printed.Substring(0, printed.Length - 2), written.Substring(0, written.Length - 2));
        }

        [TestMethod]
        public void BeginAndSeal_BuildFrameInPlace()
        {
            byte[] buffer = new byte[32];
            DpWriter dps = new DpWriter();

            FrameWriter.Begin(buffer, 3, FrameFormat.VersionNbIot, TuyaCommand.ReportRealTimeStatus, 20);
            dps.Reset(buffer, 3 + FrameFormat.DataOffset, 20);
            dps.WriteBool(109, true);
            int length = FrameWriter.Seal(buffer, 3, dps.Length);

            Assert.AreEqual(SpecExamples.ReportSingleDp, Hex.Format(buffer, 3, length, ' '));
        }

        [TestMethod]
        public void Write_Throws_WhenFrameDoesNotFit()
        {
            byte[] small = new byte[8];
            byte[] data = new byte[2];

            Assert.ThrowsException(typeof(ArgumentException), () => FrameWriter.Write(small, 0, 0, 0x05, data, 0, 2));
            Assert.ThrowsException(typeof(ArgumentException), () => FrameWriter.WriteEmpty(small, 2, 0, 0x05));
        }

        [TestMethod]
        public void Write_AllocatesNothing()
        {
            byte[] buffer = new byte[64];
            byte[] data = new byte[] { 1, 2, 3 };

            // A warm-up call, so one-time costs are not counted.
            FrameWriter.Write(buffer, 0, 0, 0x05, data, 0, 3);
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 100; i++)
            {
                FrameWriter.Write(buffer, 0, 0, 0x05, data, 0, 3);
            }

            Assert.AreEqual(0L, AllocationProbe.AllocatedBytes() - before);
        }

        private static string Rewrite(string example)
        {
            byte[] frame = Hex.ToBytes(example);
            byte[] output = new byte[frame.Length];
            int length = FrameWriter.Write(output, 0, frame[2], frame[3], frame, FrameFormat.DataOffset, frame.Length - FrameFormat.Overhead);
            return Hex.Format(output, 0, length, ' ');
        }
    }
}
