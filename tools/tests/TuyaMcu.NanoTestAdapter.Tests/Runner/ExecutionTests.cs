using System.Linq;
using System.Threading;
using TuyaMcu.NanoTest.Runner;
using TuyaMcu.NanoTest.Tests.Support;
using Xunit;

namespace TuyaMcu.NanoTest.Tests.Runner
{
    public class ExecutionTests
    {
        [Fact]
        public void PassingAndFailingTests_ReportTheirOutcome_AndTheAssertionMessage()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Basic {
                    [TestMethod] public void Passes() { Assert.IsTrue(true); }
                    [TestMethod] public void Fails() { Assert.AreEqual(5, 6, ""the count""); }
                    [TestMethod] public void Throws() { throw new InvalidOperationException(""boom""); }
                } }").RunAll();

            Assert.Equal(new[] { "Passes: Passed", "Fails: Failed", "Throws: Failed" }, run.Outcomes());
            NanoTestResult failed = run.Result(".Fails");
            Assert.Equal("Assert.AreEqual failed. Expected:<5>. Actual:<6>. the count", failed.Message);
            Assert.StartsWith("   at Samples.Basic.Fails()", failed.StackTrace);
            Assert.DoesNotContain("nanoFramework.TestFramework", failed.StackTrace);
            Assert.DoesNotContain("System.Reflection", failed.StackTrace);
            Assert.Equal("System.InvalidOperationException: boom", run.Result(".Throws").Message);
            Assert.Null(run.Result(".Passes").Message);
        }

        [Fact]
        public void DataRows_RunOncePerRow_WithValuesConvertedToTheParameterTypes()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples {
                public enum Mode { Off, On }
                [TestClass] public class Rows {
                    [DataRow(8, 300, 2, 1)]
                    [DataRow(255, -1, 3, 0)]
                    public void Converts(byte small, long wide, double real, Mode mode)
                    {
                        OutputHelper.Write(small + ""|"" + wide + ""|"" + real + ""|"" + mode);
                    }

                    [DataRow(""x"")]
                    public void Defaults(string text, int count = 4) { OutputHelper.Write(text + count); }
                } }").RunAll();

            Assert.All(run.Results, r => Assert.Equal(NanoTestOutcome.Passed, r.Outcome));
            Assert.Equal(new[] { "8|300|2|On", "255|-1|3|Off", "x4" }, run.Results.Select(r => r.StandardOutput));
        }

        [Theory]
        [InlineData("[DataRow(300)] public void T(byte b) { }", "value 1, 300 (int), cannot be passed to parameter 'b' of type byte without loss.")]
        [InlineData("[DataRow(1.5)] public void T(int i) { }", "value 1, 1.5 (double), cannot be passed to parameter 'i' of type int without loss.")]
        [InlineData("[DataRow(null)] public void T(int i) { }", "value 1, null, cannot be passed to parameter 'i' of type int.")]
        [InlineData("[DataRow(\"7\")] public void T(int i) { }", "value 1, \"7\" (string), cannot be passed to parameter 'i' of type int.")]
        [InlineData("[DataRow(1, 2)] public void T(int i) { }", "[DataRow] has 2 value(s) but T takes 1 parameter(s).")]
        [InlineData("[DataRow(1)] public void T(int i, int j) { }", "'j' has no default value.")]
        public void DataRowValuesThatDoNotFit_FailTheCase_WithoutInvokingIt(string method, string expected)
        {
            RecordingListener run = SampleAssembly.Compile("namespace Samples { [TestClass] public class Bad { " + method + " } }").RunAll();

            NanoTestResult result = Assert.Single(run.Results);
            Assert.Equal(NanoTestOutcome.Failed, result.Outcome);
            Assert.Contains(expected, result.Message);
        }

        [Fact]
        public void SkippedSetup_SkipsTheTests_AndCleanupStillRuns()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class NoHardware {
                    [Setup] public void Init() { Assert.SkipTest(""no serial port""); }
                    [TestMethod] public void NeedsIt() { throw new Exception(""must not run""); }
                    [Cleanup] public void TearDown() { OutputHelper.Write(""cleaned""); }
                } }").RunAll();

            Assert.Equal(new[] { "Init: Skipped", "NeedsIt: Skipped", "TearDown: Passed" }, run.Outcomes());
            Assert.Equal("no serial port", run.Result(".Init").Message);
            Assert.Equal("Not run: setup NoHardware.Init [Setup] was skipped: no serial port", run.Result(".NeedsIt").Message);
            Assert.Equal("cleaned", run.Result(".TearDown").StandardOutput);
        }

        [Fact]
        public void FailingSetup_IsReportedFailed_SkipsLaterSetupsAndTests_AndCleanupStillRuns()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class BrokenSetup {
                    [Setup] public void First() { Assert.IsTrue(false, ""no config""); }
                    [Setup] public void Second() { throw new Exception(""must not run""); }
                    [TestMethod] public void Test() { throw new Exception(""must not run""); }
                    [Cleanup] public void TearDown() { }
                } }").RunAll();

            Assert.Equal(new[] { "First: Failed", "Second: Skipped", "Test: Skipped", "TearDown: Passed" }, run.Outcomes());
            Assert.Equal("Assert.IsTrue failed. no config", run.Result(".First").Message);
            Assert.Equal(
                "Not run: setup BrokenSetup.First [Setup] failed: Assert.IsTrue failed. no config",
                run.Result(".Test").Message);
        }

        [Fact]
        public void Cleanup_RunsAfterTheTests_AndSeesWhatTheyDid()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Counting {
                    private static int ran;
                    [Cleanup] public void AllRan() { Assert.AreEqual(3, ran); }
                    [Setup] public void Reset() { ran = 0; }
                    [TestMethod] public void One() { ran++; }
                    [DataRow(1)] [DataRow(2)] public void Row(int value) { ran++; }
                } }").RunAll();

            Assert.Equal(new[] { "Reset: Passed", "One: Passed", "Row#0: Passed", "Row#1: Passed", "AllRan: Passed" }, run.Outcomes());
        }

        [Fact]
        public void ClassWithInstanceFields_FailsEveryCase_WithoutRunningAny()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Stateful {
                    private int counter;
                    public string Name { get; set; }
                    [Setup] public void Init() { OutputHelper.Write(""ran""); }
                    [TestMethod] public void Test() { counter++; }
                    [DataRow(1)] public void Row(int value) { }
                } }").RunAll();

            Assert.Equal(new[] { "Init: Failed", "Test: Failed", "Row#0: Failed" }, run.Outcomes());
            Assert.All(run.Results, r => Assert.Equal(
                "test class Samples.Stateful declares instance field(s) counter, Name (auto-property); "
                + "the nanoFramework launcher calls test methods without an instance: make them static",
                r.Message));
            Assert.All(run.Results, r => Assert.Empty(r.StandardOutput));
        }

        [Fact]
        public void InstanceMethods_RunWithoutTheConstructor_AsOnTheDevice()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class NoCtor {
                    public NoCtor() { throw new Exception(""constructor ran""); }
                    [TestMethod] public void Instance() { Helper(); }
                    private void Helper() { OutputHelper.Write(""ok""); }
                } }").RunAll();

            NanoTestResult result = Assert.Single(run.Results);
            Assert.Equal(NanoTestOutcome.Passed, result.Outcome);
            Assert.Equal("ok", result.StandardOutput);
        }

        [Fact]
        public void SkipTest_SkipsTheTest_WithItsMessage()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Skipping {
                    [TestMethod] public void Later() { Assert.SkipTest(""needs the board""); }
                } }").RunAll();

            NanoTestResult result = Assert.Single(run.Results);
            Assert.Equal(NanoTestOutcome.Skipped, result.Outcome);
            Assert.Equal("needs the board", result.Message);
            Assert.Null(result.StackTrace);
        }

        [Fact]
        public void Output_FromOutputHelperConsoleDebugAndTrace_IsCapturedPerTest()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Chatty {
                    [TestMethod] public void Writes()
                    {
                        OutputHelper.Write(""helper "");
                        OutputHelper.WriteLine(""line"");
                        Console.WriteLine(""console"");
                        Debug.WriteLine(""debug"");
                        Trace.WriteLine(""trace"");
                        Console.Error.WriteLine(""oops"");
                    }
                    [TestMethod] public void Quiet() { }
                } }").RunAll();

            string nl = System.Environment.NewLine;
            Assert.Equal($"helper line{nl}console{nl}debug{nl}trace{nl}", run.Result(".Writes").StandardOutput);
            Assert.Equal($"oops{nl}", run.Result(".Writes").StandardError);
            Assert.Empty(run.Result(".Quiet").StandardOutput);
        }

        [Fact]
        public void FailingDebugAssert_FailsTheTest_InsteadOfEndingTheProcess()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Asserting {
                    [TestMethod] public void Checks() { Debug.Assert(1 + 1 == 3, ""arithmetic""); }
                } }").RunAll();

            NanoTestResult result = Assert.Single(run.Results);
            Assert.Equal(NanoTestOutcome.Failed, result.Outcome);
            Assert.Equal("Debug.Assert failed. arithmetic", result.Message);
        }

        [Fact]
        public void SelectedTests_RunBetweenTheirClassesSetupAndCleanup_WhichAreNotReportedUnlessSelected()
        {
            var run = new RecordingListener();
            var classes = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Partial {
                    private static string log = """";
                    [Setup] public void Init() { log = ""setup ""; }
                    [TestMethod] public void Chosen() { OutputHelper.Write(log); }
                    [TestMethod] public void Other() { throw new Exception(""not selected""); }
                    [Cleanup] public void TearDown() { throw new Exception(""cleanup broke""); }
                } }").Discover();

            NanoTestRunner.Run(classes, testCase => testCase.Id.EndsWith(".Chosen"), run);

            Assert.Equal(new[] { "Chosen: Passed" }, run.Outcomes());
            Assert.Equal("setup ", run.Result(".Chosen").StandardOutput);
            Assert.Equal("Partial.TearDown [Cleanup] failed: System.Exception: cleanup broke", Assert.Single(run.Warnings));
        }

        [Fact]
        public void Cancellation_StopsBetweenTests_AndTheCleanupStillRuns()
        {
            using var cancellation = new CancellationTokenSource();
            var run = new CancellingListener(cancellation, afterId: ".First");
            var classes = SampleAssembly.Compile(@"
                namespace Samples {
                [TestClass] public class Long {
                    [TestMethod] public void First() { }
                    [TestMethod] public void Second() { }
                    [Cleanup] public void TearDown() { }
                }
                [TestClass] public class Later { [TestMethod] public void Never() { } } }").Discover();

            NanoTestRunner.Run(classes, run, cancellation.Token);

            Assert.Equal(new[] { "First: Passed", "TearDown: Passed" }, run.Outcomes());
        }

        [Fact]
        public void EventsComeInPairs_StartThenEnd()
        {
            RecordingListener run = SampleAssembly.Compile(@"
                namespace Samples { [TestClass] public class Pairs {
                    [Setup] public void Init() { }
                    [TestMethod] public void Test() { }
                } }").RunAll();

            Assert.Equal(
                new[] { "start Samples.Pairs.Init", "end Samples.Pairs.Init", "start Samples.Pairs.Test", "end Samples.Pairs.Test" },
                run.Events);
        }

        private sealed class CancellingListener : ITestRunListener
        {
            private readonly CancellationTokenSource cancellation;
            private readonly string afterId;
            private readonly RecordingListener inner = new();

            public CancellingListener(CancellationTokenSource cancellation, string afterId)
            {
                this.cancellation = cancellation;
                this.afterId = afterId;
            }

            public string[] Outcomes() => inner.Outcomes();

            public void TestStarting(NanoTestCase testCase) => inner.TestStarting(testCase);

            public void TestFinished(NanoTestResult result)
            {
                inner.TestFinished(result);
                if (result.TestCase.Id.EndsWith(afterId))
                {
                    cancellation.Cancel();
                }
            }

            public void Warning(string message) => inner.Warning(message);
        }
    }
}
