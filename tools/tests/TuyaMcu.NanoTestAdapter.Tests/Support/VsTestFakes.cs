using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace TuyaMcu.NanoTest.Tests.Support
{
    /// <summary>Records what an adapter sends to VSTest.</summary>
    internal sealed class FakeFrameworkHandle : IFrameworkHandle, ITestCaseDiscoverySink
    {
        public List<TestCase> Discovered { get; } = new();

        public List<TestCase> Started { get; } = new();

        public List<TestResult> Results { get; } = new();

        public List<(TestCase TestCase, TestOutcome Outcome)> Ended { get; } = new();

        public List<(TestMessageLevel Level, string Message)> Messages { get; } = new();

        public bool EnableShutdownAfterTestRun { get; set; }

        public TestResult Result(string fullyQualifiedName) =>
            Results.Single(result => result.TestCase.FullyQualifiedName == fullyQualifiedName);

        public void SendTestCase(TestCase discoveredTest) => Discovered.Add(discoveredTest);

        public void RecordStart(TestCase testCase) => Started.Add(testCase);

        public void RecordResult(TestResult testResult) => Results.Add(testResult);

        public void RecordEnd(TestCase testCase, TestOutcome outcome) => Ended.Add((testCase, outcome));

        public void RecordAttachments(IList<AttachmentSet> attachmentSets)
        {
        }

        public void SendMessage(TestMessageLevel testMessageLevel, string message) => Messages.Add((testMessageLevel, message));

        public int LaunchProcessWithDebuggerAttached(
            string filePath, string workingDirectory, string arguments, IDictionary<string, string> environmentVariables) =>
            throw new NotSupportedException();
    }

    /// <summary>A run context whose filter, if any, is a predicate over the adapter's filter properties.</summary>
    internal sealed class FakeRunContext : IRunContext
    {
        private readonly Func<Func<string, object>, bool> filter;

        public FakeRunContext(Func<Func<string, object>, bool> filter = null)
        {
            this.filter = filter;
        }

        public IEnumerable<string> SupportedProperties { get; private set; } = Array.Empty<string>();

        public bool KeepAlive => false;

        public bool InIsolation => false;

        public bool IsDataCollectionEnabled => false;

        public bool IsBeingDebugged => false;

        public string TestRunDirectory => null;

        public string SolutionDirectory => null;

        public IRunSettings RunSettings => null;

        public ITestCaseFilterExpression GetTestCaseFilter(
            IEnumerable<string> supportedProperties, Func<string, TestProperty> propertyProvider)
        {
            SupportedProperties = supportedProperties.ToList();
            return filter is null ? null : new PredicateFilter(filter);
        }

        private sealed class PredicateFilter : ITestCaseFilterExpression
        {
            private readonly Func<Func<string, object>, bool> predicate;

            public PredicateFilter(Func<Func<string, object>, bool> predicate)
            {
                this.predicate = predicate;
            }

            public string TestCaseFilterValue => "predicate";

            public bool MatchTestCase(TestCase testCase, Func<string, object> propertyValueProvider) => predicate(propertyValueProvider);
        }
    }
}
