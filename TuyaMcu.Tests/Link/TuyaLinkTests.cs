using System;
using nanoFramework.TestFramework;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;

namespace TuyaMcu.Tests.Link
{
    [TestClass]
    public class TuyaLinkTests
    {
        [TestMethod]
        public void Request_IsSentAtOnce_AndCompletesWithTheAnswer()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 7);

            rig.Link.Poll();
            Assert.AreEqual(SpecExamples.GetImei, rig.Transport.LastSent);

            rig.Transport.Receive(SpecExamples.ImeiReply);
            rig.Step(10);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual((int)RequestStatus.Answered, (int)rig.Observer.At(0).Status);
            Assert.AreEqual(7, rig.Observer.At(0).Tag);
            Assert.AreEqual(1, rig.Observer.At(0).Attempts);
            Assert.AreEqual("383634323337303430303134373333", rig.Observer.DataAt(0));
        }

        [TestMethod]
        public void Query_IsResentThreeTimes_ThenTimesOut()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetGmtTime, null, 0, 0, rig.Observer, 0);

            rig.Step(10000);

            Assert.AreEqual(4, rig.Transport.SentCount);
            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual((int)RequestStatus.TimedOut, (int)rig.Observer.At(0).Status);
            Assert.AreEqual(4, rig.Observer.At(0).Attempts);
            Assert.AreEqual(3L, rig.Link.Statistics.Retries);
        }

        [TestMethod]
        public void Query_IsResentAfterItsTimeout_NotBefore()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetGmtTime, null, 0, 0, rig.Observer, 0);
            rig.Link.Poll();

            rig.Step(1020);
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Step(20);
            Assert.AreEqual(2, rig.Transport.SentCount);
        }

        [TestMethod]
        public void Report_WaitsForTheCloudLonger_AndRetriesTwice()
        {
            Rig rig = new Rig();
            byte[] dp = new byte[] { 0x6D, 0x01, 0x00, 0x01, 0x01 };
            rig.Link.Enqueue(TuyaCommand.ReportRealTimeStatus, dp, 0, dp.Length, rig.Observer, 0);

            rig.Step(9000);
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Step(40000);
            Assert.AreEqual(3, rig.Transport.SentCount);
            Assert.AreEqual((int)RequestStatus.TimedOut, (int)rig.Observer.At(0).Status);
            Assert.AreEqual(SpecExamples.ReportSingleDp, rig.Transport.SentAt(0));
        }

        [TestMethod]
        public void Requests_GoOneAtATime_InOrder()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Link.Enqueue(TuyaCommand.GetImsi, null, 0, 0, rig.Observer, 2);

            rig.Step(500);
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Transport.Receive(SpecExamples.ImeiReply);
            rig.Step(100);

            Assert.AreEqual(2, rig.Transport.SentCount);
            Assert.AreEqual(SpecExamples.GetImsi, rig.Transport.SentAt(1));
            Assert.AreEqual(1, rig.Observer.Count);
        }

        [TestMethod]
        public void NextRequest_WaitsForTheGapAfterAnAnswer()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Link.Enqueue(TuyaCommand.GetImsi, null, 0, 0, rig.Observer, 2);
            rig.Link.Poll();
            rig.Clock.Advance(100);
            rig.Transport.Receive(SpecExamples.ImeiReply);

            rig.Link.Poll();
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Clock.Advance(19);
            rig.Link.Poll();
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Clock.Advance(1);
            rig.Link.Poll();
            Assert.AreEqual(2, rig.Transport.SentCount);
        }

        [TestMethod]
        public void NothingIsSent_WhileAFrameIsArriving()
        {
            Rig rig = new Rig();
            rig.Transport.Receive("55 AA 00 09 00 05 03");
            rig.Link.Poll();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);

            rig.Clock.Advance(100);
            rig.Link.Poll();
            Assert.AreEqual(0, rig.Transport.SentCount);

            rig.Transport.Receive("01 00 01 01 13");
            rig.Link.Poll();
            rig.Step(40);

            Assert.AreEqual(2, rig.Transport.SentCount);
            Assert.AreEqual(SpecExamples.ModuleCommandAck, rig.Transport.SentAt(0));
            Assert.AreEqual(SpecExamples.GetImei, rig.Transport.SentAt(1));
        }

        [TestMethod]
        public void ModuleCommand_IsAnsweredInTheSamePoll()
        {
            Rig rig = new Rig();
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);

            rig.Link.Poll();

            Assert.AreEqual(1, rig.Handler.Answers);
            Assert.AreEqual(SpecExamples.ModuleCommandAck, rig.Transport.LastSent);
        }

        [TestMethod]
        public void ModuleCommand_IsAnsweredEvenWhileARequestIsInFlight()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Link.Poll();
            rig.Clock.Advance(50);
            rig.Transport.Receive(SpecExamples.BatteryCheck);
            rig.Handler.AnswerLength = 1;

            rig.Link.Poll();

            Assert.AreEqual(SpecExamples.BatteryOkReply, rig.Transport.LastSent);
            Assert.AreEqual(0, rig.Observer.Count);
        }

        [TestMethod]
        public void ResentModuleCommand_IsAnsweredAgain_ButNotAppliedAgain()
        {
            Rig rig = new Rig();
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);
            rig.Link.Poll();

            rig.Clock.Advance(1000);
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);
            rig.Link.Poll();
            rig.Clock.Advance(1000);
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);
            rig.Link.Poll();

            Assert.AreEqual(1, rig.Handler.Answers);
            Assert.AreEqual(3, rig.Transport.SentCount);
            Assert.AreEqual(2L, rig.Link.Statistics.DuplicateModuleCommands);
        }

        [TestMethod]
        public void SameModuleCommand_AfterTheWindow_IsAppliedAgain()
        {
            Rig rig = new Rig();
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);
            rig.Link.Poll();

            rig.Clock.Advance(2001);
            rig.Transport.Receive(SpecExamples.ModuleCommandSwitchOn);
            rig.Link.Poll();

            Assert.AreEqual(2, rig.Handler.Answers);
        }

        [TestMethod]
        public void LateAnswer_AfterTimeout_IsIgnored_AndHoldsBackTheNextSameRequest()
        {
            LinkOptions options = new LinkOptions();
            options.QueryRetries = 0;
            Rig rig = new Rig(options);
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Step(1100);
            Assert.AreEqual((int)RequestStatus.TimedOut, (int)rig.Observer.At(0).Status);

            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 2);
            rig.Transport.Receive(SpecExamples.ImeiReply);
            rig.Step(10);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual(1L, rig.Link.Statistics.LateAnswers);
            Assert.AreEqual(1, rig.Transport.SentCount);

            rig.Step(1100);
            Assert.AreEqual(2, rig.Transport.SentCount);
        }

        [TestMethod]
        public void SecondAnswerToARetriedRequest_IsNotTakenForTheNextOne()
        {
            Rig rig = Rig.TwoReports(TuyaCommand.ReportRealTimeStatus);
            rig.Step(10100);
            Assert.AreEqual(2, rig.Transport.SentCount);

            // Both attempts are answered, a second apart; only the first answer belongs to report 1,
            // and report 2 is not sent while the other attempt's answer may still come.
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRealTimeStatus, "00");
            rig.Step(1000);
            Assert.AreEqual(2, rig.Transport.SentCount);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRealTimeStatus, "01");
            rig.Step(50);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual(1, rig.Observer.At(0).Tag);
            Assert.AreEqual(2, rig.Observer.At(0).Attempts);
            Assert.AreEqual(1L, rig.Link.Statistics.LateAnswers);
            Assert.AreEqual(2, rig.Transport.SentCount);

            rig.Step(300);
            Assert.AreEqual(3, rig.Transport.SentCount);
        }

        [TestMethod]
        public void RetriedRequest_WhoseOtherAnswerNeverComes_HoldsTheNextOneUntilTheAnswerHorizon()
        {
            Rig rig = Rig.TwoReports(TuyaCommand.ReportRecordData);
            rig.Step(10100);
            Assert.AreEqual(2, rig.Transport.SentCount);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "00");
            rig.Step(50);
            Assert.AreEqual(1, rig.Observer.Count);

            // The second attempt left at about 10 s: its answer may come until 40 s.
            rig.Step(29500);
            Assert.AreEqual(2, rig.Transport.SentCount);
            Assert.IsTrue(rig.Link.NextDueMs > rig.Clock.UptimeMs, "the next record waits for the horizon");

            rig.Step(600);
            Assert.AreEqual(3, rig.Transport.SentCount);
        }

        [TestMethod]
        public void TimedOutRequest_HoldsTheNextOfItsCommandUntilEveryAttemptIsAnswered()
        {
            Rig rig = Rig.TwoReports(TuyaCommand.ReportRecordData);
            rig.Step(30200);
            Assert.AreEqual(3, rig.Transport.SentCount);
            Assert.AreEqual((int)RequestStatus.TimedOut, (int)rig.Observer.At(0).Status);

            // Three late answers, one per attempt (the last says "failure"): none is taken for record 2.
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(3, rig.Transport.SentCount);
                rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, i == 2 ? "02" : "00");
                rig.Step(400);
            }

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual(3L, rig.Link.Statistics.LateAnswers);
            Assert.AreEqual(4, rig.Transport.SentCount);
        }

        [TestMethod]
        public void CopyOfAnAnswer_WithinTheDuplicateWindow_AnswersNoOtherAttempt()
        {
            Rig rig = Rig.TwoReports(TuyaCommand.ReportRecordData);
            rig.Step(10100);

            // One answer and its copy 50 ms later: attempt 2's own answer is still to come.
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "00");
            rig.Step(50);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "00");
            rig.Step(5000);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual(2, rig.Transport.SentCount);
        }

        [TestMethod]
        public void ForgetExpectedAnswers_LetsTheNextRequestGo_AfterTheModuleRestarted()
        {
            Rig rig = Rig.TwoReports(TuyaCommand.ReportRecordData);
            rig.Step(30200);
            Assert.AreEqual(3, rig.Transport.SentCount);

            rig.Link.ForgetExpectedAnswers();
            rig.Step(50);

            Assert.AreEqual(4, rig.Transport.SentCount);
        }

        [TestMethod]
        public void Enqueue_ReturnsFalse_WhenTheQueueIsFull()
        {
            LinkOptions options = new LinkOptions();
            options.QueueCapacity = 2;
            Rig rig = new Rig(options);

            Assert.IsTrue(rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, null, 0));
            Assert.IsTrue(rig.Link.Enqueue(TuyaCommand.GetImsi, null, 0, 0, null, 0));
            Assert.IsFalse(rig.Link.Enqueue(TuyaCommand.GetIccid, null, 0, 0, null, 0));
            Assert.AreEqual(1L, rig.Link.Statistics.RequestsRejected);
        }

        [TestMethod]
        public void Enqueue_Refuses_ACommandTheModuleStarts()
        {
            Rig rig = new Rig();

            Assert.ThrowsException(typeof(ArgumentException), () => rig.Link.Enqueue(TuyaCommand.SendCommand, null, 0, 0, null, 0));
        }

        [TestMethod]
        public void WakePin_IsPulledLowAtLeast5ms_BeforeSendingAfterAQuietSpell()
        {
            LinkOptions options = new LinkOptions();
            options.WakeBeforeSend = true;
            Rig rig = new Rig(options);
            rig.Clock.Advance(6000);

            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 0);
            rig.Step(30);

            Assert.AreEqual(1, rig.Transport.SentCount);
            Assert.IsFalse((bool)rig.WakePin.Levels[1]);
            Assert.IsTrue((bool)rig.WakePin.Levels[2]);
            long low = (long)rig.WakePin.Times[2] - (long)rig.WakePin.Times[1];
            Assert.IsTrue(low >= 5, "held low " + low.ToString() + " ms");
        }

        [TestMethod]
        public void WakePin_IsLeftAlone_WhenTheModuleWasJustActive()
        {
            LinkOptions options = new LinkOptions();
            options.WakeBeforeSend = true;
            Rig rig = new Rig(options);
            rig.Transport.Receive(SpecExamples.NetworkStatus4);
            rig.Step(100);

            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 0);
            rig.Step(30);

            Assert.AreEqual(1, rig.WakePin.Levels.Count);
            Assert.AreEqual(SpecExamples.GetImei, rig.Transport.LastSent);
        }

        [TestMethod]
        public void UnknownCommand_IsCountedAndIgnored()
        {
            Rig rig = new Rig();
            rig.Transport.ReceiveFrame(0x77, "01");

            rig.Link.Poll();

            Assert.AreEqual(1, rig.Handler.Unexpected);
            Assert.AreEqual(1L, rig.Link.Statistics.UnexpectedFrames);
            Assert.AreEqual(0, rig.Transport.SentCount);
        }

        [TestMethod]
        public void CancelAll_EndsEveryRequest_AsCancelled()
        {
            Rig rig = new Rig();
            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Link.Enqueue(TuyaCommand.GetImsi, null, 0, 0, rig.Observer, 2);
            rig.Link.Poll();

            rig.Link.CancelAll();

            Assert.AreEqual(2, rig.Observer.Count);
            Assert.AreEqual((int)RequestStatus.Cancelled, (int)rig.Observer.At(1).Status);
            Assert.AreEqual(0, rig.Link.PendingRequests);
        }

        [TestMethod]
        public void NextDue_IsTheTimeoutOfTheRequestInFlight()
        {
            Rig rig = new Rig();
            Assert.AreEqual(long.MaxValue, rig.Link.NextDueMs);

            rig.Link.Enqueue(TuyaCommand.GetImei, null, 0, 0, rig.Observer, 1);
            rig.Link.Poll();

            Assert.AreEqual(28L + 1000L, rig.Link.NextDueMs);
        }

        [TestMethod]
        public void Options_AreValidated()
        {
            LinkOptions options = new LinkOptions();
            options.WakePulseMs = 4;

            Assert.ThrowsException(typeof(ArgumentException), () => options.Validate());
        }

        /// <summary>A link over a scripted transport, a fake clock and a recording wake pin.</summary>
        private sealed class Rig
        {
            public readonly FakeClock Clock = new FakeClock();
            public readonly ScriptedTransport Transport = new ScriptedTransport();
            public readonly StubModuleHandler Handler = new StubModuleHandler();
            public readonly RecordingObserver Observer = new RecordingObserver();
            public readonly RecordingPin WakePin;
            public readonly TuyaLink Link;

            public Rig()
                : this(new LinkOptions())
            {
            }

            public Rig(LinkOptions options)
            {
                WakePin = new RecordingPin(Clock);
                Link = new TuyaLink(Transport, Clock, options, Handler, WakePin);
            }

            /// <summary>A rig with two reports of <paramref name="command"/> queued, tagged 1 and 2.</summary>
            public static Rig TwoReports(byte command)
            {
                Rig rig = new Rig();
                byte[] dp = new byte[] { 0x6D, 0x01, 0x00, 0x01, 0x01 };
                rig.Link.Enqueue(command, dp, 0, dp.Length, rig.Observer, 1);
                rig.Link.Enqueue(command, dp, 0, dp.Length, rig.Observer, 2);
                return rig;
            }

            public void Step(long ms)
            {
                for (long i = 0; i < ms; i++)
                {
                    Clock.Advance(1);
                    Link.Poll();
                }
            }
        }
    }
}
