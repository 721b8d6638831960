using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using TuyaMcu.NanoTest.Runner;

namespace TuyaMcu.NanoTest.Tests.Support
{
    /// <summary>
    /// Compiles nanoFramework-style test classes (C# 9, against nanoFramework.TestFramework) into an assembly
    /// with its portable PDB in a fresh temporary folder, and loads it.
    /// </summary>
    internal sealed class SampleAssembly
    {
        /// <summary>The path the samples' source is recorded under in the PDB.</summary>
        public const string SourcePath = "/samples/SampleTests.cs";

        private const string Usings = "using System;\nusing System.Diagnostics;\nusing nanoFramework.TestFramework;\n";

        private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

        private static readonly Lazy<string> RunFolder = new(CreateRunFolder);

        private SampleAssembly(string path, Assembly assembly)
        {
            Path = path;
            Assembly = assembly;
        }

        /// <summary>Where the assembly was written.</summary>
        public string Path { get; }

        /// <summary>The loaded assembly.</summary>
        public Assembly Assembly { get; }

        /// <summary>Compiles <paramref name="source"/> (the usings of a test file are added in front) and loads it.</summary>
        public static SampleAssembly Compile(string source)
        {
            string path = Emit(source);
            return new SampleAssembly(path, TestAssemblyLoader.Load(path));
        }

        /// <summary>
        /// Compiles <paramref name="source"/> against the given extra assemblies into a fresh folder of its own,
        /// without loading it, and returns its path.
        /// </summary>
        public static string Emit(string source, params string[] referencePaths)
        {
            string name = "Samples_" + Guid.NewGuid().ToString("N");
            SyntaxTree tree = CSharpSyntaxTree.ParseText(
                Usings + source,
                new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "DEBUG", "TRACE" }),
                path: SourcePath,
                encoding: Encoding.UTF8);
            CSharpCompilation compilation = CSharpCompilation.Create(
                name,
                new[] { tree },
                References.Value.Concat(referencePaths.Select(path => MetadataReference.CreateFromFile(path))),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                    .WithOptimizationLevel(OptimizationLevel.Debug)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS0618"] = ReportDiagnostic.Suppress }));

            string folder = Directory.CreateDirectory(System.IO.Path.Combine(RunFolder.Value, name)).FullName;
            string dllPath = System.IO.Path.Combine(folder, name + ".dll");
            using (FileStream dll = File.Create(dllPath))
            using (FileStream pdb = File.Create(System.IO.Path.ChangeExtension(dllPath, ".pdb")))
            {
                EmitResult result = compilation.Emit(
                    dll, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
                if (!result.Success)
                {
                    throw new InvalidOperationException(
                        "Sample does not compile:" + Environment.NewLine
                        + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
                }
            }

            return dllPath;
        }

        /// <summary>Discovers the sample's test classes.</summary>
        public IReadOnlyList<NanoTestClass> Discover() => NanoTestDiscoverer.Discover(Assembly);

        /// <summary>Discovers and runs every case, and returns what the runner reported.</summary>
        public RecordingListener RunAll()
        {
            var listener = new RecordingListener();
            NanoTestRunner.Run(Discover(), listener);
            return listener;
        }

        // One folder per test run, removed when the run ends (loaded assemblies can be deleted on Linux; elsewhere it stays).
        private static string CreateRunFolder()
        {
            string folder = Directory.CreateDirectory(
                System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nanotest-samples", Environment.ProcessId.ToString())).FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            };
            return folder;
        }

        private static MetadataReference[] LoadReferences()
        {
            string platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES");
            return platform.Split(System.IO.Path.PathSeparator)
                .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || System.IO.Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(nanoFramework.TestFramework.Assert).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToArray();
        }
    }
}
