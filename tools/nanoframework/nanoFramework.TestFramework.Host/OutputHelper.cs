namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Writes messages to the output of the running test.
    /// </summary>
    /// <remarks>
    /// As on the device, this writes to the console; the test runner captures the console while a test
    /// runs and attaches what was written to that test's result.
    /// </remarks>
    public static class OutputHelper
    {
        /// <summary>Writes a message to the test output.</summary>
        /// <param name="message">The message to write.</param>
        public static void Write(string message) => System.Console.Write(message);

        /// <summary>Writes a message followed by a line terminator to the test output.</summary>
        /// <param name="message">The message to write.</param>
        public static void WriteLine(string message) => System.Console.WriteLine(message);
    }
}
