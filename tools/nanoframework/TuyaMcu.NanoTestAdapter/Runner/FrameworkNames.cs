namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Full names of the nanoFramework.TestFramework types the runner looks for. Types are matched by
    /// name, never by reference, so the runner works whichever copy of the framework a test assembly loaded.
    /// </summary>
    internal static class FrameworkNames
    {
        public const string AssemblyName = "nanoFramework.TestFramework";
        public const string TestClass = "nanoFramework.TestFramework.TestClassAttribute";
        public const string TestMethod = "nanoFramework.TestFramework.TestMethodAttribute";
        public const string DataRow = "nanoFramework.TestFramework.DataRowAttribute";
        public const string Setup = "nanoFramework.TestFramework.SetupAttribute";
        public const string Cleanup = "nanoFramework.TestFramework.CleanupAttribute";
        public const string SkipTestException = "nanoFramework.TestFramework.SkipTestException";
        public const string AssertFailedException = "TestFrameworkShared.AssertFailedException";
    }
}
