using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Finds the test classes of an assembly and their cases, as the device launcher would run them:
    /// classes with [TestClass]; in each, [Setup] methods, [TestMethod] methods without data rows, one case per
    /// [DataRow] (whether or not the method also has [TestMethod]), and [Cleanup] methods. Attributes are read
    /// from metadata and matched by full name, so no attribute code runs and any copy of the framework works.
    /// </summary>
    public static class NanoTestDiscoverer
    {
        private const BindingFlags AllMethods =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

        /// <summary>Finds the test classes of <paramref name="assembly"/>, in declaration order.</summary>
        /// <param name="assembly">The test assembly.</param>
        /// <returns>The test classes; empty when the assembly has none.</returns>
        /// <exception cref="InvalidOperationException">Some types of the assembly cannot be loaded.</exception>
        public static IReadOnlyList<NanoTestClass> Discover(Assembly assembly)
        {
            using SourceLocator locator = SourceLocator.Open(assembly);
            return LoadTypes(assembly)
                .Where(type => type.IsClass && HasAttribute(type.GetCustomAttributesData(), FrameworkNames.TestClass))
                .OrderBy(type => type.MetadataToken)
                .Select(type => DiscoverClass(type, locator))
                .ToList();
        }

        private static NanoTestClass DiscoverClass(Type type, SourceLocator locator)
        {
            var ids = new CaseIdAllocator();
            var setups = new List<NanoTestCase>();
            var tests = new List<NanoTestCase>();
            var rows = new List<NanoTestCase>();
            var cleanups = new List<NanoTestCase>();

            foreach (MethodInfo method in MethodsInDeclarationOrder(type))
            {
                IList<CustomAttributeData> attributes = method.GetCustomAttributesData();
                var factory = new CaseFactory(type, method, ids, locator);
                if (HasAttribute(attributes, FrameworkNames.Setup))
                {
                    setups.Add(factory.Create(NanoTestKind.Setup));
                }

                List<CustomAttributeData> dataRows = attributes.Where(a => IsAttribute(a, FrameworkNames.DataRow)).ToList();
                if (dataRows.Count > 0)
                {
                    rows.AddRange(dataRows.Select(row => factory.CreateRow(DataRowDecoder.Decode(row))));
                }
                else if (HasAttribute(attributes, FrameworkNames.TestMethod))
                {
                    tests.Add(factory.Create(NanoTestKind.TestMethod));
                }

                if (HasAttribute(attributes, FrameworkNames.Cleanup))
                {
                    cleanups.Add(factory.Create(NanoTestKind.Cleanup));
                }
            }

            // The launcher runs every [TestMethod] first, then every [DataRow].
            tests.AddRange(rows);
            return new NanoTestClass(type, setups, tests, cleanups, InstanceFieldInspector.FindProblem(type));
        }

        // The class's own methods first, then its base classes', each in metadata (declaration) order.
        private static IEnumerable<MethodInfo> MethodsInDeclarationOrder(Type type) =>
            type.GetMethods(AllMethods)
                .Where(method => method.DeclaringType != typeof(object))
                .OrderBy(method => InheritanceDistance(type, method.DeclaringType))
                .ThenBy(method => method.MetadataToken);

        private static int InheritanceDistance(Type type, Type ancestor)
        {
            int distance = 0;
            for (Type current = type; current is not null && current != ancestor; current = current.BaseType)
            {
                distance++;
            }

            return distance;
        }

        private static IEnumerable<Type> LoadTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                string reasons = string.Join(
                    Environment.NewLine,
                    e.LoaderExceptions.Where(x => x is not null).Select(x => x.Message).Distinct());
                throw new InvalidOperationException(
                    $"Cannot load the types of {assembly.GetName().Name}; is a dependency missing?{Environment.NewLine}{reasons}", e);
            }
        }

        private static bool HasAttribute(IEnumerable<CustomAttributeData> attributes, string fullName) =>
            attributes.Any(attribute => IsAttribute(attribute, fullName));

        private static bool IsAttribute(CustomAttributeData attribute, string fullName) =>
            attribute.AttributeType.FullName == fullName;
    }
}
