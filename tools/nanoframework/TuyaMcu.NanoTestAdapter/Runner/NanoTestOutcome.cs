namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>How a test case ended.</summary>
    public enum NanoTestOutcome
    {
        /// <summary>It returned without throwing.</summary>
        Passed,

        /// <summary>It threw, or could not be run as written.</summary>
        Failed,

        /// <summary>It threw a SkipTestException, or a setup of its class did not pass.</summary>
        Skipped,
    }
}
