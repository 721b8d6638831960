using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using TuyaMcu.ApiGate.Compilation;
using Xunit;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>Builds a twin assembly (with its portable PDB) from source held in memory, as the twin project would.</summary>
internal static class TwinBuilder
{
    /// <summary>Compiles <paramref name="source"/>, whose file is <paramref name="sourcePath"/> under the repository, into <paramref name="assemblyName"/>.dll in the repository's root.</summary>
    public static TwinAssembly Build(TempRepository repo, string assemblyName, string sourcePath, string source, string? packageId = null)
    {
        string fullSourcePath = repo.Write(sourcePath, source);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), path: fullSourcePath);
        CSharpCompilation compilation = CSharpCompilation.Create(
            assemblyName, new[] { tree }, HostReferences.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string dll = Path.Combine(repo.Root, assemblyName + ".dll");
        using (FileStream peStream = File.Create(dll))
        using (FileStream pdbStream = File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            EmitResult result = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return new TwinAssembly(assemblyName, dll, packageId);
    }
}
