using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>Turns a <see cref="NanoTestCase"/> into the VSTest <see cref="TestCase"/> that stands for it.</summary>
    internal static class TestCaseMapper
    {
        /// <summary>The trait naming the attribute that made the case, as the nanoFramework adapter sets it.</summary>
        public const string KindTrait = "Type";

        public static TestCase ToTestCase(NanoTestCase testCase, string source)
        {
            var mapped = new TestCase(testCase.Id, new System.Uri(AdapterInfo.ExecutorUri), source)
            {
                DisplayName = testCase.DisplayName,
                CodeFilePath = testCase.Location?.FilePath,
                LineNumber = testCase.Location?.LineNumber ?? 0,
            };
            mapped.Traits.Add(new Trait(KindTrait, testCase.Kind.ToString()));
            return mapped;
        }
    }
}
