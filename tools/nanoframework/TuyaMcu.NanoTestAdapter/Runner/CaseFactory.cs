using System;
using System.Collections.Generic;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Creates the cases of one method of a test class, with their ids, names, location and definition errors.</summary>
    internal sealed class CaseFactory
    {
        private readonly Type testClass;
        private readonly MethodInfo method;
        private readonly CaseIdAllocator ids;
        private readonly SourceLocation location;

        public CaseFactory(Type testClass, MethodInfo method, CaseIdAllocator ids, SourceLocator locator)
        {
            this.testClass = testClass;
            this.method = method;
            this.ids = ids;
            location = locator.Find(method);
        }

        /// <summary>A setup, cleanup or test-method case: the method runs without arguments.</summary>
        public NanoTestCase Create(NanoTestKind kind)
        {
            string error = FindAccessError() ?? FindParameterError();
            return Build(kind, -1, Array.Empty<object>(), error);
        }

        /// <summary>A data-row case: the method runs with the row's values.</summary>
        public NanoTestCase CreateRow(object[] arguments) =>
            Build(NanoTestKind.DataRow, ids.NextRowIndex(method.Name), arguments, FindAccessError());

        private NanoTestCase Build(NanoTestKind kind, int rowIndex, IReadOnlyList<object> arguments, string error)
        {
            string id = ids.Allocate(TestNames.CaseId(testClass, method.Name, rowIndex), kind);
            string displayName = TestNames.DisplayName(testClass, method.Name, kind, arguments);
            return new NanoTestCase(id, displayName, kind, method, rowIndex, arguments, error, location);
        }

        // The launcher only sees public methods (Type.GetMethods()): a non-public one would silently never run there.
        private string FindAccessError()
        {
            if (!method.IsPublic)
            {
                return $"{Describe()} is not public: the nanoFramework launcher only runs public methods, so it would never run on the device.";
            }

            return method.ContainsGenericParameters
                ? $"{Describe()} is generic: the nanoFramework launcher cannot call it."
                : null;
        }

        private string FindParameterError()
        {
            int count = method.GetParameters().Length;
            return count == 0
                ? null
                : $"{Describe()} has {count} parameter(s) but no [DataRow]: the nanoFramework launcher calls it without arguments.";
        }

        private string Describe() => TestNames.ClassShortName(testClass) + "." + method.Name;
    }
}
