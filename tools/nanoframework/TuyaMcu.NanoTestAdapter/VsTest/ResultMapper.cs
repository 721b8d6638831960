using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>Turns a <see cref="NanoTestResult"/> into a VSTest <see cref="TestResult"/>.</summary>
    internal static class ResultMapper
    {
        public static TestResult ToTestResult(NanoTestResult result, TestCase testCase)
        {
            var mapped = new TestResult(testCase)
            {
                DisplayName = testCase.DisplayName,
                Outcome = ToOutcome(result.Outcome),
                ErrorMessage = result.Message,
                ErrorStackTrace = result.StackTrace,
                StartTime = result.StartTime,
                EndTime = result.EndTime,
                Duration = result.Duration,
                ComputerName = System.Environment.MachineName,
            };
            AddMessage(mapped, TestResultMessage.StandardOutCategory, result.StandardOutput);
            AddMessage(mapped, TestResultMessage.StandardErrorCategory, result.StandardError);
            return mapped;
        }

        private static TestOutcome ToOutcome(NanoTestOutcome outcome) => outcome switch
        {
            NanoTestOutcome.Passed => TestOutcome.Passed,
            NanoTestOutcome.Skipped => TestOutcome.Skipped,
            _ => TestOutcome.Failed,
        };

        private static void AddMessage(TestResult result, string category, string text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                result.Messages.Add(new TestResultMessage(category, text));
            }
        }
    }
}
