using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>Loads a test source and finds its test classes, logging why when it cannot.</summary>
    internal static class SourceExplorer
    {
        /// <summary>
        /// The test classes of <paramref name="source"/>: empty for a file that does not reference
        /// nanoFramework.TestFramework, <see langword="null"/> (after logging the error) when it cannot be read.
        /// </summary>
        public static IReadOnlyList<NanoTestClass> Explore(string source, IMessageLogger logger)
        {
            if (!TestAssemblyLoader.ReferencesTestFramework(source))
            {
                return Array.Empty<NanoTestClass>();
            }

            try
            {
                return NanoTestDiscoverer.Discover(TestAssemblyLoader.Load(source));
            }
            catch (Exception e)
            {
                logger?.SendMessage(TestMessageLevel.Error, $"{AdapterInfo.Name}: cannot discover the tests of {source}: {e.GetType().Name}: {e.Message}");
                return null;
            }
        }
    }
}
