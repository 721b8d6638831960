using nanoFramework.TestFramework;
using TuyaMcu.Protocol;
using TuyaMcu.Tests.Support;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Protocol
{
    [TestClass]
    public class FrameParserTests
    {
        private const string Valid = SpecExamples.ReportSingleDp;

        [TestMethod]
        [DataRow(SpecExamples.QueryProductInfo)]
        [DataRow(SpecExamples.ProductInfoReply)]
        [DataRow(SpecExamples.NetworkStatus4)]
        [DataRow(SpecExamples.ReportTwoDps)]
        [DataRow(SpecExamples.LocalTimeReply)]
        [DataRow(SpecExamples.ImeiReply)]
        [DataRow(SpecExamples.SetApn)]
        public void Parse_DeliversSpecExample_AsOneFrame(string example)
        {
            RecordingFrameSink sink = Parse(example);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(example, sink.FrameAt(0));
            Assert.AreEqual(0, sink.Mismatches.Count);
        }

        [TestMethod]
        public void Parse_ExposesVersionCommandAndData()
        {
            FrameCapture capture = new FrameCapture();
            FrameParser parser = new FrameParser(capture);
            byte[] bytes = Hex.ToBytes(SpecExamples.LocalTimeReply);

            parser.Feed(bytes, 0, bytes.Length, 0);

            Assert.AreEqual((byte)0x00, capture.Version);
            Assert.AreEqual(TuyaCommand.GetLocalTime, capture.Command);
            Assert.AreEqual("0112091110090501", capture.Data);
        }

        [TestMethod]
        public void Parse_AcceptsAnyVersionByte()
        {
            RecordingFrameSink sink = Parse(Frame(0x03, 0x07, "00"));

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.StartsWith("55 AA 03 07", sink.FrameAt(0));
        }

        [TestMethod]
        [DataRow(SpecExamples.QueryBindingPrinted)]
        [DataRow(SpecExamples.SleepLockPrinted)]
        [DataRow(SpecExamples.HeartbeatIntervalPrinted)]
        [DataRow(SpecExamples.GetNetworkStatusPrinted)]
        [DataRow(SpecExamples.RecordSingleDpPrinted)]
        [DataRow(SpecExamples.RecordTwoDpsPrinted)]
        public void Parse_RejectsSpecErratum_WithChecksumMismatch(string printed)
        {
            RecordingFrameSink sink = Parse(printed);

            Assert.AreEqual(0, sink.Frames.Count);
            Assert.AreEqual(1, sink.Mismatches.Count);
            Assert.AreEqual(printed, (string)sink.Mismatches[0]);
        }

        [TestMethod]
        public void Parse_DropsOneByteAndRescans_WhenChecksumFails()
        {
            // A corrupted frame immediately followed by a valid one.
            string corrupted = "55 AA 00 05 00 05 6D 01 00 01 01 00";
            FrameParser parser;
            RecordingFrameSink sink = Parse(corrupted + " " + Valid, out parser);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(1L, parser.Statistics.ChecksumErrors);
            Assert.AreEqual(12L, parser.Statistics.DiscardedBytes);
        }

        [TestMethod]
        [DataRow("55 AA 00 05 00 05")]
        [DataRow("55 AA 00 05 00 05 6D")]
        [DataRow("55 AA 00 05 00 05 6D 01 00 01 01")]
        [DataRow("55 AA 00 05")]
        [DataRow("55")]
        public void Parse_FindsValidFrame_AfterAbortedFrame(string aborted)
        {
            RecordingFrameSink sink = Parse(aborted + " " + Valid + " " + SpecExamples.Heartbeat);

            Assert.AreEqual(2, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(SpecExamples.Heartbeat, sink.FrameAt(1));
        }

        [TestMethod]
        public void Parse_KeepsHeaderInsideData_AsData()
        {
            // A raw DP whose value is 55 AA 00 B1 00 00 B0: a whole frame inside the data.
            string inner = Frame(0x00, 0x05, "65 00 00 07 55 AA 00 B1 00 00 B0");

            RecordingFrameSink sink = Parse(inner);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(inner, sink.FrameAt(0));
        }

        [TestMethod]
        public void Parse_TreatsOversizeLengthAsGarbageAtOnce()
        {
            FrameParser parser;
            RecordingFrameSink sink = Parse("55 AA 00 05 40 00 " + Valid, out parser);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(1L, parser.Statistics.OversizeLengths);
        }

        [TestMethod]
        public void Parse_RecoversFramesSwallowedByCorruptedLengthHighByte_OnceDataRunsOut()
        {
            // Length 0x0105 (high byte corrupted from 0x00) is plausible, so the parser waits for
            // 268 bytes; the checksum over them fails and the held frames are rescanned.
            string corrupted = "55 AA 00 05 01 05 6D 01 00 01 01 79";
            FrameParser parser;
            RecordingFrameSink sink = new RecordingFrameSink();
            parser = new FrameParser(sink);
            byte[] head = Hex.ToBytes(corrupted + " " + Valid + " " + SpecExamples.Heartbeat);
            parser.Feed(head, 0, head.Length, 0);
            Assert.AreEqual(0, sink.Frames.Count);

            byte[] filler = new byte[268];
            parser.Feed(filler, 0, filler.Length, 10);

            Assert.AreEqual(2, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(SpecExamples.Heartbeat, sink.FrameAt(1));
        }

        [TestMethod]
        public void Parse_RecoversFramesHeldByPartialFrame_AfterInterByteTimeout()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] bytes = Hex.ToBytes("55 AA 00 05 01 05 " + Valid);
            parser.Feed(bytes, 0, bytes.Length, 1000);

            parser.Poll(1299);
            Assert.AreEqual(0, sink.Frames.Count);
            Assert.IsTrue(parser.IsReceiving);

            parser.Poll(1300);
            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(1L, parser.Statistics.Timeouts);
            Assert.IsFalse(parser.IsReceiving);
        }

        [TestMethod]
        public void Parse_DropsStalePartialFrame_WhenBytesResumeAfterSilence()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] head = Hex.ToBytes("55 AA 00 05 00 05 6D 01");
            byte[] rest = Hex.ToBytes(Valid);
            parser.Feed(head, 0, head.Length, 0);

            parser.Feed(rest, 0, rest.Length, 500);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(1L, parser.Statistics.Timeouts);
        }

        [TestMethod]
        public void EndOfInput_DeliversAFrameHeldBehindAPartialOne_WithoutCountingATimeout()
        {
            // Length 0x0010 is plausible, so the parser waits for 23 bytes the stream never brings.
            FrameParser parser;
            RecordingFrameSink sink = Parse("55 AA 00 05 00 10 " + Valid, out parser);
            Assert.AreEqual(0, sink.Frames.Count);

            parser.EndOfInput();

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(0L, parser.Statistics.Timeouts);
            Assert.AreEqual(6L, parser.Statistics.DiscardedBytes);
            Assert.IsFalse(parser.IsReceiving);
        }

        [TestMethod]
        public void EndOfInput_DropsATrailingPartialFrame_AndTheNextStreamStartsAfresh()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] first = Hex.ToBytes(Valid + " 55 AA 00");
            byte[] second = Hex.ToBytes("05 00 01 00 " + Valid);
            parser.Feed(first, 0, first.Length, 0);

            parser.EndOfInput();
            parser.Feed(second, 0, second.Length, 0);

            // The second stream's first bytes are not glued to the first stream's partial header.
            Assert.AreEqual(2, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(1));
            Assert.AreEqual(0, sink.Mismatches.Count);
            Assert.AreEqual(3L + 4L, parser.Statistics.DiscardedBytes);
        }

        [TestMethod]
        public void EndOfInput_AllocatesNothing()
        {
            NullFrameSink sink = new NullFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] bytes = Hex.ToBytes("55 AA 00 05 00 10 " + Valid);

            // A warm-up pass, so one-time costs are not counted.
            parser.Feed(bytes, 0, bytes.Length, 0);
            parser.EndOfInput();
            long before = AllocationProbe.AllocatedBytes();
            if (before < 0)
            {
                Assert.SkipTest("allocation counting is not available on this runtime");
            }

            for (int i = 0; i < 100; i++)
            {
                parser.Feed(bytes, 0, bytes.Length, 0);
                parser.EndOfInput();
            }

            Assert.AreEqual(0L, AllocationProbe.AllocatedBytes() - before);
            Assert.AreEqual(101L, parser.Statistics.Frames);
        }

        [TestMethod]
        public void Parse_WaitsAcrossSlowChunks_WithinTheTimeout()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] bytes = Hex.ToBytes(Valid);

            for (int i = 0; i < bytes.Length; i++)
            {
                parser.Feed(bytes, i, 1, i * 250);
                parser.Poll(i * 250 + 200);
            }

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(0L, parser.Statistics.Timeouts);
        }

        [TestMethod]
        public void Parse_FindsFrameAfterStray55()
        {
            RecordingFrameSink sink = Parse("55 " + Valid + " 55 55 " + SpecExamples.Heartbeat);

            Assert.AreEqual(2, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
            Assert.AreEqual(SpecExamples.Heartbeat, sink.FrameAt(1));
        }

        [TestMethod]
        public void Parse_DeliversSameFrames_WhateverTheChunkSize()
        {
            string stream = "00 FF " + SpecExamples.ProductInfoReply + " 55 AA 00 " + Valid + " 12 " + SpecExamples.ImeiReply;
            byte[] bytes = Hex.ToBytes(stream);

            for (int chunk = 1; chunk <= bytes.Length; chunk += 7)
            {
                RecordingFrameSink sink = new RecordingFrameSink();
                FrameParser parser = new FrameParser(sink);
                for (int at = 0; at < bytes.Length; at += chunk)
                {
                    int count = bytes.Length - at < chunk ? bytes.Length - at : chunk;
                    parser.Feed(bytes, at, count, 0);
                }

                Assert.AreEqual(3, sink.Frames.Count, "chunk " + chunk.ToString());
                Assert.AreEqual(SpecExamples.ProductInfoReply, sink.FrameAt(0));
                Assert.AreEqual(Valid, sink.FrameAt(1));
                Assert.AreEqual(SpecExamples.ImeiReply, sink.FrameAt(2));
            }
        }

        [TestMethod]
        public void Parse_SingleByteFeed_MatchesChunkFeed()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink);
            byte[] bytes = Hex.ToBytes("AA 55 " + Valid + " " + SpecExamples.Heartbeat);

            for (int i = 0; i < bytes.Length; i++)
            {
                parser.Feed(bytes[i], 0);
            }

            Assert.AreEqual(2, sink.Frames.Count);
            Assert.AreEqual(Valid, sink.FrameAt(0));
        }

        [TestMethod]
        public void Parse_ReportsStreamPositionOfEachFrame()
        {
            RecordingFrameSink sink = Parse("01 02 03 " + Valid + " 55 " + SpecExamples.Heartbeat);

            Assert.AreEqual(3L, (long)sink.Positions[0]);
            Assert.AreEqual(16L, (long)sink.Positions[1]);
        }

        [TestMethod]
        public void Parse_CountsFramesAndDiscardedBytes()
        {
            FrameParser parser;
            Parse("01 02 " + Valid + " 03 " + Valid, out parser);

            Assert.AreEqual(2L, parser.Statistics.Frames);
            Assert.AreEqual(3L, parser.Statistics.DiscardedBytes);
            Assert.AreEqual(27L, parser.Statistics.BytesReceived);
        }

        [TestMethod]
        public void Parse_AcceptsFrameOfExactlyTheMaximumLength()
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            FrameParser parser = new FrameParser(sink, 4, 300);
            byte[] bytes = Hex.ToBytes(Frame(0x00, 0x09, "01 02 03 04") + " " + Frame(0x00, 0x09, "01 02 03 04 05"));

            parser.Feed(bytes, 0, bytes.Length, 0);

            Assert.AreEqual(1, sink.Frames.Count);
            Assert.AreEqual(1L, parser.Statistics.OversizeLengths);
        }

        private static RecordingFrameSink Parse(string hex)
        {
            FrameParser parser;
            return Parse(hex, out parser);
        }

        private static RecordingFrameSink Parse(string hex, out FrameParser parser)
        {
            RecordingFrameSink sink = new RecordingFrameSink();
            parser = new FrameParser(sink);
            byte[] bytes = Hex.ToBytes(hex);
            parser.Feed(bytes, 0, bytes.Length, 0);
            return sink;
        }

        /// <summary>A valid frame with the given version, command and data, as spaced hex.</summary>
        internal static string Frame(byte version, byte command, string dataHex)
        {
            byte[] data = Hex.ToBytes(dataHex);
            byte[] frame = new byte[data.Length + FrameFormat.Overhead];
            int length = FrameWriter.Write(frame, 0, version, command, data, 0, data.Length);
            return Hex.Format(frame, 0, length, ' ');
        }

        private sealed class NullFrameSink : IFrameSink
        {
            public void OnFrame(Frame frame)
            {
            }

            public void OnChecksumMismatch(Frame candidate)
            {
            }
        }

        private sealed class FrameCapture : IFrameSink
        {
            public byte Version;
            public byte Command;
            public string Data;

            public void OnFrame(Frame frame)
            {
                Version = frame.Version;
                Command = frame.Command;
                Data = Hex.Format(frame.Buffer, frame.DataOffset, frame.DataLength, '\0');
            }

            public void OnChecksumMismatch(Frame candidate)
            {
            }
        }
    }
}
