using System;

namespace TestFrameworkShared
{
    /// <summary>
    /// Thrown by the assertions of <c>nanoFramework.TestFramework</c> when the condition they test is not met;
    /// the test that threw it is reported as failed.
    /// </summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Initializes a new instance of the <see cref="AssertFailedException"/> class.</summary>
        public AssertFailedException()
        {
        }

        /// <summary>Initializes a new instance of the <see cref="AssertFailedException"/> class.</summary>
        /// <param name="msg">The message.</param>
        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        /// <summary>Initializes a new instance of the <see cref="AssertFailedException"/> class.</summary>
        /// <param name="msg">The message.</param>
        /// <param name="ex">The exception that caused this one.</param>
        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}
