using System;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>Passes what the runner does on to VSTest's <see cref="IFrameworkHandle"/>.</summary>
    internal sealed class FrameworkHandleListener : ITestRunListener
    {
        private readonly IFrameworkHandle frameworkHandle;
        private readonly Func<NanoTestCase, TestCase> toTestCase;

        public FrameworkHandleListener(IFrameworkHandle frameworkHandle, Func<NanoTestCase, TestCase> toTestCase)
        {
            this.frameworkHandle = frameworkHandle;
            this.toTestCase = toTestCase;
        }

        public void TestStarting(NanoTestCase testCase) => frameworkHandle.RecordStart(toTestCase(testCase));

        public void TestFinished(NanoTestResult result)
        {
            TestCase testCase = toTestCase(result.TestCase);
            TestResult mapped = ResultMapper.ToTestResult(result, testCase);
            frameworkHandle.RecordResult(mapped);
            frameworkHandle.RecordEnd(testCase, mapped.Outcome);
        }

        public void Warning(string message) =>
            frameworkHandle.SendMessage(TestMessageLevel.Warning, $"{AdapterInfo.Name}: {message}");
    }
}
