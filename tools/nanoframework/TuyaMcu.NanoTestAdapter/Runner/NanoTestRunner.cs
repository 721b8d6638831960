using System;
using System.Collections.Generic;
using System.Threading;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Runs discovered test classes one after another, with the device launcher's semantics
    /// (see <see cref="NanoTestDiscoverer"/> for what the cases are). Independent of any test platform:
    /// results go to an <see cref="ITestRunListener"/>.
    /// </summary>
    public static class NanoTestRunner
    {
        /// <summary>Runs every case of <paramref name="testClasses"/>.</summary>
        /// <param name="testClasses">The classes to run, in order.</param>
        /// <param name="listener">Receives the results.</param>
        /// <param name="cancellation">Stops the run between two cases.</param>
        public static void Run(IEnumerable<NanoTestClass> testClasses, ITestRunListener listener, CancellationToken cancellation = default) =>
            Run(testClasses, _ => true, listener, cancellation);

        /// <summary>
        /// Runs the selected cases of <paramref name="testClasses"/>. The setups and cleanups of a class with
        /// a selected case run too, but are only reported when selected themselves.
        /// </summary>
        /// <param name="testClasses">The classes to run, in order.</param>
        /// <param name="isSelected">Whether a case is to run and be reported.</param>
        /// <param name="listener">Receives the results.</param>
        /// <param name="cancellation">Stops the run between two cases; the cleanups of the class in progress still run.</param>
        public static void Run(
            IEnumerable<NanoTestClass> testClasses,
            Func<NanoTestCase, bool> isSelected,
            ITestRunListener listener,
            CancellationToken cancellation = default)
        {
            foreach (NanoTestClass testClass in testClasses)
            {
                if (cancellation.IsCancellationRequested)
                {
                    return;
                }

                new TestClassRunner(testClass, isSelected, listener).Run(cancellation);
            }
        }
    }
}
