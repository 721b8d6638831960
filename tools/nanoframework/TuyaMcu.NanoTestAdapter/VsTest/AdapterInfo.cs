namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>What ties the discoverer and the executor together.</summary>
    internal static class AdapterInfo
    {
        /// <summary>The URI VSTest uses to hand discovered cases to <see cref="VsTestExecutor"/>.</summary>
        public const string ExecutorUri = "executor://TuyaMcu.NanoTest/v1";

        /// <summary>The prefix of the adapter's log messages.</summary>
        public const string Name = "TuyaMcu.NanoTest";
    }
}
