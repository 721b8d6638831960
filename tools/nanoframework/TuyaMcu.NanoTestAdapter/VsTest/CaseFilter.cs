using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>
    /// The <c>dotnet test --filter</c> expression of a run. Properties: FullyQualifiedName (the case id),
    /// DisplayName, Name (the method), ClassName (the class's full name), Type (Setup, TestMethod, DataRow
    /// or Cleanup) and any trait of the case.
    /// </summary>
    internal sealed class CaseFilter
    {
        private const string FullyQualifiedName = "FullyQualifiedName";
        private const string DisplayName = "DisplayName";
        private const string Name = "Name";
        private const string ClassName = "ClassName";

        private static readonly string[] SupportedProperties =
            { FullyQualifiedName, DisplayName, Name, ClassName, TestCaseMapper.KindTrait };

        private readonly ITestCaseFilterExpression expression;

        private CaseFilter(ITestCaseFilterExpression expression)
        {
            this.expression = expression;
        }

        /// <summary>
        /// Reads the run's filter: a filter that matches everything when there is none, <see langword="null"/>
        /// (after logging why) when the expression is invalid.
        /// </summary>
        public static CaseFilter Create(IRunContext runContext, IMessageLogger logger)
        {
            try
            {
                return new CaseFilter(runContext?.GetTestCaseFilter(SupportedProperties, PropertyFor));
            }
            catch (TestPlatformFormatException e)
            {
                logger.SendMessage(TestMessageLevel.Error, $"{AdapterInfo.Name}: invalid test filter: {e.Message}");
                return null;
            }
        }

        public bool Matches(TestCase testCase, NanoTestCase nanoTestCase) =>
            expression is null || expression.MatchTestCase(testCase, property => ValueOf(property, testCase, nanoTestCase));

        private static TestProperty PropertyFor(string property) => property switch
        {
            FullyQualifiedName => TestCaseProperties.FullyQualifiedName,
            DisplayName => TestCaseProperties.DisplayName,
            _ => null,
        };

        private static object ValueOf(string property, TestCase testCase, NanoTestCase nanoTestCase)
        {
            switch (property)
            {
                case FullyQualifiedName: return testCase.FullyQualifiedName;
                case DisplayName: return testCase.DisplayName;
                case Name: return nanoTestCase.Method.Name;
                case ClassName: return nanoTestCase.ClassName;
            }

            string[] traitValues = testCase.Traits
                .Where(trait => string.Equals(trait.Name, property, StringComparison.OrdinalIgnoreCase))
                .Select(trait => trait.Value)
                .ToArray();
            return traitValues.Length == 0 ? null : traitValues;
        }
    }
}
