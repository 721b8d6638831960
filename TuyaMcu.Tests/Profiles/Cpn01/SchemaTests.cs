using System;
using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Profiles.Cpn01
{
    [TestClass]
    public class SchemaTests
    {
        [TestMethod]
        public void SensorSchema_ListsStandardCodesFirst()
        {
            DpDefinition[] dps = Cpn01Schema.Create();

            Assert.AreEqual(22, dps.Length);
            Assert.AreEqual("doorcontact_state", dps[0].Code);
            Assert.AreEqual(DpType.Bool, dps[0].Type);
            Assert.AreEqual((int)DpMode.ReadOnly, (int)dps[0].Mode);
            Assert.AreEqual("battery_percentage", dps[1].Code);
            Assert.AreEqual(100, dps[1].Max);
            Assert.AreEqual("%", dps[1].Unit);
            Assert.AreEqual(3, dps[2].EnumCount);
        }

        [TestMethod]
        public void SensorSchema_HasTheCpn01Limits()
        {
            DpRegistry registry = Registry();

            Assert.AreEqual(180, registry.Find(Cpn01Dp.RecordInterval).Min);
            Assert.AreEqual(32, registry.Find(Cpn01Dp.RecordsPerUplink).Max);
            Assert.AreEqual(65535, registry.Find(Cpn01Dp.AlarmKeepTime).Max);
            Assert.AreEqual(63, registry.Find(Cpn01Dp.CalculateFlag).Max);
            Assert.AreEqual(16777215, registry.Find(Cpn01Dp.SetCount).Max);
            Assert.AreEqual(4, registry.Find(Cpn01Dp.EventUplink).EnumCount);
            Assert.AreEqual(379, registry.Find(Cpn01Dp.Cpn01Payload).MaxLength);
        }

        [TestMethod]
        public void Registry_FindsEveryDpByIdAndCode_AndNoOther()
        {
            DpRegistry registry = Registry();
            DpDefinition[] dps = Cpn01Schema.Create();

            Assert.AreEqual(dps.Length, registry.Count);
            for (int i = 0; i < dps.Length; i++)
            {
                Assert.AreEqual(dps[i].Code, registry.Find(dps[i].Id).Code);
                Assert.AreEqual((int)dps[i].Id, (int)registry.FindByCode(dps[i].Code).Id);
                Assert.IsNotNull(registry.HandlerOf(dps[i].Id));
            }

            Assert.IsNull(registry.Find(4));
            Assert.IsNull(registry.Find(255));
            Assert.IsNull(registry.HandlerOf(118));
            Assert.IsNull(registry.FindByCode("switch"));
        }

        [TestMethod]
        public void Registry_RefusesAnIdTwice()
        {
            DpRegistry registry = Registry();

            Assert.ThrowsException(typeof(ArgumentException), () => registry.Register(DpDefinition.Bool(Cpn01Dp.OpenAlarm, "again", "Again", DpMode.ReadOnly), registry.HandlerOf(Cpn01Dp.OpenAlarm)));
            Assert.AreEqual(22, registry.Count);
        }

        [TestMethod]
        public void Enum_CountsItsCommaSeparatedNames()
        {
            DpDefinition dp = DpDefinition.Enum(1, "mode", "Mode", DpMode.ReadWrite, "off,low,high");

            Assert.AreEqual(3, dp.EnumCount);
            Assert.IsNull(dp.CheckNumber(2));
            Assert.IsNotNull(dp.CheckNumber(3));
        }

        [TestMethod]
        public void Limit_OfAnotherType_CannotBeSet()
        {
            DpDefinition flag = DpDefinition.Bool(1, "flag", "Flag", DpMode.ReadWrite);

            Assert.ThrowsException(typeof(InvalidOperationException), () => flag.Max = 10);
            Assert.AreEqual(int.MaxValue, flag.Max);
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
            return SchemaRegistry.Cpn01();
        }
    }
}
