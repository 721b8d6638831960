using System;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Builds <see cref="NanoTestResult"/>s, and turns what a test threw into an outcome and a message.</summary>
    internal static class Results
    {
        public static NanoTestResult Failed(NanoTestCase testCase, string message, DateTimeOffset start) =>
            Build(testCase, NanoTestOutcome.Failed, message, start);

        public static NanoTestResult Skipped(NanoTestCase testCase, string message, DateTimeOffset start) =>
            Build(testCase, NanoTestOutcome.Skipped, message, start);

        public static NanoTestResult FromException(
            NanoTestCase testCase, Exception thrown, DateTimeOffset start, string output, string error)
        {
            NanoTestOutcome outcome = thrown is null ? NanoTestOutcome.Passed
                : IsSkip(thrown) ? NanoTestOutcome.Skipped
                : NanoTestOutcome.Failed;
            return new NanoTestResult
            {
                TestCase = testCase,
                Outcome = outcome,
                Message = thrown is null ? null : Describe(thrown),
                StackTrace = outcome == NanoTestOutcome.Failed ? StackTraceTrimmer.Trim(thrown.StackTrace) : null,
                StandardOutput = output,
                StandardError = error,
                StartTime = start,
                EndTime = DateTimeOffset.Now,
            };
        }

        /// <summary>
        /// The message of a failure: an assertion's own message (it already says what failed); for any other
        /// exception its type and message, and those of its inner exceptions.
        /// </summary>
        public static string Describe(Exception thrown)
        {
            if (IsAssertion(thrown) || IsSkip(thrown))
            {
                return thrown.Message;
            }

            string text = $"{thrown.GetType().FullName}: {thrown.Message}";
            return thrown.InnerException is null ? text : text + " ---> " + Describe(thrown.InnerException);
        }

        // The device compares the exact type; so does this.
        private static bool IsSkip(Exception thrown) => thrown.GetType().FullName == FrameworkNames.SkipTestException;

        private static bool IsAssertion(Exception thrown) =>
            thrown is DebugAssertFailedException || thrown.GetType().FullName == FrameworkNames.AssertFailedException;

        private static NanoTestResult Build(NanoTestCase testCase, NanoTestOutcome outcome, string message, DateTimeOffset start) =>
            new()
            {
                TestCase = testCase,
                Outcome = outcome,
                Message = message,
                StartTime = start,
                EndTime = DateTimeOffset.Now,
            };
    }
}
