using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Dispatch
{
    /// <summary>
    /// A module that does not start working is brought back: the reset command when it answers,
    /// the reset line when it is silent or does not restart, each step logged, recoveries backing
    /// off; a module on the network, or one merely behind a lossy line, is left alone.
    /// </summary>
    [TestClass]
    public class ModuleRecoveryTests
    {
        [TestMethod]
        public void SilentModule_GetsItsResetLinePulsed30sAfterStart_AndItIsLogged()
        {
            Rig rig = new Rig(false);

            rig.Step(29900);
            Assert.AreEqual(0, rig.ResetLine.Levels.Count);

            rig.Step(400);
            Assert.AreEqual(2, rig.ResetLine.Levels.Count);
            Assert.IsTrue((bool)rig.ResetLine.Levels[0]);
            Assert.IsFalse((bool)rig.ResetLine.Levels[1]);
            Assert.AreEqual(200L, (long)rig.ResetLine.Times[1] - (long)rig.ResetLine.Times[0]);
            Assert.Contains("the module has been silent for 30 s: pulsing its reset line for 200 ms", rig.Log.Text);
            Assert.AreEqual(0, rig.Transport.CountSent(TuyaCommand.ResetModule));

            rig.Step(30000);
            Assert.IsTrue(rig.Dispatcher.Recovery.IsUnreachable);
            Assert.IsTrue(rig.Dispatcher.IsCloudUnavailable);
            Assert.Contains("the module did not restart 30 s after the reset pulse; next recovery in 10 min", rig.Log.Text);

            // It is not asked again and again: the link falls quiet until the next recovery.
            rig.Step(5000);
            int sent = rig.Transport.SentCount;
            rig.Step(60000);
            Assert.AreEqual(sent, rig.Transport.SentCount);
            Assert.IsFalse(rig.Dispatcher.IsStartingUp);
        }

        [TestMethod]
        public void AnsweringModuleThatNeverAsks_GetsTheResetCommand_ThenTheLine()
        {
            Rig rig = Rig.SearchingButNeverAsking(true);
            Assert.IsTrue(rig.Clock.Now >= 30000);
            Assert.Contains("sending it the reset command (0x03)", rig.Log.Text);
            Assert.AreEqual(0, rig.ResetLine.Levels.Count);
            rig.Transport.ReceiveFrame(TuyaCommand.ResetModule, string.Empty);

            rig.Step(29000);
            Assert.AreEqual(0, rig.ResetLine.Levels.Count);
            rig.Step(12000);
            Assert.AreEqual(2, rig.ResetLine.Levels.Count);
            Assert.Contains("the module did not restart 30 s after the reset command: pulsing its reset line for 200 ms", rig.Log.Text);
        }

        [TestMethod]
        public void ProductQueryAfterTheResetCommand_EndsTheRecovery_WithoutAPulse()
        {
            Rig rig = Rig.SearchingButNeverAsking(true);
            rig.Transport.ReceiveFrame(TuyaCommand.ResetModule, string.Empty);
            rig.Step(3000);

            rig.Transport.Receive(SpecExamples.QueryProductInfo);
            rig.Step(60000);

            Assert.AreEqual(0, rig.ResetLine.Levels.Count);
            Assert.AreEqual((int)StartupStage.AwaitNetwork, (int)rig.Dispatcher.Stage);
            Assert.Contains("the module restarted and asked for product information", rig.Log.Text);
        }

        [TestMethod]
        public void Recoveries_BackOff_DoublingFrom10Minutes_UntilTheModuleIsOnTheNetwork()
        {
            Rig rig = new Rig(false);

            rig.Step(31 * 60000);

            // Pulses at 30 s, 10 min later, then 20 min after that.
            Assert.AreEqual(6, rig.ResetLine.Levels.Count);
            Assert.AreEqual(30000L, (long)rig.ResetLine.Times[0]);
            Assert.AreEqual(630000L, (long)rig.ResetLine.Times[2]);
            Assert.AreEqual(1830000L, (long)rig.ResetLine.Times[4]);
            Assert.AreEqual(3, rig.Dispatcher.Recovery.Recoveries);

            rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "02");
            rig.Step(30);

            Assert.AreEqual(0, rig.Dispatcher.Recovery.Recoveries);
            Assert.IsFalse(rig.Dispatcher.Recovery.IsUnreachable);
        }

        [TestMethod]
        public void WaitingForTheNextRecovery_AllocatesNothing()
        {
            Rig rig = new Rig(false);
            rig.Step(61000);
            Assert.IsTrue(rig.Dispatcher.Recovery.IsUnreachable);

            // The last network status query, sent before recovery gave up, times out first.
            rig.Step(10000);
            Assert.AreEqual(0, rig.Dispatcher.Link.PendingRequests);

            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            bool unavailable = true;
            for (int i = 0; i < 100; i++)
            {
                rig.Clock.Advance(1000);
                rig.Dispatcher.Poll();
                unavailable &= rig.Dispatcher.IsCloudUnavailable;
            }

            long allocated = AllocationProbe.AllocatedBytes() - before;
            Assert.IsTrue(unavailable);
            Assert.AreEqual(0L, allocated);
        }

        [TestMethod]
        public void QuickStart_LeavesTheModuleAlone_UntilTheLinkIsNeeded()
        {
            Rig rig = new Rig(true);
            rig.Step(600000);
            Assert.AreEqual(0, rig.ResetLine.Levels.Count);
            Assert.AreEqual(0, rig.Transport.SentCount);

            rig.Dispatcher.StartLink();
            rig.Step(30500);

            Assert.AreEqual(2, rig.ResetLine.Levels.Count);
            Assert.AreEqual(630000L, (long)rig.ResetLine.Times[0]);
        }

        [TestMethod]
        public void UnansweredRequest_FromAModuleThatStillTalks_StartsNoRecovery()
        {
            Rig rig = Rig.Running();
            Assert.IsTrue(rig.Dispatcher.QueryImei(null, 0));
            rig.Step(5000);

            // Nothing answers the IMEI, but the module reports its status: it is alive.
            rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "04");
            rig.Step(60000);

            Assert.AreEqual(0, rig.ResetLine.Levels.Count);
            Assert.AreEqual(0, rig.Transport.CountSent(TuyaCommand.GetNetworkStatus));
            Assert.IsFalse(rig.Dispatcher.Recovery.IsWatching);
        }

        [TestMethod]
        public void UnansweredRequest_ThenSilence_IsProbed_ThenTheLineIsPulsed()
        {
            Rig rig = Rig.Running();
            Assert.IsTrue(rig.Dispatcher.QueryImei(null, 0));
            rig.Step(4200);
            Assert.AreEqual(0, rig.Transport.CountSent(TuyaCommand.GetNetworkStatus));

            rig.Step(31000);

            Assert.IsTrue(rig.Transport.CountSent(TuyaCommand.GetNetworkStatus) >= 8, "asked again and again, 4 times each");
            Assert.AreEqual(0, rig.Transport.CountSent(TuyaCommand.ResetModule));
            Assert.AreEqual(2, rig.ResetLine.Levels.Count);
        }

        [TestMethod]
        public void WithoutAResetLine_OnlyTheResetCommandIsTried_AndTheRecoverySaysSo()
        {
            Rig rig = Rig.SearchingButNeverAsking(false);

            rig.Step(40000);

            Assert.Contains("and no reset line is wired; next recovery in 10 min", rig.Log.Text);
            Assert.IsTrue(rig.Dispatcher.Recovery.IsUnreachable);
        }

        /// <summary>A dispatcher with a recorded reset line (active high), over a scripted module that answers only what a test gives it.</summary>
        private sealed class Rig
        {
            public readonly FakeClock Clock = new FakeClock();
            public readonly ScriptedTransport Transport = new ScriptedTransport();
            public readonly RecordingLog Log = new RecordingLog();
            public readonly RecordingPin ResetLine;
            public readonly CommandDispatcher Dispatcher;

            public Rig(bool quickStart)
                : this(quickStart, true)
            {
            }

            public Rig(bool quickStart, bool resetLine)
            {
                DispatcherOptions options = new DispatcherOptions();
                options.ProductId = SpecExamples.ProductId;
                options.QuickStart = quickStart;
                ResetLine = new RecordingPin(Clock);
                Dispatcher = new CommandDispatcher(new TuyaLink(Transport, Clock, new LinkOptions(), null), Clock, Clock, options, new DpRegistry(), new FixedBattery(-1), Log);
                if (resetLine)
                {
                    Dispatcher.SetModuleResetLine(ResetLine, true);
                }
            }

            /// <summary>
            /// Started with the module: it answers the first network status query with 1 (searching)
            /// but never asks for product information, so 30 s on the reset command goes out.
            /// </summary>
            public static Rig SearchingButNeverAsking(bool resetLine)
            {
                Rig rig = new Rig(false, resetLine);
                rig.Step(5050);
                rig.Transport.ReceiveFrame(TuyaCommand.GetNetworkStatus, "01");
                rig.StepUntilSent(TuyaCommand.ResetModule, 40000);
                return rig;
            }

            /// <summary>Started quickly on the module's report of status 4, with nothing sent since.</summary>
            public static Rig Running()
            {
                Rig rig = new Rig(true);
                rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "04");
                rig.Step(30);
                Assert.AreEqual((int)StartupStage.Done, (int)rig.Dispatcher.Stage);
                return rig;
            }

            public void StepUntilSent(byte command, long limitMs)
            {
                for (long i = 0; i < limitMs && Transport.CountSent(command) == 0; i += 10)
                {
                    Step(10);
                }

                Assert.AreEqual(1, Transport.CountSent(command));
            }

            public void Step(long ms)
            {
                for (long i = 0; i < ms; i++)
                {
                    Clock.Advance(1);
                    Dispatcher.Poll();
                }
            }
        }
    }
}
