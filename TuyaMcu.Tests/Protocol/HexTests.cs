using System;
using nanoFramework.TestFramework;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        [DataRow("55aa00", 3)]
        [DataRow("55 AA 00", 3)]
        [DataRow("0x55AA", 2)]
        [DataRow("", 0)]
        [DataRow("5", -1)]
        [DataRow("55 A", -1)]
        [DataRow("5g", -1)]
        public void CountBytes_AcceptsPairsAndSeparators(string text, int expected)
        {
            Assert.AreEqual(expected, Hex.CountBytes(text));
        }

        [TestMethod]
        public void ToBytes_NamesTheOffendingCharacter()
        {
            try
            {
                Hex.ToBytes("55 AZ");
                Assert.IsTrue(false, "no exception");
            }
            catch (FormatException e)
            {
                Assert.Contains("'Z' at position 4", e.Message);
            }
        }

        [TestMethod]
        public void Format_WritesUpperCaseWithSeparator()
        {
            byte[] bytes = new byte[] { 0x0A, 0xFF, 0x00 };

            Assert.AreEqual("0A FF 00", Hex.Format(bytes, 0, 3, ' '));
            Assert.AreEqual("0aff00", Hex.FormatLower(bytes, 0, 3));
        }
    }
}
