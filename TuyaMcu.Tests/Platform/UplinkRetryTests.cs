using nanoFramework.TestFramework;
using TuyaMcu.Platform;

namespace TuyaMcu.Tests.Platform
{
    [TestClass]
    public class UplinkRetryTests
    {
        private const long Minute = 60000;

        [TestMethod]
        public void OutOfReach_IsTriedAgainAfter1Minute_ThenDoubling_NeverLongerThanHalfTheTdc()
        {
            UplinkRetry retry = new UplinkRetry();
            long now = 0;
            long[] expected = new long[] { 1, 2, 4, 8, 16, 30, 30 };
            for (int i = 0; i < expected.Length; i++)
            {
                retry.Failed(now, 3600, false);
                Assert.AreEqual(expected[i] * Minute, retry.RetryAtMs - now);
                now = retry.RetryAtMs;
            }

            Assert.IsTrue(retry.IsOwed);
            retry.Succeeded();
            Assert.IsFalse(retry.IsOwed);
            Assert.AreEqual(long.MaxValue, retry.RetryAtMs);
        }

        [TestMethod]
        public void ShortTdc_StillWaitsAMinute()
        {
            UplinkRetry retry = new UplinkRetry();
            retry.Failed(0, 30, false);
            retry.Failed(0, 30, false);

            Assert.AreEqual(Minute, retry.RetryAtMs);
        }

        [TestMethod]
        public void FirstRefusal_AfterTheCloudWasOutOfReach_IsTriedAgainAfterAMinute_ThenDoubles()
        {
            UplinkRetry retry = new UplinkRetry();
            for (int i = 0; i < 6; i++)
            {
                retry.Failed(0, 3600, false);
            }

            retry.Failed(0, 3600, true);
            Assert.AreEqual(Minute, retry.RetryAtMs);
            retry.Failed(0, 3600, true);
            Assert.AreEqual(2 * Minute, retry.RetryAtMs);
            Assert.IsTrue(retry.LastRefused);
        }

        [TestMethod]
        public void JustFailed_HoldsForAMinute_SoAnotherReasonToUplinkDoesNotTryAgainAtOnce()
        {
            UplinkRetry retry = new UplinkRetry();
            Assert.IsFalse(retry.JustFailed(0));
            retry.Failed(1000, 3600, false);

            Assert.IsTrue(retry.JustFailed(1000 + Minute - 1));
            Assert.IsFalse(retry.JustFailed(1000 + Minute));
        }

        [TestMethod]
        public void Restore_PicksUpTheBackOff_OfAnEarlierBoot()
        {
            UplinkRetry retry = new UplinkRetry();
            retry.Restore(3, true, 5000);

            Assert.IsTrue(retry.IsOwed);
            Assert.IsTrue(retry.LastRefused);
            Assert.AreEqual(5000L, retry.RetryAtMs);
            Assert.IsFalse(retry.JustFailed(5000), "nothing failed in this boot yet");
            retry.Failed(5000, 3600, true);
            Assert.AreEqual(5000 + 8 * Minute, retry.RetryAtMs);
        }
    }
}
