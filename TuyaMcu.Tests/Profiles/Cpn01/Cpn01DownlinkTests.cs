using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Profiles.Cpn01
{
    [TestClass]
    public class Cpn01DownlinkTests
    {
        [TestMethod]
        [DataRow("0100001E", 0x01, 30)]
        [DataRow("0100003C", 0x01, 60)]
        [DataRow("04FF", 0x04, 0)]
        [DataRow("06000003", 0x06, 3)]
        public void Parse_ReadsTheManualsDownlinks(string hex, int type, int value)
        {
            byte[] bytes = Hex.ToBytes(hex);
            byte parsedType;
            int parsedValue;

            Assert.IsNull(Cpn01Downlink.Parse(bytes, 0, bytes.Length, out parsedType, out parsedValue));
            Assert.AreEqual((byte)type, parsedType);
            Assert.AreEqual(value, parsedValue);
        }

        [TestMethod]
        [DataRow("01003C", "3 value bytes")]
        [DataRow("0400", "04FF")]
        [DataRow("09000001", "unsupported downlink type 0x09")]
        [DataRow("", "empty")]
        public void Parse_RefusesMalformedDownlinks(string hex, string expected)
        {
            byte[] bytes = Hex.ToBytes(hex);
            byte type;
            int value;

            Assert.Contains(expected, Cpn01Downlink.Parse(bytes, 0, bytes.Length, out type, out value));
        }
    }
}
