using System.Linq;
using TuyaMcu.NanoTest.Runner;
using TuyaMcu.NanoTest.Tests.Support;
using Xunit;

namespace TuyaMcu.NanoTest.Tests.Runner
{
    public class DiscoveryTests
    {
        [Fact]
        public void TestMethod_IsOneCase_NamedAfterItsClassAndMethod()
        {
            NanoTestCase testCase = Assert.Single(Compile(@"
                namespace Samples { [TestClass] public class Plain { [TestMethod] public void Works() { } } }").Tests);

            Assert.Equal("Samples.Plain.Works", testCase.Id);
            Assert.Equal("Plain.Works", testCase.DisplayName);
            Assert.Equal(NanoTestKind.TestMethod, testCase.Kind);
            Assert.Equal("Samples.Plain", testCase.ClassName);
            Assert.Null(testCase.DefinitionError);
        }

        [Fact]
        public void DataRows_AreOneCasePerRow_WithOrWithoutTestMethod_AndNoRowlessCase()
        {
            NanoTestClass testClass = Compile(@"
                namespace Samples {
                [TestClass] public class Rows {
                    [TestMethod]
                    [DataRow(""55 AA"", 8)]
                    [DataRow(""FF"", 254)]
                    public void WithTestMethod(string hex, int expected) { }

                    [DataRow(null, 'x', true, 1.5, new byte[] { 1, 2 })]
                    public void RowOnly(string a, char b, bool c, double d, byte[] e) { }
                } }");

            Assert.Equal(
                new[] { "Samples.Rows.WithTestMethod#0", "Samples.Rows.WithTestMethod#1", "Samples.Rows.RowOnly#0" },
                testClass.Tests.Select(t => t.Id));
            Assert.All(testClass.Tests, t => Assert.Equal(NanoTestKind.DataRow, t.Kind));
            Assert.Equal(
                new[]
                {
                    "Rows.WithTestMethod(\"55 AA\", 8)",
                    "Rows.WithTestMethod(\"FF\", 254)",
                    "Rows.RowOnly(null, 'x', true, 1.5, new byte[] { 1, 2 })",
                },
                testClass.Tests.Select(t => t.DisplayName));
            Assert.Equal(new object[] { "55 AA", 8 }, testClass.Tests[0].Arguments);
            Assert.Equal(new byte[] { 1, 2 }, testClass.Tests[2].Arguments[4]);
        }

        [Fact]
        public void SetupAndCleanup_AreCasesToo_AndCasesComeInLauncherOrder()
        {
            NanoTestClass testClass = Compile(@"
                namespace Samples {
                [TestClass] public class Ordered {
                    [Cleanup] public void TearDown() { }
                    [DataRow(1)] public void Row(int value) { }
                    [TestMethod] public void Second() { }
                    [Setup] public void Init() { }
                    [TestMethod] public void Third() { }
                } }");

            Assert.Equal(
                new[] { "Ordered.Init [Setup]", "Ordered.Second", "Ordered.Third", "Ordered.Row(1)", "Ordered.TearDown [Cleanup]" },
                testClass.AllCases.Select(t => t.DisplayName));
            Assert.Equal(
                new[] { NanoTestKind.Setup, NanoTestKind.TestMethod, NanoTestKind.TestMethod, NanoTestKind.DataRow, NanoTestKind.Cleanup },
                testClass.AllCases.Select(t => t.Kind));
        }

        [Fact]
        public void ClassesWithoutTestClass_AreIgnored_AndNestedTestClassesAreFound()
        {
            var classes = SampleAssembly.Compile(@"
                namespace Samples {
                public class Helper { [TestMethod] public void NotATest() { } }
                public class Outer { [TestClass] public class Inner { [TestMethod] public void Nested() { } } } }").Discover();

            NanoTestCase testCase = Assert.Single(Assert.Single(classes).Tests);
            Assert.Equal("Samples.Outer.Inner.Nested", testCase.Id);
            Assert.Equal("Outer.Inner.Nested", testCase.DisplayName);
        }

        [Fact]
        public void NonPublicTestMethods_AreCasesThatExplainTheDeviceWouldNeverRunThem()
        {
            NanoTestCase testCase = Assert.Single(Compile(@"
                namespace Samples { [TestClass] public class Hidden { [TestMethod] internal void Forgotten() { } } }").Tests);

            Assert.Contains("is not public", testCase.DefinitionError);
        }

        [Fact]
        public void TestMethodWithParametersButNoRows_HasDefinitionError()
        {
            NanoTestCase testCase = Assert.Single(Compile(@"
                namespace Samples { [TestClass] public class NoRows { [TestMethod] public void Needs(int value) { } } }").Tests);

            Assert.Contains("has 1 parameter(s) but no [DataRow]", testCase.DefinitionError);
        }

        [Fact]
        public void CasesKnowWhereTheyAreWritten()
        {
            NanoTestCase testCase = Assert.Single(Compile(@"namespace Samples { [TestClass] public class Located {
                [TestMethod]
                public void Here()
                {
                }
            } }").Tests);

            Assert.Equal(SampleAssembly.SourcePath, testCase.Location.FilePath);
            Assert.Equal(7, testCase.Location.LineNumber); // 3 using lines, then the method body's "{" on the sample's 4th line.
        }

        [Fact]
        public void MethodWithSeveralRoles_GetsUniqueIds()
        {
            NanoTestClass testClass = Compile(@"
                namespace Samples { [TestClass] public class Both { [Setup] [TestMethod] public void Init() { } } }");

            Assert.Equal(new[] { "Samples.Both.Init", "Samples.Both.Init#TestMethod" }, testClass.AllCases.Select(t => t.Id));
        }

        private static NanoTestClass Compile(string source) => Assert.Single(SampleAssembly.Compile(source).Discover());
    }
}
