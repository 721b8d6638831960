using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Runs the selected cases of one test class with the device launcher's order: every setup, then the
    /// selected tests, then every cleanup. A setup that is skipped or fails stops the remaining setups and
    /// skips the tests; cleanups run whenever a setup ran. Setups and cleanups run even when not selected
    /// (the tests need them), but only selected cases are reported; an unselected setup or cleanup that does
    /// not pass is reported as a warning. A class that declares instance fields runs nothing: every selected
    /// case fails with the reason.
    /// </summary>
    internal sealed class TestClassRunner
    {
        private readonly NanoTestClass testClass;
        private readonly Func<NanoTestCase, bool> isSelected;
        private readonly ITestRunListener listener;
        private NanoTestResult blockingSetup;

        public TestClassRunner(NanoTestClass testClass, Func<NanoTestCase, bool> isSelected, ITestRunListener listener)
        {
            this.testClass = testClass;
            this.isSelected = isSelected;
            this.listener = listener;
        }

        public void Run(CancellationToken cancellation)
        {
            List<NanoTestCase> selected = testClass.AllCases.Where(isSelected).ToList();
            if (selected.Count == 0 || cancellation.IsCancellationRequested)
            {
                return;
            }

            if (testClass.InstanceFieldError is not null)
            {
                selected.ForEach(testCase => Report(Results.Failed(testCase, testClass.InstanceFieldError, DateTimeOffset.Now)));
                return;
            }

            foreach (NanoTestCase setup in testClass.Setups)
            {
                NanoTestResult result = blockingSetup is null ? Execute(setup) : SkipBehindSetup(setup);
                if (blockingSetup is null && result.Outcome != NanoTestOutcome.Passed)
                {
                    blockingSetup = result;
                }
            }

            foreach (NanoTestCase test in testClass.Tests.Where(isSelected))
            {
                if (cancellation.IsCancellationRequested)
                {
                    break;
                }

                if (blockingSetup is null)
                {
                    Execute(test);
                }
                else
                {
                    SkipBehindSetup(test);
                }
            }

            foreach (NanoTestCase cleanup in testClass.Cleanups)
            {
                Execute(cleanup);
            }
        }

        private NanoTestResult Execute(NanoTestCase testCase)
        {
            bool reported = isSelected(testCase);
            if (reported)
            {
                listener.TestStarting(testCase);
            }

            NanoTestResult result = CaseExecutor.Run(testCase);
            if (reported)
            {
                listener.TestFinished(result);
            }
            else if (result.Outcome != NanoTestOutcome.Passed)
            {
                listener.Warning($"{testCase.DisplayName} {Describe(result)}: {result.Message}");
            }

            return result;
        }

        private NanoTestResult SkipBehindSetup(NanoTestCase testCase)
        {
            string reason = $"Not run: setup {blockingSetup.TestCase.DisplayName} {Describe(blockingSetup)}: {blockingSetup.Message}";
            NanoTestResult result = Results.Skipped(testCase, reason, DateTimeOffset.Now);
            if (isSelected(testCase))
            {
                Report(result);
            }

            return result;
        }

        private void Report(NanoTestResult result)
        {
            listener.TestStarting(result.TestCase);
            listener.TestFinished(result);
        }

        private static string Describe(NanoTestResult result) =>
            result.Outcome == NanoTestOutcome.Skipped ? "was skipped" : "failed";
    }
}
