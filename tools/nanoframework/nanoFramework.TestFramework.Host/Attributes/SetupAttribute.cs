using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Marks a method that runs before the tests of its class. If it skips
    /// (<see cref="Assert.SkipTest(string)"/>), the tests of the class do not run.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }
}
