using System;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Runs one case as the device launcher does: static methods without a target; instance methods on an
    /// object created without running a constructor (the device passes no instance at all); data rows with
    /// their values, converted to the parameter types. Captures output and maps the outcome:
    /// no exception passes, a SkipTestException skips, anything else fails.
    /// </summary>
    internal static class CaseExecutor
    {
        public static NanoTestResult Run(NanoTestCase testCase)
        {
            DateTimeOffset start = DateTimeOffset.Now;
            if (testCase.DefinitionError is not null)
            {
                return Results.Failed(testCase, testCase.DefinitionError, start);
            }

            object[] arguments;
            try
            {
                arguments = testCase.Kind == NanoTestKind.DataRow ? ArgumentBinder.Bind(testCase.Method, testCase.Arguments) : null;
            }
            catch (ArgumentBindingException e)
            {
                return Results.Failed(testCase, e.Message, start);
            }

            Exception thrown;
            OutputCapture capture = OutputCapture.Start();
            try
            {
                thrown = Invoke(testCase, arguments);
            }
            finally
            {
                capture.Dispose();
            }

            return Results.FromException(testCase, thrown, start, capture.StandardOutput, capture.StandardError);
        }

        /// <summary>Invokes the case's method and returns what it threw, or <see langword="null"/>.</summary>
        private static Exception Invoke(NanoTestCase testCase, object[] arguments)
        {
            try
            {
                MethodInfo method = testCase.Method;
                object target = method.IsStatic ? null : RuntimeHelpers.GetUninitializedObject(testCase.TestClass);
                method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
                return null;
            }
            catch (Exception e)
            {
                return e is TargetInvocationException { InnerException: not null } wrapped ? wrapped.InnerException : e;
            }
        }
    }
}
