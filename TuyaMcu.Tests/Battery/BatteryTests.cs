using System;
using nanoFramework.TestFramework;
using TuyaMcu.Battery;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Battery
{
    [TestClass]
    public class BatteryTests
    {
        [TestMethod]
        [DataRow(3700, 100)]
        [DataRow(3650, 100)]
        [DataRow(3575, 83)]
        [DataRow(3400, 20)]
        [DataRow(3250, 8)]
        [DataRow(2700, 0)]
        public void Curve_InterpolatesTheLiSoCl2Pack(int millivolts, int percent)
        {
            Assert.AreEqual(percent, BatteryCurve.LiSoCl2Er26500().PercentAt(millivolts));
        }

        [TestMethod]
        public void Curve_RefusesPointsOutOfOrder()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new BatteryCurve(new int[] { 3000, 3600 }, new int[] { 0, 100 }));
        }

        [TestMethod]
        public void Monitor_ScalesByFullScaleAndDivider_AndAddsTheCalibration()
        {
            FakeAdc adc = new FakeAdc();
            adc.Value = 2378; // 2378 / 4095 × 3100 mV = 1800 mV at the tap
            BatteryMonitor monitor = new BatteryMonitor(adc, 3100, 2000, 12, null, 3600000);

            monitor.Measure();

            Assert.AreEqual(3612, monitor.Millivolts);
            Assert.AreEqual(92, monitor.Percent);
            Assert.AreEqual(BatteryMonitor.Samples, adc.Reads);
        }

        [TestMethod]
        public void Monitor_MeasuresOnlyWhenDue()
        {
            FakeAdc adc = new FakeAdc();
            adc.Value = 2000;
            BatteryMonitor monitor = new BatteryMonitor(adc, 3100, 2000, 0, null, 1000);

            monitor.Update(0);
            monitor.Update(999);
            Assert.AreEqual(BatteryMonitor.Samples, adc.Reads);
            monitor.Update(1000);
            Assert.AreEqual(2 * BatteryMonitor.Samples, adc.Reads);
        }

        [TestMethod]
        [DataRow(0, 2000, 1000)]
        [DataRow(3100, 999, 1000)]
        [DataRow(3100, 2000, 0)]
        public void Monitor_RefusesAnUnusableConfiguration(int fullScaleMv, int ratioPermille, int intervalMs)
        {
            FakeAdc adc = new FakeAdc();

            Assert.ThrowsException(typeof(ArgumentException), () => new BatteryMonitor(adc, fullScaleMv, ratioPermille, 0, null, intervalMs));
        }

        [TestMethod]
        public void Monitor_WithoutAnAdc_ReportsExternalPower()
        {
            BatteryMonitor monitor = new BatteryMonitor(null, 0, 0, 0, null, 1000);

            monitor.Update(0);

            Assert.AreEqual(-1, monitor.Percent);
            Assert.AreEqual(-1, monitor.Millivolts);
            Assert.AreEqual(long.MaxValue, monitor.NextDueMs);
        }
    }
}
