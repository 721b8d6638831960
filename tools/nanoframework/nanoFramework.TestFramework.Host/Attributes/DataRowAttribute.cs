using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Runs a test method once with the given arguments; a method can have several rows.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Initializes a new instance of the <see cref="DataRowAttribute"/> class.</summary>
        /// <param name="methodParameters">The arguments the test method is called with, in order.</param>
        public DataRowAttribute(params object[] methodParameters)
        {
            // [DataRow(null)] hands the compiler's null array over as the whole row: it means one null argument.
            MethodParameters = methodParameters ?? new object[] { null };
        }

        /// <summary>Gets the arguments the test method is called with, in order.</summary>
        public object[] MethodParameters { get; }
    }
}
