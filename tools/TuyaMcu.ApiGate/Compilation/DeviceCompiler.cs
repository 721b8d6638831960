using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TuyaMcu.ApiGate.Compilation;

/// <summary>
/// Compiles device projects the way the device build does, as far as this machine can: C# 9,
/// NANOFRAMEWORK_1_0 defined, nullable disabled, referenced projects as compilation references.
/// Each project is compiled once however many projects reference it.
/// </summary>
internal sealed class DeviceCompiler
{
    public const string DeviceSymbol = "NANOFRAMEWORK_1_0";

    private readonly HostReferences _host;
    private readonly Dictionary<DeviceProject, CSharpCompilation> _compiled = new();

    public DeviceCompiler(HostReferences host)
    {
        _host = host;
    }

    public CSharpCompilation Compile(DeviceProject project)
    {
        if (_compiled.TryGetValue(project, out CSharpCompilation? compilation))
        {
            return compilation;
        }

        var parseOptions = new CSharpParseOptions(
            LanguageVersion.CSharp9,
            DocumentationMode.Parse,
            preprocessorSymbols: project.PreprocessorSymbols.Append(DeviceSymbol).Distinct());
        List<SyntaxTree> trees = project.Sources
            .Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, s.Path))
            .ToList();
        IEnumerable<MetadataReference> references = _host.All
            .Concat(project.References.Select(r => (MetadataReference)Compile(r).ToMetadataReference()));
        var options = new CSharpCompilationOptions(
            project.OutputKind,
            nullableContextOptions: NullableContextOptions.Disable,
            allowUnsafe: true); // unsafe code is reported by the feature check, with a clearer message

        compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);
        _compiled.Add(project, compilation);
        return compilation;
    }
}
