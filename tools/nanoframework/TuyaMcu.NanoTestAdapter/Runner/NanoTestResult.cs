using System;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>The result of running one test case.</summary>
    public sealed class NanoTestResult
    {
        /// <summary>The case that ran.</summary>
        public NanoTestCase TestCase { get; init; }

        /// <summary>How it ended.</summary>
        public NanoTestOutcome Outcome { get; init; }

        /// <summary>Why it failed or was skipped; <see langword="null"/> when it passed.</summary>
        public string Message { get; init; }

        /// <summary>Where the failure was thrown, or <see langword="null"/>.</summary>
        public string StackTrace { get; init; }

        /// <summary>What the case wrote to the console, OutputHelper, Debug or Trace.</summary>
        public string StandardOutput { get; init; } = string.Empty;

        /// <summary>What the case wrote to the console's error stream.</summary>
        public string StandardError { get; init; } = string.Empty;

        /// <summary>When the case started.</summary>
        public DateTimeOffset StartTime { get; init; }

        /// <summary>When the case ended.</summary>
        public DateTimeOffset EndTime { get; init; }

        /// <summary>How long the case ran.</summary>
        public TimeSpan Duration => EndTime - StartTime;
    }
}
