using System.Linq;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.TestAdapter;
using TuyaMcu.NanoTest.Tests.Support;
using Xunit;

namespace TuyaMcu.NanoTest.Tests.VsTest
{
    public class VsTestAdapterTests
    {
        private const string Sample = @"
            namespace Samples {
            [TestClass] public class Checks {
                private static string setupLog = """";
                [Setup] public void Init() { setupLog = ""setup ran""; }
                [TestMethod] public void Passes() { OutputHelper.WriteLine(setupLog); }
                [TestMethod] public void Fails() { Assert.AreEqual(""a"", ""b""); }
                [DataRow(1)] [DataRow(2)] public void Row(int value) { Assert.AreNotEqual(2, value); }
                [Cleanup] public void TearDown() { }
            } }";

        private static readonly SampleAssembly Compiled = SampleAssembly.Compile(Sample);

        [Fact]
        public void Discoverer_SendsEveryCase_WithNamesLocationAndKind()
        {
            var sink = new FakeFrameworkHandle();

            new VsTestDiscoverer().DiscoverTests(new[] { Compiled.Path }, new FakeRunContext(), sink, sink);

            Assert.Equal(
                new[]
                {
                    "Samples.Checks.Init", "Samples.Checks.Passes", "Samples.Checks.Fails",
                    "Samples.Checks.Row#0", "Samples.Checks.Row#1", "Samples.Checks.TearDown",
                },
                sink.Discovered.Select(t => t.FullyQualifiedName));
            TestCase row = sink.Discovered[4];
            Assert.Equal("Checks.Row(2)", row.DisplayName);
            Assert.Equal(Compiled.Path, row.Source);
            Assert.Equal(new System.Uri("executor://TuyaMcu.NanoTest/v1"), row.ExecutorUri);
            Assert.Equal(SampleAssembly.SourcePath, row.CodeFilePath);
            Assert.True(row.LineNumber > 0);
            Assert.Equal("DataRow", Assert.Single(row.Traits).Value);
            Assert.Empty(sink.Messages);
        }

        [Fact]
        public void Discoverer_IgnoresAssembliesWithoutNanoFrameworkTests()
        {
            var sink = new FakeFrameworkHandle();

            new VsTestDiscoverer().DiscoverTests(
                new[] { typeof(Xunit.Assert).Assembly.Location, typeof(VsTestAdapterTests).Assembly.Location },
                new FakeRunContext(),
                sink,
                sink);

            Assert.Empty(sink.Discovered);
            Assert.Empty(sink.Messages);
        }

        [Fact]
        public void Executor_RunsWholeSources_AndRecordsOutcomesMessagesAndOutput()
        {
            var handle = new FakeFrameworkHandle();

            new VsTestExecutor().RunTests(new[] { Compiled.Path }, new FakeRunContext(), handle);

            Assert.Equal(
                new[] { TestOutcome.Passed, TestOutcome.Passed, TestOutcome.Failed, TestOutcome.Passed, TestOutcome.Failed, TestOutcome.Passed },
                handle.Results.Select(r => r.Outcome));
            Assert.Equal(handle.Results.Select(r => r.TestCase), handle.Started);
            Assert.Equal(handle.Results.Select(r => (r.TestCase, r.Outcome)), handle.Ended);
            Assert.Equal("Assert.AreEqual failed. Expected:<a>. Actual:<b>. ", handle.Result("Samples.Checks.Fails").ErrorMessage);
            TestResultMessage output = Assert.Single(handle.Result("Samples.Checks.Passes").Messages);
            Assert.Equal(TestResultMessage.StandardOutCategory, output.Category);
            Assert.Equal("setup ran" + System.Environment.NewLine, output.Text);
        }

        [Fact]
        public void Executor_AppliesTheRunFilter_ToItsProperties()
        {
            var handle = new FakeFrameworkHandle();
            var context = new FakeRunContext(value =>
                (string)value("Name") == "Row" && ((string[])value("Type")).Contains("DataRow") && (string)value("ClassName") == "Samples.Checks");

            new VsTestExecutor().RunTests(new[] { Compiled.Path }, context, handle);

            Assert.Equal(new[] { "Samples.Checks.Row#0", "Samples.Checks.Row#1" }, handle.Results.Select(r => r.TestCase.FullyQualifiedName));
            Assert.Equal(new[] { "FullyQualifiedName", "DisplayName", "Name", "ClassName", "Type" }, context.SupportedProperties);
        }

        [Fact]
        public void Executor_RunsChosenTestCases_WithTheirClassesSetup_AndReportsThemAsGiven()
        {
            var sink = new FakeFrameworkHandle();
            new VsTestDiscoverer().DiscoverTests(new[] { Compiled.Path }, new FakeRunContext(), sink, sink);
            TestCase chosen = sink.Discovered.Single(t => t.FullyQualifiedName == "Samples.Checks.Passes");
            var handle = new FakeFrameworkHandle();

            new VsTestExecutor().RunTests(new[] { chosen }, new FakeRunContext(), handle);

            TestResult result = Assert.Single(handle.Results);
            Assert.Same(chosen, result.TestCase);
            Assert.Equal(TestOutcome.Passed, result.Outcome);
            Assert.Equal("setup ran" + System.Environment.NewLine, Assert.Single(result.Messages).Text);
        }

        [Fact]
        public void Executor_ReportsChosenTestCasesTheSourceNoLongerHas_AsNotFound()
        {
            var gone = new TestCase("Samples.Checks.Renamed", new System.Uri("executor://TuyaMcu.NanoTest/v1"), Compiled.Path);
            var handle = new FakeFrameworkHandle();

            new VsTestExecutor().RunTests(new[] { gone }, new FakeRunContext(), handle);

            TestResult result = Assert.Single(handle.Results);
            Assert.Equal(TestOutcome.NotFound, result.Outcome);
            Assert.Contains("Samples.Checks.Renamed is no longer in", result.ErrorMessage);
        }

        [Fact]
        public void Executor_LogsAnError_WhenASourcesTypesCannotLoad()
        {
            // The dependency is compiled into a folder of its own and never loaded, so the test assembly cannot find it.
            string dependency = SampleAssembly.Emit("namespace Dependency { public class Base { } }");
            string source = SampleAssembly.Emit(
                "namespace Samples { [TestClass] public class Derived : Dependency.Base { [TestMethod] public void T() { } } }",
                dependency);
            var handle = new FakeFrameworkHandle();

            new VsTestExecutor().RunTests(new[] { source }, new FakeRunContext(), handle);

            Assert.Empty(handle.Results);
            (TestMessageLevel level, string message) = Assert.Single(handle.Messages);
            Assert.Equal(TestMessageLevel.Error, level);
            Assert.Contains($"TuyaMcu.NanoTest: cannot discover the tests of {source}", message);
            Assert.Contains("is a dependency missing?", message);
        }
    }
}
