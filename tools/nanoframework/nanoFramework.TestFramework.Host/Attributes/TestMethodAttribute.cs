using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Marks a public, parameterless method of a <see cref="TestClassAttribute"/> class as a test.
    /// A method that also has <see cref="DataRowAttribute"/>s runs once per row instead.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
