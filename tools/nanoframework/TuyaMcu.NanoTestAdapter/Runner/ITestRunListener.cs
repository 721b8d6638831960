namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Receives what a <see cref="NanoTestRunner"/> does, as it does it.</summary>
    public interface ITestRunListener
    {
        /// <summary>A selected case is about to run.</summary>
        /// <param name="testCase">The case.</param>
        void TestStarting(NanoTestCase testCase);

        /// <summary>A selected case has ended (it may not have been invoked: skipped, or not runnable).</summary>
        /// <param name="result">Its result.</param>
        void TestFinished(NanoTestResult result);

        /// <summary>Something worth knowing that belongs to no selected case, e.g. a failing cleanup that was not selected.</summary>
        /// <param name="message">The message.</param>
        void Warning(string message);
    }
}
