using System.Collections.Generic;
using System.Linq;
using TuyaMcu.NanoTest.Runner;
using Xunit;

namespace TuyaMcu.NanoTest.Tests.Support
{
    /// <summary>Records what a <see cref="NanoTestRunner"/> reports, in order.</summary>
    internal sealed class RecordingListener : ITestRunListener
    {
        public List<string> Events { get; } = new();

        public List<NanoTestResult> Results { get; } = new();

        public List<string> Warnings { get; } = new();

        public void TestStarting(NanoTestCase testCase) => Events.Add("start " + testCase.Id);

        public void TestFinished(NanoTestResult result)
        {
            Events.Add("end " + result.TestCase.Id);
            Results.Add(result);
        }

        public void Warning(string message) => Warnings.Add(message);

        /// <summary>The result of the single case whose id ends with <paramref name="idSuffix"/>.</summary>
        public NanoTestResult Result(string idSuffix) => Assert.Single(Results, r => r.TestCase.Id.EndsWith(idSuffix));

        /// <summary>The outcomes in report order, as "Method: Outcome".</summary>
        public string[] Outcomes() =>
            Results.Select(r => r.TestCase.Id.Substring(r.TestCase.Id.LastIndexOf('.') + 1) + ": " + r.Outcome).ToArray();
    }
}
