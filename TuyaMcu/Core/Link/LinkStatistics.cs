namespace TuyaMcu.Link
{
    /// <summary>Counters of a <see cref="TuyaLink"/>.</summary>
    public sealed class LinkStatistics
    {
        /// <summary>Frames sent: requests, retries and answers.</summary>
        public long FramesSent;

        /// <summary>Valid frames received.</summary>
        public long FramesReceived;

        /// <summary>Requests queued.</summary>
        public long RequestsQueued;

        /// <summary>Requests refused because the queue was full.</summary>
        public long RequestsRejected;

        /// <summary>Requests answered.</summary>
        public long RequestsAnswered;

        /// <summary>Requests that got no answer after every retry.</summary>
        public long RequestsTimedOut;

        /// <summary>Requests dropped by a reset.</summary>
        public long RequestsCancelled;

        /// <summary>Resends after a timeout.</summary>
        public long Retries;

        /// <summary>Module commands answered.</summary>
        public long ModuleCommandsAnswered;

        /// <summary>Module commands recognised as resends and answered without acting again.</summary>
        public long DuplicateModuleCommands;

        /// <summary>Answers that arrived after their request had ended, and were ignored.</summary>
        public long LateAnswers;

        /// <summary>Frames with a command the MCU does not know, or answers to nothing.</summary>
        public long UnexpectedFrames;

        /// <summary>Time with a request queued or in flight, ms: time spent talking to the module, or waiting to.</summary>
        public long BusyMs;

        /// <summary>Times the wake pin was pulsed.</summary>
        public long WakePulses;
    }
}
