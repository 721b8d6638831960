using nanoFramework.TestFramework;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class JsonWriterTests
    {
        [TestMethod]
        [DataRow(333, 2, "3.33")]
        [DataRow(5, 2, "0.05")]
        [DataRow(-1205, 3, "-1.205")]
        [DataRow(42, 0, "42")]
        public void WriteFixed_PutsTheDecimalPoint_WithoutFloatingPoint(int value, int decimals, string expected)
        {
            Assert.AreEqual("{\"v\":" + expected + "}", Written(value, decimals));
        }

        [TestMethod]
        public void Arrays_SeparateTheirElements_AndTheMembersAround()
        {
            byte[] text = Utf8Bytes("a\"b");
            byte[] buffer = new byte[64];
            JsonWriter json = new JsonWriter();
            json.Reset(buffer, 0, buffer.Length);

            json.BeginObject();
            json.WriteNumber("n", 1);
            json.BeginNumberedArray(12);
            json.WriteElement(-3);
            json.WriteAsciiElement(text, 0, text.Length);
            json.EndArray();
            json.BeginArray("e");
            json.EndArray();
            json.WriteAscii("s", text, 0, 1);
            json.EndObject();

            Assert.AreEqual("{\"n\":1,\"12\":[-3,\"a\\\"b\"],\"e\":[],\"s\":\"a\"}", Utf8.GetString(buffer, 0, json.Length));
        }

        [TestMethod]
        public void AnArrayThatDoesNotFit_SetsOverflowed()
        {
            byte[] buffer = new byte[8];
            JsonWriter json = new JsonWriter();
            json.Reset(buffer, 0, buffer.Length);

            json.BeginObject();
            json.BeginNumberedArray(1);
            json.WriteElement(123456);
            json.EndArray();

            Assert.IsTrue(json.Overflowed);
        }

        private static string Written(int value, int decimals)
        {
            byte[] buffer = new byte[32];
            JsonWriter json = new JsonWriter();
            json.Reset(buffer, 0, buffer.Length);
            json.BeginObject();
            json.WriteFixed("v", value, decimals);
            json.EndObject();
            return Utf8.GetString(buffer, 0, json.Length);
        }

        private static byte[] Utf8Bytes(string text)
        {
            byte[] bytes = new byte[Utf8.GetByteCount(text)];
            Utf8.GetBytes(text, bytes, 0);
            return bytes;
        }
    }
}
