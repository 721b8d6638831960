using System.Collections;
using nanoFramework.TestFramework;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Dispatch
{
    /// <summary>
    /// The dispatcher's half of each command, frame by frame over a scripted transport: answers
    /// the spec does not allow end the request as malformed and change nothing, result bytes are
    /// read as the spec defines them per command, module reports that make no sense are still
    /// acknowledged (so the module stops resending) but ignored, and frames nobody asked for
    /// change nothing. TuyaMcu/Core/Dispatch/README.md maps every command to its tests.
    /// </summary>
    [TestClass]
    public class CommandDispatcherTests
    {
        private const long RtcUnix = 1767225600L;
        private const string NoResult = "expected a one-byte result the spec defines";

        [TestMethod]
        [DataRow(0x05, "02", NoResult)]
        [DataRow(0x05, "", NoResult)]
        [DataRow(0x05, "0000", NoResult)]
        [DataRow(0x06, "01120D1110090501", "month 13 is outside 1..12")]
        [DataRow(0x08, "03", NoResult)]
        [DataRow(0x0B, "0162", "RSRP level 98 is outside 0..97 and not 255")]
        [DataRow(0x0B, "01", "signal strength reply must be 2 bytes, got 1")]
        [DataRow(0x0B, "0350", "signal strength success flag must be 0 or 1, got 3")]
        [DataRow(0x10, "01120911081503", "time reply must be 8 bytes, got 7")]
        [DataRow(0x10, "0212091108150301", "time reply success flag must be 0 or 1, got 2")]
        [DataRow(0x10, "0112091108150308", "weekday 8 is outside 1..7")]
        [DataRow(0x2B, "05", "network status must be one byte 1..4")]
        [DataRow(0x2B, "00", "network status must be one byte 1..4")]
        [DataRow(0x2B, "0404", "network status must be one byte 1..4")]
        [DataRow(0xB1, "02", NoResult)]
        [DataRow(0xB3, "", NoResult)]
        [DataRow(0xB5, "34363031313330313234363733344A", "IMSI holds a non-digit byte 0x4A at 14")]
        [DataRow(0xB6, "3839", "ICCID must be 18..22 characters, got 2")]
        [DataRow(0xB7, "4000FFFF2244", "RxLev level 64 is outside 0..63 and not 99")]
        [DataRow(0xB7, "2800FFFF22", "CESQ reply must be 6 bytes, got 5")]
        [DataRow(0xB9, "0101", NoResult)]
        [DataRow(0xBB, "02", "binding status must be one byte 0 or 1")]
        [DataRow(0xBB, "", "binding status must be one byte 0 or 1")]
        [DataRow(0xBD, "3836343233373034303031343733", "IMEI must be 15 characters, got 14")]
        [DataRow(0xBF, "08", "operating status must be one byte 0..7")]
        [DataRow(0xC1, "FF", NoResult)]
        [DataRow(0xC2, "02", NoResult)]
        public void MalformedAnswer_EndsTheRequestAsMalformed_AndChangesNothing(int command, string answer, string error)
        {
            Rig rig = Rig.Joined(true);
            string before = rig.StateText();

            rig.Request(command);
            rig.Answer(command, answer);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual((int)ModuleRequestStatus.Malformed, rig.Observer.StatusAt(0));
            Assert.IsFalse(rig.Observer.SuccessAt(0));
            Assert.AreEqual(before, rig.StateText());
            Assert.Contains("malformed answer to " + TuyaCommand.GetName((byte)command) + ": " + error, rig.Log.Text);

            // The request has ended: it is not sent again.
            rig.Step(5000);
            Assert.AreEqual(1, rig.Transport.SentCount);
        }

        [TestMethod]
        [DataRow(0x05, "00", true)]
        [DataRow(0x05, "01", false)]
        [DataRow(0x08, "00", true)]
        [DataRow(0x08, "01", true)]
        [DataRow(0x08, "02", false)]
        [DataRow(0xB1, "01", true)]
        [DataRow(0xB1, "00", false)]
        [DataRow(0xB3, "01", true)]
        [DataRow(0xB3, "00", false)]
        [DataRow(0xB9, "01", true)]
        [DataRow(0xB9, "00", false)]
        [DataRow(0xC1, "01", true)]
        [DataRow(0xC1, "00", false)]
        [DataRow(0xC2, "00", true)]
        [DataRow(0xC2, "01", false)]
        [DataRow(0x0B, "0150", true)]
        [DataRow(0x0B, "0000", false)]
        [DataRow(0x06, "0112091110090501", true)]
        [DataRow(0x06, "0000000000000000", false)]
        [DataRow(0x10, "0112091108150301", true)]
        [DataRow(0x10, "0000000000000000", false)]
        public void ResultByte_IsReadAsTheSpecDefinesItForTheCommand(int command, string answer, bool success)
        {
            Rig rig = Rig.Joined(true);

            rig.Request(command);
            rig.Answer(command, answer);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.AreEqual((int)ModuleRequestStatus.Answered, rig.Observer.StatusAt(0));
            Assert.AreEqual(success, rig.Observer.SuccessAt(0));
        }

        [TestMethod]
        public void TimeAnswers_SetTheClockAndTheLocalOffset_OnlyWhenTheySaySuccess()
        {
            Rig rig = Rig.Joined(false);

            // Local time before any GMT time: nothing to take the offset from.
            rig.Request(TuyaCommand.GetLocalTime);
            rig.Transport.Receive(SpecExamples.LocalTimeReply);
            rig.Step(30);
            Assert.IsFalse(rig.Dispatcher.State.HasLocalOffset);

            rig.Request(TuyaCommand.GetGmtTime);
            rig.Answer(TuyaCommand.GetGmtTime, "0000000000000000");
            Assert.IsFalse(rig.Clock.IsSet);
            Assert.AreEqual(-1L, rig.Dispatcher.State.TimeSyncedAtMs);

            rig.Request(TuyaCommand.GetGmtTime);
            rig.Transport.Receive(SpecExamples.GmtTimeReply);
            rig.Step(30);
            Assert.AreEqual(1537172463L, rig.Clock.UnixSeconds);
            Assert.IsTrue(rig.Dispatcher.State.TimeSyncedAtMs >= 0);

            // The spec's two examples are 7 h 48 min 2 s apart; the offset is kept to the minute.
            rig.Request(TuyaCommand.GetLocalTime);
            rig.Transport.Receive(SpecExamples.LocalTimeReply);
            rig.Step(30);
            Assert.IsTrue(rig.Dispatcher.State.HasLocalOffset);
            Assert.AreEqual((7 * 60 + 48) * 60, rig.Dispatcher.State.LocalOffsetSeconds);
            Assert.AreEqual(4, rig.Observer.Count);
        }

        [TestMethod]
        public void SleepLock_HoldsOnlyOnceTheModuleAcknowledgesIt()
        {
            Rig rig = Rig.Joined(false);

            rig.Request(TuyaCommand.SetSleepLock);
            Assert.AreEqual(SpecExamples.SleepLockCorrected, rig.Transport.LastSent);
            rig.Step(5000);
            Assert.AreEqual((int)ModuleRequestStatus.TimedOut, rig.Observer.StatusAt(0));
            Assert.AreEqual(4, rig.Transport.SentCount);
            Assert.IsFalse(rig.Dispatcher.State.SleepLocked);

            rig.Step(1000);
            rig.Request(TuyaCommand.SetSleepLock);
            rig.Transport.Receive(SpecExamples.SleepLockAck);
            rig.Step(30);
            Assert.IsTrue(rig.Dispatcher.State.SleepLocked);

            rig.Step(300);
            Assert.IsTrue(rig.Dispatcher.SetSleepLock(false, rig.Observer, 0));
            rig.Step(30);
            Assert.AreEqual("55 AA 00 B2 00 01 00 B2", rig.Transport.LastSent);
            rig.Transport.Receive(SpecExamples.SleepLockAck);
            rig.Step(30);
            Assert.IsFalse(rig.Dispatcher.State.SleepLocked);
            Assert.AreEqual(3, rig.Observer.Count);
        }

        [TestMethod]
        [DataRow(0x02, "05", "55 AA 00 02 00 00 01", "ignored malformed network status report")]
        [DataRow(0x02, "00", "55 AA 00 02 00 00 01", "ignored malformed network status report")]
        [DataRow(0x02, "", "55 AA 00 02 00 00 01", "ignored malformed network status report")]
        [DataRow(0x02, "0403", "55 AA 00 02 00 00 01", "ignored malformed network status report")]
        [DataRow(0xBE, "08", "55 AA 00 BE 00 00 BD", "ignored malformed operating status report")]
        [DataRow(0xBE, "", "55 AA 00 BE 00 00 BD", "ignored malformed operating status report")]
        [DataRow(0xBE, "0203", "55 AA 00 BE 00 00 BD", "ignored malformed operating status report")]
        public void MalformedStatusReport_IsAcknowledged_ButChangesNothing(int command, string data, string ack, string logged)
        {
            Rig rig = Rig.Joined(true);

            rig.ReceiveIgnored(command, data, logged);

            Assert.AreEqual(1, rig.Transport.SentCount);
            Assert.AreEqual(ack, rig.Transport.LastSent);
        }

        [TestMethod]
        [DataRow(0xBD, "383634323337303430303134373333", "unexpected Get international mobile equipment identity (IMEI) 0xBD ignored")]
        [DataRow(0xBB, "01", "unexpected Query binding status 0xBB ignored")]
        [DataRow(0x2B, "02", "unexpected Get device network status 0x2B ignored")]
        [DataRow(0x10, "0112091108150301", "unexpected Get GMT time 0x10 ignored")]
        [DataRow(0x08, "02", "unexpected Report record type data 0x08 ignored")]
        [DataRow(0x07, "01", "unknown command 0x07 ignored")]
        public void AnswerToNothing_IsIgnored_AndChangesNothing(int command, string data, string logged)
        {
            Rig rig = Rig.Joined(true);

            rig.ReceiveIgnored(command, data, logged);

            Assert.AreEqual(0, rig.Transport.SentCount);
        }

        [TestMethod]
        public void RetainedRecordNotice_IsCounted_WhenNoRecordWaitsForItsAnswer()
        {
            Rig rig = Rig.Joined(true);

            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "01");
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "01");
            rig.Step(30);

            Assert.AreEqual(2L, rig.Dispatcher.State.RetainedRecordsUploaded);
            Assert.AreEqual(0, rig.Transport.SentCount);
            Assert.AreEqual(string.Empty, rig.Log.Text);
        }

        [TestMethod]
        public void RetainedRecordNotice_WhileARecordWaits_IsTakenAsThatRecordsAnswer()
        {
            // The protocol gives the notice and the answer "stored, retained records pending" the
            // same bytes: the first 0x08 frame answers the record in flight, the real answer is late.
            Rig rig = Rig.Joined(true);
            rig.Request(TuyaCommand.ReportRecordData);

            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "01");
            rig.Step(30);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportRecordData, "02");
            rig.Step(30);

            Assert.AreEqual(1, rig.Observer.Count);
            Assert.IsTrue(rig.Observer.SuccessAt(0));
            Assert.AreEqual(0L, rig.Dispatcher.State.RetainedRecordsUploaded);
            Assert.AreEqual(1L, rig.Dispatcher.Link.Statistics.LateAnswers);
        }

        [TestMethod]
        public void Outcome_StaysTheCallersOwn_WhenAnotherRequestEndsInsideItsCall()
        {
            Rig rig = Rig.Joined(false);
            CancellingObserver observer = new CancellingObserver(rig.Dispatcher.Link);
            Assert.IsTrue(rig.Dispatcher.QueryBindingStatus(observer, 7));
            Assert.IsTrue(rig.Dispatcher.QueryImei(observer, 8));
            rig.Step(30);

            rig.Answer(TuyaCommand.QueryBindingStatus, "01");

            // tag, status (0 answered, 2 cancelled), command, first data byte; tag 7's outcome is read again after the cancel
            Assert.AreEqual("7 0 BB 1; 8 2 BD -1; 7 0 BB 1; ", observer.Text);
        }

        [TestMethod]
        public void ProductQuery_IsAnsweredWithTheSpecExample_AndASecondOneIsAModuleRestart()
        {
            DispatcherOptions options = new DispatcherOptions();
            options.ProductId = SpecExamples.ProductId;
            Rig rig = new Rig(options);

            rig.Transport.Receive(SpecExamples.QueryProductInfo);
            rig.Step(30);
            Assert.AreEqual(SpecExamples.ProductInfoReply, rig.Transport.LastSent);
            Assert.AreEqual(0, rig.Dispatcher.State.Restarts);
            Assert.AreEqual((int)StartupStage.AwaitNetwork, (int)rig.Dispatcher.Stage);

            rig.Step(3000);
            rig.Transport.Receive(SpecExamples.QueryProductInfo);
            rig.Step(30);
            Assert.AreEqual(SpecExamples.ProductInfoReply, rig.Transport.LastSent);
            Assert.AreEqual(1, rig.Dispatcher.State.Restarts);
        }

        [TestMethod]
        public void StartupStepAnsweredAfterAModuleRestart_IsRead_ButDoesNotMoveTheNewStartupOn()
        {
            Rig rig = new Rig(new DispatcherOptions());
            rig.Transport.Receive(SpecExamples.QueryProductInfo);
            rig.Step(300);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "01");
            rig.Step(300);
            rig.Answer(TuyaCommand.GetGmtTime, "0000000000000000");
            rig.Step(300);
            rig.Answer(TuyaCommand.GetLocalTime, "0000000000000000");
            rig.Step(300);
            Assert.AreEqual((int)StartupStage.Imei, (int)rig.Dispatcher.Stage);
            Assert.AreEqual(TuyaCommand.GetImei, rig.Transport.CommandAt(rig.Transport.SentCount - 1));

            // The module restarts before it answers, and reports its network status again.
            rig.Transport.Receive(SpecExamples.QueryProductInfo);
            rig.Step(300);
            rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "01");
            rig.Step(300);
            Assert.AreEqual((int)StartupStage.GmtTime, (int)rig.Dispatcher.Stage);

            // The IMEI asked before the restart is answered now: it is read, and GMT time is asked next.
            rig.Answer(TuyaCommand.GetImei, "383634323337303430303134373333");
            rig.Step(300);
            Assert.AreEqual("864237040014733", rig.Dispatcher.State.Imei);
            Assert.AreEqual((int)StartupStage.GmtTime, (int)rig.Dispatcher.Stage);
            Assert.AreEqual(TuyaCommand.GetGmtTime, rig.Transport.CommandAt(rig.Transport.SentCount - 1));
        }

        [TestMethod]
        public void EmptyDpCommand_IsAcknowledged_AndNeitherAppliedNorReported()
        {
            Rig rig = Rig.Joined(true);

            rig.Transport.ReceiveFrame(TuyaCommand.SendCommand, "");
            rig.Step(1000);

            Assert.AreEqual(1, rig.Transport.SentCount);
            Assert.AreEqual(SpecExamples.ModuleCommandAck, rig.Transport.LastSent);
            Assert.AreEqual(0L, rig.Dispatcher.State.DpCommandsApplied);
            Assert.AreEqual(0L, rig.Dispatcher.State.DpCommandsRejected);
        }

        [TestMethod]
        public void AcceptedDpCommand_IsAppliedAndReportedBack_WithoutAllocating()
        {
            LevelAndSwitch handler = new LevelAndSwitch();
            DpRegistry dps = new DpRegistry();
            DpDefinition level = new DpDefinition(2, "level", "Level", DpType.Value, DpMode.ReadWrite);
            level.Min = 0;
            level.Max = 100;
            level.Step = 5;
            dps.Register(new DpDefinition(1, "switch", "Switch", DpType.Bool, DpMode.ReadWrite), handler);
            dps.Register(level, handler);
            FakeClock clock = new FakeClock();
            DispatcherOptions options = new DispatcherOptions();
            options.ProductId = SpecExamples.ProductId;
            CommandDispatcher dispatcher = new CommandDispatcher(new TuyaLink(new ScriptedTransport(), clock, new LinkOptions(), null), clock, clock, options, dps, new FixedBattery(-1), null);
            IModuleCommandHandler module = dispatcher;
            byte[] units = Hex.ToBytes("0101000101020200040000000A");
            byte[] buffer = new byte[units.Length + FrameFormat.Overhead];
            Frame command = new Frame(buffer, 0, FrameWriter.Write(buffer, 0, 0, TuyaCommand.SendCommand, units, 0, units.Length), 0);
            byte[] answer = new byte[16];

            // A warm-up command, so one-time costs are not counted.
            module.Answer(command, answer, 0, answer.Length);
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 5; i++)
            {
                module.Answer(command, answer, 0, answer.Length);
            }

            long allocated = AllocationProbe.AllocatedBytes() - before;
            Assert.IsTrue(handler.On);
            Assert.AreEqual(10, handler.Level);
            Assert.AreEqual(12L, dispatcher.State.DpCommandsApplied);
            Assert.AreEqual(6, dispatcher.Link.PendingRequests);
            Assert.AreEqual(0L, allocated);
        }

        /// <summary>A dispatcher over a scripted transport and a fake clock, with what it logged and the outcomes it gave.</summary>
        private sealed class Rig
        {
            public readonly FakeClock Clock = new FakeClock();
            public readonly ScriptedTransport Transport = new ScriptedTransport();
            public readonly CommandDispatcher Dispatcher;
            public readonly Outcomes Observer = new Outcomes();
            public readonly RecordingLog Log = new RecordingLog();

            public Rig(DispatcherOptions options)
            {
                if (options.ProductId == null)
                {
                    options.ProductId = SpecExamples.ProductId;
                }

                Dispatcher = new CommandDispatcher(new TuyaLink(Transport, Clock, new LinkOptions(), null), Clock, Clock, options, new DpRegistry(), new FixedBattery(-1), Log);
            }

            /// <summary>Started quickly (a deep-sleep wake) on the module's report of status 4, with nothing sent since.</summary>
            public static Rig Joined(bool clockSet)
            {
                DispatcherOptions options = new DispatcherOptions();
                options.QuickStart = true;
                Rig rig = new Rig(options);
                if (clockSet)
                {
                    rig.Clock.Set(RtcUnix);
                }

                rig.Transport.ReceiveFrame(TuyaCommand.ReportNetworkStatus, "04");
                rig.Step(30);
                Assert.AreEqual((int)StartupStage.Done, (int)rig.Dispatcher.Stage);
                rig.Transport.Sent.Clear();
                rig.Log.Text = string.Empty;
                return rig;
            }

            /// <summary>Queues the MCU request of <paramref name="command"/> and lets it go out.</summary>
            public void Request(int command)
            {
                byte[] dp = new byte[] { 0x6D, 0x01, 0x00, 0x01, 0x01 };
                CommandDispatcher d = Dispatcher;
                bool queued;
                switch (command)
                {
                    case TuyaCommand.ReportRealTimeStatus: queued = d.ReportStatus(dp, 0, dp.Length, Observer, 0); break;
                    case TuyaCommand.ReportRecordData: queued = d.ReportRecord(-1, dp, 0, dp.Length, Observer, 0); break;
                    case TuyaCommand.GetLocalTime: queued = d.QueryLocalTime(Observer, 0); break;
                    case TuyaCommand.GetGmtTime: queued = d.QueryGmtTime(Observer, 0); break;
                    case TuyaCommand.QuerySignalStrength: queued = d.QuerySignal(Observer, 0); break;
                    case TuyaCommand.GetNetworkStatus: queued = d.QueryNetworkStatus(Observer, 0); break;
                    case TuyaCommand.SendHeartbeat: queued = d.SendHeartbeat(Observer, 0); break;
                    case TuyaCommand.SetSleepLock: queued = d.SetSleepLock(true, Observer, 0); break;
                    case TuyaCommand.SetHeartbeatInterval: queued = d.SetHeartbeatInterval(3600, Observer, 0); break;
                    case TuyaCommand.GetImsi: queued = d.QueryImsi(Observer, 0); break;
                    case TuyaCommand.GetIccid: queued = d.QueryIccid(Observer, 0); break;
                    case TuyaCommand.GetCesq: queued = d.QueryCesq(Observer, 0); break;
                    case TuyaCommand.SetT3324: queued = d.SetT3324(120, Observer, 0); break;
                    case TuyaCommand.QueryBindingStatus: queued = d.QueryBindingStatus(Observer, 0); break;
                    case TuyaCommand.GetImei: queued = d.QueryImei(Observer, 0); break;
                    case TuyaCommand.GetOperatingStatus: queued = d.QueryOperatingStatus(Observer, 0); break;
                    case TuyaCommand.SetRecordWakeUpInterval: queued = d.SetRecordWakeUpInterval(180, Observer, 0); break;
                    case TuyaCommand.SetApn: queued = d.SetApn(new ApnSettings("ctnb", "IP"), Observer, 0); break;
                    default: queued = false; break;
                }

                Assert.IsTrue(queued, "request 0x" + command.ToString("X2"));

                // It may wait until no earlier request of the same command can still be answered.
                int sent = Transport.SentCount;
                for (int i = 0; i < 6000 && Transport.SentCount == sent; i++)
                {
                    Step(1);
                }

                Assert.AreEqual(sent + 1, Transport.SentCount);
                Assert.AreEqual((byte)command, Transport.CommandAt(sent));
            }

            /// <summary>The module sends a frame the MCU must not act on: it changes nothing and is logged as <paramref name="logged"/>.</summary>
            public void ReceiveIgnored(int command, string data, string logged)
            {
                string before = StateText();
                Transport.ReceiveFrame((byte)command, data);
                Step(30);
                Assert.AreEqual(before, StateText());
                Assert.Contains(logged, Log.Text);
            }

            /// <summary>The module answers <paramref name="command"/> with <paramref name="data"/>.</summary>
            public void Answer(int command, string data)
            {
                Transport.ReceiveFrame((byte)command, data);
                Step(30);
            }

            public void Step(long ms)
            {
                for (long i = 0; i < ms; i++)
                {
                    Clock.Advance(1);
                    Dispatcher.Poll();
                }
            }

            /// <summary>Everything the dispatcher knows about the module, and the clock's setting.</summary>
            public string StateText()
            {
                ModuleState s = Dispatcher.State;
                return "net " + s.NetworkStatus.ToString() + ", op " + s.OperatingStatus.ToString()
                    + ", imei " + s.Imei + ", imsi " + s.Imsi + ", iccid " + s.Iccid
                    + ", rsrp " + s.RsrpLevel.ToString() + ", cesq " + (s.HasCesq ? Hex.Format(s.Cesq, 0, s.Cesq.Length, '\0') : "-")
                    + ", bound " + s.Bound.ToString() + ", offset " + (s.HasLocalOffset ? s.LocalOffsetSeconds.ToString() : "-")
                    + ", synced " + s.TimeSyncedAtMs.ToString() + ", lock " + (s.SleepLocked ? "1" : "0")
                    + ", retained " + s.RetainedRecordsUploaded.ToString() + ", clock " + Clock.UnixAtZero.ToString();
            }
        }

        /// <summary>Keeps each outcome's status and success as they were given (the answer's buffer is reused afterwards).</summary>
        private sealed class Outcomes : IModuleRequestObserver
        {
            private readonly ArrayList _statuses = new ArrayList();
            private readonly ArrayList _successes = new ArrayList();

            public int Count
            {
                get { return _statuses.Count; }
            }

            public void OnRequestCompleted(ModuleRequestOutcome outcome)
            {
                _statuses.Add((int)outcome.Status);
                _successes.Add(CommandDispatcher.IsSuccess(outcome));
            }

            public int StatusAt(int index)
            {
                return (int)_statuses[index];
            }

            public bool SuccessAt(int index)
            {
                return (bool)_successes[index];
            }
        }

        /// <summary>Writes each outcome down; on the first it cancels every other request on the link, then writes it down again.</summary>
        private sealed class CancellingObserver : IModuleRequestObserver
        {
            private readonly TuyaLink _link;
            public string Text = string.Empty;

            public CancellingObserver(TuyaLink link)
            {
                _link = link;
            }

            public void OnRequestCompleted(ModuleRequestOutcome outcome)
            {
                bool first = Text.Length == 0;
                Write(outcome);
                if (first)
                {
                    _link.CancelAll();
                    Write(outcome);
                }
            }

            private void Write(ModuleRequestOutcome outcome)
            {
                Text += outcome.Tag.ToString() + " " + ((int)outcome.Status).ToString() + " " + outcome.Command.ToString("X2") + " " + outcome.FirstDataByte.ToString() + "; ";
            }
        }

        /// <summary>A bool DP 1 and a value DP 2 whose handler allocates nothing.</summary>
        private sealed class LevelAndSwitch : IDpHandler
        {
            public bool On;
            public int Level;

            public string Check(DpReader unit)
            {
                return null;
            }

            public void Apply(DpReader unit)
            {
                if (unit.Id == 1)
                {
                    On = unit.ReadBool();
                }
                else
                {
                    Level = unit.ReadValue();
                }
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
                return id == 1 ? writer.WriteBool(id, On) : writer.WriteValue(id, Level);
            }
        }
    }
}
