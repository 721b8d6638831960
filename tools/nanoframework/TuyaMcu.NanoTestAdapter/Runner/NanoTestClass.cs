using System;
using System.Collections.Generic;
using System.Linq;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// A [TestClass] and its cases, in the order the device launcher runs them: setups, test methods,
    /// data rows, cleanups, each in declaration order.
    /// </summary>
    public sealed class NanoTestClass
    {
        internal NanoTestClass(
            Type type,
            IReadOnlyList<NanoTestCase> setups,
            IReadOnlyList<NanoTestCase> tests,
            IReadOnlyList<NanoTestCase> cleanups,
            string instanceFieldError)
        {
            Type = type;
            Setups = setups;
            Tests = tests;
            Cleanups = cleanups;
            InstanceFieldError = instanceFieldError;
        }

        /// <summary>The test class.</summary>
        public Type Type { get; }

        /// <summary>The [Setup] cases.</summary>
        public IReadOnlyList<NanoTestCase> Setups { get; }

        /// <summary>The [TestMethod] cases, then the [DataRow] cases.</summary>
        public IReadOnlyList<NanoTestCase> Tests { get; }

        /// <summary>The [Cleanup] cases.</summary>
        public IReadOnlyList<NanoTestCase> Cleanups { get; }

        /// <summary>
        /// Why no case of this class can run: it declares instance fields, which the device leaves
        /// uninitialized because it calls test methods without an instance. <see langword="null"/> when it does not.
        /// </summary>
        public string InstanceFieldError { get; }

        /// <summary>Every case of the class, in run order.</summary>
        public IEnumerable<NanoTestCase> AllCases => Setups.Concat(Tests).Concat(Cleanups);
    }
}
