using nanoFramework.TestFramework;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Link
{
    /// <summary>
    /// The link's queued requests keep their data in one pool the size of two of the largest frames'
    /// data: moved together when the pool's end is reached, never mixed up, and a request that
    /// cannot fit is refused, as when the queue is full.
    /// </summary>
    [TestClass]
    public class RequestPoolTests
    {
        [TestMethod]
        public void QueuedRequests_KeepTheirData_WhenThePoolIsCompacted()
        {
            FakeClock clock = new FakeClock();
            ScriptedTransport transport = new ScriptedTransport();
            TuyaLink link = new TuyaLink(transport, clock, new LinkOptions(), new StubModuleHandler(), null);
            byte[] a = Filled(400, 0xA1);
            byte[] b = Filled(400, 0xB2);
            byte[] c = Filled(500, 0xC3);

            Assert.IsTrue(link.Enqueue(TuyaCommand.ReportRealTimeStatus, a, 0, a.Length, null, 1));
            Assert.IsTrue(link.Enqueue(TuyaCommand.ReportRealTimeStatus, b, 0, b.Length, null, 2));
            Run(link, clock, 100);
            transport.ReceiveFrame(TuyaCommand.ReportRealTimeStatus, "00");
            Run(link, clock, 100);

            // 400 bytes wait at 400..800: 500 more fit only once they move to the start.
            Assert.IsTrue(link.Enqueue(TuyaCommand.ReportRealTimeStatus, c, 0, c.Length, null, 3));
            Run(link, clock, 400);
            transport.ReceiveFrame(TuyaCommand.ReportRealTimeStatus, "00");
            Run(link, clock, 400);

            Assert.AreEqual(3, transport.SentCount);
            Assert.AreEqual(Frame(a), transport.SentAt(0));
            Assert.AreEqual(Frame(b), transport.SentAt(1));
            Assert.AreEqual(Frame(c), transport.SentAt(2));
            Assert.AreEqual(0L, link.Statistics.RequestsRejected);
        }

        [TestMethod]
        public void Request_IsRefused_WhileThePoolCannotHoldIt_AndTakenOnceRoomIsMade()
        {
            FakeClock clock = new FakeClock();
            ScriptedTransport transport = new ScriptedTransport();
            TuyaLink link = new TuyaLink(transport, clock, new LinkOptions(), new StubModuleHandler(), null);
            byte[] large = Filled(FrameFormat.DefaultMaxDataLength, 0x5A);
            byte[] small = Filled(1, 0x01);

            Assert.IsTrue(link.Enqueue(TuyaCommand.ReportRealTimeStatus, large, 0, large.Length, null, 1));
            Assert.IsTrue(link.Enqueue(TuyaCommand.ReportRecordData, large, 0, large.Length, null, 2));
            Assert.IsFalse(link.Enqueue(TuyaCommand.SetSleepLock, small, 0, small.Length, null, 3));
            Assert.AreEqual(1L, link.Statistics.RequestsRejected);
            Assert.AreEqual(2, link.PendingRequests);

            Run(link, clock, 100);
            transport.ReceiveFrame(TuyaCommand.ReportRealTimeStatus, "00");
            Run(link, clock, 100);

            Assert.IsTrue(link.Enqueue(TuyaCommand.SetSleepLock, small, 0, small.Length, null, 3));
            Assert.AreEqual(2, link.PendingRequests);
        }

        private static byte[] Filled(int length, byte value)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = value;
            }

            return data;
        }

        private static string Frame(byte[] data)
        {
            byte[] frame = new byte[data.Length + FrameFormat.Overhead];
            int length = FrameWriter.Write(frame, 0, FrameFormat.VersionNbIot, TuyaCommand.ReportRealTimeStatus, data, 0, data.Length);
            return Hex.Format(frame, 0, length, ' ');
        }

        private static void Run(TuyaLink link, FakeClock clock, int ms)
        {
            for (int i = 0; i < ms; i++)
            {
                clock.Advance(1);
                link.Poll();
            }
        }
    }
}
