using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>
    /// VSTest executor for nanoFramework-style tests: runs whole sources (honouring <c>--filter</c>) or chosen
    /// test cases through <see cref="NanoTestRunner"/>.
    /// </summary>
    [ExtensionUri(AdapterInfo.ExecutorUri)]
    public sealed class VsTestExecutor : ITestExecutor
    {
        private CancellationTokenSource cancellation = new();

        /// <inheritdoc/>
        public void RunTests(IEnumerable<string> sources, IRunContext runContext, IFrameworkHandle frameworkHandle)
        {
            CancellationToken token = StartRun();
            CaseFilter filter = CaseFilter.Create(runContext, frameworkHandle);
            if (filter is null)
            {
                return;
            }

            foreach (string source in sources)
            {
                IReadOnlyList<NanoTestClass> testClasses = SourceExplorer.Explore(source, frameworkHandle);
                if (token.IsCancellationRequested || testClasses is null)
                {
                    continue;
                }

                Dictionary<NanoTestCase, TestCase> testCases = testClasses
                    .SelectMany(testClass => testClass.AllCases)
                    .ToDictionary(testCase => testCase, testCase => TestCaseMapper.ToTestCase(testCase, source));
                var listener = new FrameworkHandleListener(frameworkHandle, testCase => testCases[testCase]);
                NanoTestRunner.Run(testClasses, testCase => filter.Matches(testCases[testCase], testCase), listener, token);
            }
        }

        /// <inheritdoc/>
        public void RunTests(IEnumerable<TestCase> tests, IRunContext runContext, IFrameworkHandle frameworkHandle)
        {
            CancellationToken token = StartRun();
            foreach (IGrouping<string, TestCase> bySource in tests.GroupBy(test => test.Source))
            {
                IReadOnlyList<NanoTestClass> testClasses = SourceExplorer.Explore(bySource.Key, frameworkHandle);
                if (token.IsCancellationRequested || testClasses is null)
                {
                    continue;
                }

                Dictionary<string, TestCase> requested = bySource
                    .GroupBy(test => test.FullyQualifiedName)
                    .ToDictionary(group => group.Key, group => group.First());
                var listener = new FrameworkHandleListener(frameworkHandle, testCase => requested[testCase.Id]);
                NanoTestRunner.Run(testClasses, testCase => requested.ContainsKey(testCase.Id), listener, token);
                ReportMissing(requested.Values, testClasses, frameworkHandle);
            }
        }

        /// <inheritdoc/>
        public void Cancel() => cancellation.Cancel();

        private CancellationToken StartRun()
        {
            cancellation = new CancellationTokenSource();
            return cancellation.Token;
        }

        // A requested case the source no longer has (renamed, or a data row removed) is reported, not silently dropped.
        private static void ReportMissing(IEnumerable<TestCase> requested, IEnumerable<NanoTestClass> testClasses, IFrameworkHandle frameworkHandle)
        {
            var found = new HashSet<string>(testClasses.SelectMany(testClass => testClass.AllCases).Select(testCase => testCase.Id));
            foreach (TestCase missing in requested.Where(test => !found.Contains(test.FullyQualifiedName)))
            {
                frameworkHandle.RecordResult(new TestResult(missing)
                {
                    Outcome = TestOutcome.NotFound,
                    ErrorMessage = $"{missing.FullyQualifiedName} is no longer in {missing.Source}; rebuild and discover the tests again.",
                });
            }
        }
    }
}
