using System;
using nanoFramework.TestFramework;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class ChecksumTests
    {
        [TestMethod]
        public void Compute_MatchesSpecExample_ForHeartbeat()
        {
            // 55 AA 00 B1 00 00 | B0, from the spec's "Send heartbeat packets automatically".
            byte[] frame = new byte[] { 0x55, 0xAA, 0x00, 0xB1, 0x00, 0x00, 0xB0 };

            Assert.AreEqual((byte)0xB0, Checksum.Compute(frame, 0, 6));
        }

        [TestMethod]
        [DataRow("55 AA 00 02 00 01 04", 0x06)]
        [DataRow("55 AA 00 09 00 00", 0x08)]
        [DataRow("FF FF", 0xFE)]
        [DataRow("", 0x00)]
        public void Compute_ReturnsSumModulo256(string hex, int expected)
        {
            byte[] bytes = Hex.ToBytes(hex);

            Assert.AreEqual((byte)expected, Checksum.Compute(bytes, 0, bytes.Length));
        }

        [TestMethod]
        public void Compute_SumsOnlyTheGivenRange()
        {
            byte[] buffer = new byte[] { 0x10, 0x01, 0x02, 0x03, 0x20 };

            Assert.AreEqual((byte)0x06, Checksum.Compute(buffer, 1, 3));
        }

        [TestMethod]
        public void Compute_Throws_WhenRangeLiesOutsideBuffer()
        {
            byte[] buffer = new byte[4];

            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Checksum.Compute(buffer, 2, 3));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Checksum.Compute(buffer, -1, 1));
            Assert.ThrowsException(typeof(ArgumentNullException), () => Checksum.Compute(null, 0, 0));
        }
    }
}
