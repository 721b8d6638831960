using nanoFramework.TestFramework;
using TuyaMcu.Platform;

namespace TuyaMcu.Tests.Platform
{
    [TestClass]
    public class SignalConversionTests
    {
        [TestMethod]
        [DataRow(0, 0)]
        [DataRow(20, 1)]
        [DataRow(30, 6)]
        [DataRow(50, 16)]
        [DataRow(80, 31)]
        [DataRow(97, 31)]
        [DataRow(255, 99)]
        [DataRow(-1, 99)]
        public void RsrpLevel_MapsToCsq(int level, int csq)
        {
            Assert.AreEqual(csq, SignalConversion.RsrpLevelToCsq(level));
        }

        [TestMethod]
        [DataRow(0, -140)]
        [DataRow(1, -140)]
        [DataRow(50, -91)]
        [DataRow(97, -44)]
        [DataRow(255, -255)]
        [DataRow(-1, -255)]
        public void RsrpLevel_MapsToDbm_OrMinus255WhenUnknown(int level, int dbm)
        {
            Assert.AreEqual(dbm, SignalConversion.RsrpLevelToDbm(level));
        }
    }
}
