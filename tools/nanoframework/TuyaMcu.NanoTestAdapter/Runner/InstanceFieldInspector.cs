using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Finds instance fields in a test class. The device launcher calls test methods without an instance,
    /// so an instance field (an auto-property's backing field too) would never be initialized there.
    /// </summary>
    internal static class InstanceFieldInspector
    {
        private const BindingFlags DeclaredInstanceFields =
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        /// <summary>Returns why the class cannot run, or <see langword="null"/> when it declares no instance field.</summary>
        public static string FindProblem(Type testClass)
        {
            List<string> fields = InstanceFields(testClass).Select(Describe).ToList();
            if (fields.Count == 0)
            {
                return null;
            }

            return $"test class {TestNames.ClassFullName(testClass)} declares instance field(s) {string.Join(", ", fields)}; "
                + "the nanoFramework launcher calls test methods without an instance: make them static";
        }

        private static IEnumerable<FieldInfo> InstanceFields(Type type)
        {
            for (Type current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (FieldInfo field in current.GetFields(DeclaredInstanceFields).OrderBy(f => f.MetadataToken))
                {
                    yield return field;
                }
            }
        }

        // "<Name>k__BackingField" is what the compiler calls an auto-property's field.
        private static string Describe(FieldInfo field)
        {
            const string backingFieldSuffix = ">k__BackingField";
            string name = field.Name;
            return name.StartsWith('<') && name.EndsWith(backingFieldSuffix, StringComparison.Ordinal)
                ? name.Substring(1, name.Length - 1 - backingFieldSuffix.Length) + " (auto-property)"
                : name;
        }
    }
}
