using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Decides whether a file can hold nanoFramework tests, and loads it.</summary>
    public static class TestAssemblyLoader
    {
        /// <summary>
        /// Whether <paramref name="path"/> is a .NET assembly that references nanoFramework.TestFramework,
        /// read from its metadata without loading it. Any other file (a native library, another test
        /// framework's tests) is left alone.
        /// </summary>
        /// <param name="path">The candidate file.</param>
        public static bool ReferencesTestFramework(string path)
        {
            try
            {
                using FileStream stream = File.OpenRead(path);
                using var peReader = new PEReader(stream);
                if (!peReader.HasMetadata)
                {
                    return false;
                }

                MetadataReader metadata = peReader.GetMetadataReader();
                return metadata.AssemblyReferences
                    .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
                    .Contains(FrameworkNames.AssemblyName, StringComparer.OrdinalIgnoreCase);
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>Loads the test assembly at <paramref name="path"/> (its dependencies resolve beside it, as in the test host).</summary>
        /// <param name="path">The test assembly.</param>
        public static Assembly Load(string path) => Assembly.LoadFrom(Path.GetFullPath(path));
    }
}
