using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Link
{
    /// <summary>
    /// Timing of the MCU's side of the serial link. The defaults follow the spec: the module
    /// answers local queries at once, so 1 s is generous; reports wait for the cloud, which
    /// answers "within five seconds with a good signal", and NB-IoT in deep coverage is slower,
    /// so reports get 10 s. Retries are 3 for local queries (harmless to repeat) and 2 for
    /// reports (each retry may reach the cloud again).
    /// </summary>
    public sealed class LinkOptions
    {
        /// <summary>Timeout of local queries (time, identity, signal, settings), ms.</summary>
        public int QueryTimeoutMs = 1000;

        /// <summary>Retries of local queries after the first attempt.</summary>
        public int QueryRetries = 3;

        /// <summary>Timeout of real-time (0x05) and record (0x08) reports, ms.</summary>
        public int ReportTimeoutMs = 10000;

        /// <summary>Retries of reports after the first attempt.</summary>
        public int ReportRetries = 2;

        /// <summary>Quiet time between the end of one frame on the line and the start of the next frame the MCU sends, ms.</summary>
        public int InterFrameGapMs = 20;

        /// <summary>Line speed, used to know when a sent frame has left the wire.</summary>
        public int BaudRate = 9600;

        /// <summary>
        /// A module command identical to the previous one within this time is a resend after a
        /// lost answer: it is answered again but not applied again. The module resends after 1 s.
        /// </summary>
        public int DuplicateWindowMs = 2000;

        /// <summary>
        /// A second answer with the same command within this time of an answer is a copy of it: it
        /// answers nothing, and the next request of that command waits this long after an answer.
        /// </summary>
        public int AnswerQuietMs = 250;

        /// <summary>
        /// Latest a report's answer (0x05, 0x08) may still arrive after the attempt was sent, ms: the
        /// module waits for the cloud, and may answer an attempt the MCU already gave up on. Until
        /// every attempt of a report is answered or this has passed, no other report of that command
        /// is sent, so no answer can be taken for the wrong one.
        /// </summary>
        public int ReportAnswerHorizonMs = 30000;

        /// <summary>As <see cref="ReportAnswerHorizonMs"/>, for local queries, ms. Neither is ever shorter than the command's timeout.</summary>
        public int QueryAnswerHorizonMs = 5000;

        /// <summary>Pull the module's PSM wake pin low before sending after a quiet spell.</summary>
        public bool WakeBeforeSend;

        /// <summary>How long the wake pin is held low; the spec asks for at least 5 ms.</summary>
        public int WakePulseMs = 10;

        /// <summary>Time from releasing the wake pin to sending, ms.</summary>
        public int WakeSettleMs = 10;

        /// <summary>After this much quiet the module may be asleep, so the next send wakes it first.</summary>
        public int AssumeAsleepAfterMs = 5000;

        /// <summary>Requests that can wait in the queue.</summary>
        public int QueueCapacity = 8;

        /// <summary>Largest data length sent or accepted.</summary>
        public int MaxDataLength = FrameFormat.DefaultMaxDataLength;

        /// <summary>Inter-byte silence after which a partial incoming frame is dropped, ms.</summary>
        public int InterByteTimeoutMs = FrameParser.DefaultInterByteTimeoutMs;

        /// <summary>Timeout for a request of <paramref name="command"/>.</summary>
        public int TimeoutFor(byte command)
        {
            return IsReport(command) ? ReportTimeoutMs : QueryTimeoutMs;
        }

        /// <summary>Latest an answer to an attempt of <paramref name="command"/> may arrive, ms after it was sent (never before its timeout).</summary>
        public int AnswerHorizonFor(byte command)
        {
            int horizon = IsReport(command) ? ReportAnswerHorizonMs : QueryAnswerHorizonMs;
            int timeout = TimeoutFor(command);
            return horizon > timeout ? horizon : timeout;
        }

        /// <summary>Retries for a request of <paramref name="command"/>.</summary>
        public int RetriesFor(byte command)
        {
            return IsReport(command) ? ReportRetries : QueryRetries;
        }

        /// <summary>Throws <see cref="ArgumentException"/> naming the first value out of range.</summary>
        public void Validate()
        {
            Check(QueryTimeoutMs >= 50 && QueryTimeoutMs <= 60000, "QueryTimeoutMs must be 50..60000");
            Check(ReportTimeoutMs >= 50 && ReportTimeoutMs <= 120000, "ReportTimeoutMs must be 50..120000");
            Check(QueryRetries >= 0 && QueryRetries <= 3, "QueryRetries must be 0..3");
            Check(ReportRetries >= 0 && ReportRetries <= 3, "ReportRetries must be 0..3");
            Check(InterFrameGapMs >= 0 && InterFrameGapMs <= 1000, "InterFrameGapMs must be 0..1000");
            Check(BaudRate >= 1200 && BaudRate <= 921600, "BaudRate must be 1200..921600");
            Check(AnswerQuietMs >= 0 && AnswerQuietMs <= 10000, "AnswerQuietMs must be 0..10000");
            Check(ReportAnswerHorizonMs >= 0 && ReportAnswerHorizonMs <= 600000, "ReportAnswerHorizonMs must be 0..600000");
            Check(QueryAnswerHorizonMs >= 0 && QueryAnswerHorizonMs <= 600000, "QueryAnswerHorizonMs must be 0..600000");
            Check(DuplicateWindowMs >= 0 && DuplicateWindowMs <= 10000, "DuplicateWindowMs must be 0..10000");
            Check(WakePulseMs >= 5 && WakePulseMs <= 1000, "WakePulseMs must be 5..1000 (the spec asks for at least 5 ms)");
            Check(WakeSettleMs >= 0 && WakeSettleMs <= 1000, "WakeSettleMs must be 0..1000");
            Check(QueueCapacity >= 1 && QueueCapacity <= 64, "QueueCapacity must be 1..64");
            Check(MaxDataLength >= 256 && MaxDataLength <= FrameFormat.MaxEncodableDataLength, "MaxDataLength must be 256..65535");
        }

        private static bool IsReport(byte command)
        {
            return command == TuyaCommand.ReportRealTimeStatus || command == TuyaCommand.ReportRecordData;
        }

        private static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message);
            }
        }
    }
}
