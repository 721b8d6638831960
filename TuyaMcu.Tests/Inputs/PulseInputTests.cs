using TuyaMcu.Inputs;
using nanoFramework.TestFramework;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Inputs
{
    [TestClass]
    public class PulseInputTests
    {
        [TestMethod]
        public void Update_ReturnsPulsesSinceTheLastReading()
        {
            FakePulseCounter counter = new FakePulseCounter(64);
            counter.Count = 1000;
            PulseInput input = new PulseInput(counter);
            input.Setup();

            counter.Count = 1007;
            Assert.AreEqual(7L, input.Update());
            Assert.AreEqual(0L, input.Update());
        }

        [TestMethod]
        public void Update_FollowsACounterThatWraps()
        {
            FakePulseCounter counter = new FakePulseCounter(16);
            counter.Count = 65530;
            PulseInput input = new PulseInput(counter);
            input.Setup();

            counter.Count += 10;

            Assert.AreEqual(10L, input.Update());
        }
    }
}
