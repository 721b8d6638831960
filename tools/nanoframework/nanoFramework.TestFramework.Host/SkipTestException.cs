using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Thrown by <see cref="Assert.SkipTest(string)"/>: the test that threw it is reported as skipped, not failed.
    /// Thrown from a <see cref="SetupAttribute"/> method, it skips every test of the class.
    /// </summary>
    public class SkipTestException : Exception
    {
        /// <summary>Initializes a new instance of the <see cref="SkipTestException"/> class.</summary>
        /// <param name="message">Why the test is skipped.</param>
        /// <param name="innerException">The exception that caused the skip, if any.</param>
        public SkipTestException(string message = "", Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
