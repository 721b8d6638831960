using System.Collections.Generic;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.TestAdapter
{
    /// <summary>
    /// VSTest discoverer for nanoFramework-style tests: reports every case <see cref="NanoTestDiscoverer"/> finds
    /// in assemblies that reference nanoFramework.TestFramework.
    /// </summary>
    [FileExtension(".dll")]
    [FileExtension(".exe")]
    [DefaultExecutorUri(AdapterInfo.ExecutorUri)]
    public sealed class VsTestDiscoverer : ITestDiscoverer
    {
        /// <inheritdoc/>
        public void DiscoverTests(
            IEnumerable<string> sources, IDiscoveryContext discoveryContext, IMessageLogger logger, ITestCaseDiscoverySink discoverySink)
        {
            foreach (string source in sources)
            {
                foreach (NanoTestClass testClass in SourceExplorer.Explore(source, logger) ?? System.Array.Empty<NanoTestClass>())
                {
                    foreach (NanoTestCase testCase in testClass.AllCases)
                    {
                        discoverySink.SendTestCase(TestCaseMapper.ToTestCase(testCase, source));
                    }
                }
            }
        }
    }
}
