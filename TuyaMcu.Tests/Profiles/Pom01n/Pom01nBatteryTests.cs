using nanoFramework.TestFramework;
using TuyaMcu.Profiles.Pom01n;

namespace TuyaMcu.Tests.Profiles.Pom01n
{
    [TestClass]
    public class Pom01nBatteryTests
    {
        [TestMethod]
        [DataRow(4200, 100)]
        [DataRow(4190, 100)]
        [DataRow(3845, 65)]
        [DataRow(3720, 50)]
        [DataRow(3332, 13)]
        [DataRow(3100, 0)]
        [DataRow(2900, 0)]
        public void LiIonCurve_InterpolatesTheCell(int millivolts, int percent)
        {
            Assert.AreEqual(percent, Pom01nBattery.LiIonCurve().PercentAt(millivolts));
        }

        [TestMethod]
        public void LiIonCurve_IsNotTheCpn01sLiSoCl2Curve()
        {
            // 3.6 V is a full Li-SOCl2 cell, but a Li-ion cell near a third.
            Assert.AreEqual(90, TuyaMcu.Battery.BatteryCurve.LiSoCl2Er26500().PercentAt(3600));
            Assert.AreEqual(37, Pom01nBattery.LiIonCurve().PercentAt(3600));
        }
    }
}
