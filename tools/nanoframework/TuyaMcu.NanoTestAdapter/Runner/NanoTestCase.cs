using System;
using System.Collections.Generic;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// One runnable case found in a test assembly: a setup, a cleanup, a test method, or one data row of a test method.
    /// </summary>
    public sealed class NanoTestCase
    {
        internal NanoTestCase(
            string id,
            string displayName,
            NanoTestKind kind,
            MethodInfo method,
            int rowIndex,
            IReadOnlyList<object> arguments,
            string definitionError,
            SourceLocation location)
        {
            Id = id;
            DisplayName = displayName;
            Kind = kind;
            Method = method;
            RowIndex = rowIndex;
            Arguments = arguments;
            DefinitionError = definitionError;
            Location = location;
        }

        /// <summary>
        /// The stable, unique name of the case: <c>Namespace.Class.Method</c>, and <c>Namespace.Class.Method#row</c>
        /// for a data row (row numbers start at 0).
        /// </summary>
        public string Id { get; }

        /// <summary>What people read: <c>Class.Method</c>, <c>Class.Method("55 AA", 8)</c>, <c>Class.Init [Setup]</c>.</summary>
        public string DisplayName { get; }

        /// <summary>What the case runs.</summary>
        public NanoTestKind Kind { get; }

        /// <summary>The method the case invokes.</summary>
        public MethodInfo Method { get; }

        /// <summary>The test class the case belongs to.</summary>
        public Type TestClass => Method.ReflectedType;

        /// <summary>The full name of the test class, nested classes joined with '.'.</summary>
        public string ClassName => TestNames.ClassFullName(TestClass);

        /// <summary>The index of the data row among the method's rows, or -1 when the case is not a data row.</summary>
        public int RowIndex { get; }

        /// <summary>The data row's values as the compiler stored them, or an empty list when the case is not a data row.</summary>
        public IReadOnlyList<object> Arguments { get; }

        /// <summary>Why the case cannot run as written (it then fails without being invoked), or <see langword="null"/>.</summary>
        public string DefinitionError { get; }

        /// <summary>Where the method is written, or <see langword="null"/> when no PDB tells.</summary>
        public SourceLocation Location { get; }

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
