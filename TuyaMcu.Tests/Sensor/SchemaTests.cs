using System;
using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Sensor;

namespace TuyaMcu.Tests.Sensor
{
    [TestClass]
    public class SchemaTests
    {
        [TestMethod]
        public void SensorSchema_Parses_WithStandardCodesFirst()
        {
            DpDefinition[] dps = DpSchema.Parse(SensorSchema.Json);

            Assert.AreEqual(22, dps.Length);
            Assert.AreEqual("doorcontact_state", dps[0].Code);
            Assert.AreEqual(DpType.Bool, dps[0].Type);
            Assert.AreEqual((int)DpMode.ReadOnly, (int)dps[0].Mode);
            Assert.AreEqual("battery_percentage", dps[1].Code);
            Assert.AreEqual(100, dps[1].Max);
        }

        [TestMethod]
        public void SensorSchema_HasTheCpn01Limits()
        {
            DpRegistry registry = Registry();

            Assert.AreEqual(180, registry.Find(SensorDp.RecordInterval).Min);
            Assert.AreEqual(32, registry.Find(SensorDp.RecordsPerUplink).Max);
            Assert.AreEqual(65535, registry.Find(SensorDp.AlarmKeepTime).Max);
            Assert.AreEqual(63, registry.Find(SensorDp.CalculateFlag).Max);
            Assert.AreEqual(16777215, registry.Find(SensorDp.SetCount).Max);
            Assert.AreEqual(4, registry.Find(SensorDp.EventUplink).EnumCount);
            Assert.AreEqual(379, registry.Find(SensorDp.Cpn01Payload).MaxLength);
        }

        [TestMethod]
        [DataRow("{}", "JSON array")]
        [DataRow("[{\"id\":0,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"bool\"}}]", "id must be 1..255")]
        [DataRow("[{\"id\":1,\"mode\":\"rw\",\"property\":{\"type\":\"bool\"}}]", "code is missing")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"xx\",\"property\":{\"type\":\"bool\"}}]", "mode must be rw, ro or wr")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"float\"}}]", "property.type")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"value\",\"min\":5,\"max\":1}}]", "min <= max")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"enum\",\"range\":[]}}]", "enum needs a range")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"bool\"}},{\"id\":1,\"code\":\"b\",\"mode\":\"rw\",\"property\":{\"type\":\"bool\"}}]", "DP 1 twice")]
        [DataRow("[{\"id\":1,\"code\":\"a\",\"mode\":\"rw\",\"property\":{\"type\":\"bool\"}}", "unexpected end of JSON")]
        public void Parse_NamesTheEntryAtFault(string json, string expected)
        {
            try
            {
                DpSchema.Parse(json);
                Assert.IsTrue(false, "no exception");
            }
            catch (ArgumentException e)
            {
                Assert.Contains(expected, e.Message);
            }
        }

        [TestMethod]
        [DataRow(106, 29, "outside 30..16777215")]
        [DataRow(107, 179, "outside 180..86400")]
        [DataRow(108, 33, "outside 0..32")]
        [DataRow(110, 65536, "outside 0..65535")]
        [DataRow(112, 64, "outside 0..63")]
        [DataRow(111, 2, "enum value 2")]
        [DataRow(115, 4, "enum value 4")]
        public void CheckNumber_RejectsOutOfRange(int id, int value, string expected)
        {
            Assert.Contains(expected, Registry().Find(id).CheckNumber(value));
        }

        [TestMethod]
        [DataRow(106, 30)]
        [DataRow(107, 180)]
        [DataRow(108, 0)]
        [DataRow(108, 32)]
        [DataRow(110, 65535)]
        [DataRow(112, 63)]
        [DataRow(115, 3)]
        public void CheckNumber_AcceptsTheLimits(int id, int value)
        {
            Assert.IsNull(Registry().Find(id).CheckNumber(value));
        }

        private static DpRegistry Registry()
        {
            DpRegistry registry = new DpRegistry();
            DpDefinition[] dps = DpSchema.Parse(SensorSchema.Json);
            NoHandler handler = new NoHandler();
            for (int i = 0; i < dps.Length; i++)
            {
                registry.Register(dps[i], handler);
            }

            return registry;
        }

        private sealed class NoHandler : IDpHandler
        {
            public string Check(DpReader unit)
            {
                return null;
            }

            public void Apply(DpReader unit)
            {
            }

            public string Commit()
            {
                return null;
            }

            public int ReportedFor(byte id, int index)
            {
                return 0;
            }

            public bool WriteCurrent(byte id, DpWriter writer)
            {
                return false;
            }
        }
    }
}
