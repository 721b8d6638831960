using System;
using System.Collections.Generic;
using System.Linq;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Builds the ids and display names of test cases.</summary>
    internal static class TestNames
    {
        /// <summary><c>Namespace.Outer.Inner</c>: the full name with nested classes joined by '.'.</summary>
        public static string ClassFullName(Type type) =>
            string.IsNullOrEmpty(type.Namespace) ? ClassShortName(type) : type.Namespace + "." + ClassShortName(type);

        /// <summary><c>Outer.Inner</c>: the class name with its enclosing classes, without the namespace.</summary>
        public static string ClassShortName(Type type) =>
            type.DeclaringType is null ? type.Name : ClassShortName(type.DeclaringType) + "." + type.Name;

        /// <summary>The id of a case before it is made unique: <c>Ns.Class.Method</c>, or <c>Ns.Class.Method#row</c>.</summary>
        public static string CaseId(Type testClass, string methodName, int rowIndex) =>
            ClassFullName(testClass) + "." + methodName + (rowIndex >= 0 ? "#" + rowIndex : string.Empty);

        /// <summary>The display name of a case: <c>Class.Method</c>, <c>Class.Method(1, "a")</c>, <c>Class.Init [Setup]</c>.</summary>
        public static string DisplayName(Type testClass, string methodName, NanoTestKind kind, IReadOnlyList<object> arguments)
        {
            string name = ClassShortName(testClass) + "." + methodName;
            return kind switch
            {
                NanoTestKind.DataRow => name + "(" + string.Join(", ", arguments.Select(ValueFormatter.Format)) + ")",
                NanoTestKind.Setup => name + " [Setup]",
                NanoTestKind.Cleanup => name + " [Cleanup]",
                _ => name,
            };
        }
    }
}
