using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Marks a class that holds tests. The launcher runs its <see cref="SetupAttribute"/> methods, then its
    /// <see cref="TestMethodAttribute"/> and <see cref="DataRowAttribute"/> methods, then its
    /// <see cref="CleanupAttribute"/> methods, all without creating an instance of the class.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        /// <summary>
        /// Gets the test method attribute that runs a test of this class.
        /// </summary>
        /// <param name="testMethodAttribute">The test method attribute declared on the method.</param>
        /// <returns>The attribute to run the test with: by default, <paramref name="testMethodAttribute"/> itself.</returns>
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
        {
            return testMethodAttribute;
        }
    }
}
