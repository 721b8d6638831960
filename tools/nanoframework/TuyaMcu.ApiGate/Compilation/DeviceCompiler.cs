using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using TuyaMcu.ApiGate.Inventory;

namespace TuyaMcu.ApiGate.Compilation;

/// <summary>
/// A device project compiled: the compilation, its errors, and whether it was compiled against the
/// packages' own assemblies (the device build) or against the host runtime and the twins.
/// </summary>
internal sealed record CompiledProject(CSharpCompilation Compilation, IReadOnlyList<Diagnostic> Errors, bool AgainstDeviceAssemblies);

/// <summary>
/// Compiles device projects the way the device build does: C# 9, NANOFRAMEWORK_1_0 defined, nullable
/// disabled, referenced projects as compilation references. A project whose packages were all restored
/// from NuGet (today: only the core library) is compiled and emitted against those packages' own
/// assemblies and nothing else, with no standard library, exactly as the device build compiles it. Any
/// other project is compiled against the .NET runtime the gate runs on and the twins, and the API check
/// judges what it binds. Each project is compiled once per kind however many projects reference it.
/// </summary>
internal sealed class DeviceCompiler
{
    public const string DeviceSymbol = "NANOFRAMEWORK_1_0";

    private readonly HostReferences _host;
    private readonly bool _useDeviceAssemblies;
    private readonly Dictionary<(DeviceProject, bool), CompiledProject> _compiled = new();
    private readonly Dictionary<string, MetadataReference> _deviceAssemblies = new(StringComparer.Ordinal);

    /// <param name="host">The runtime and the twins, for projects that use packages NuGet does not restore.</param>
    /// <param name="useDeviceAssemblies">False compiles every project against the host (what the API check's own tests use).</param>
    public DeviceCompiler(HostReferences host, bool useDeviceAssemblies = true)
    {
        _host = host;
        _useDeviceAssemblies = useDeviceAssemblies;
    }

    /// <summary>
    /// True when the project has the core library, every package it has comes with its own assembly,
    /// and so does every project it references: then the device's own assemblies are all it needs.
    /// </summary>
    public static bool NeedsOnlyDeviceAssemblies(DeviceProject project) =>
        project.Scope.Has(ApiInventory.CoreLibraryId)
        && project.Scope.Packages.All(p => p.AssemblyPath != null)
        && project.References.All(NeedsOnlyDeviceAssemblies);

    public CompiledProject Compile(DeviceProject project) =>
        Compile(project, _useDeviceAssemblies && NeedsOnlyDeviceAssemblies(project));

    private CompiledProject Compile(DeviceProject project, bool onDevice)
    {
        if (_compiled.TryGetValue((project, onDevice), out CompiledProject? compiled))
        {
            return compiled;
        }

        var parseOptions = new CSharpParseOptions(
            LanguageVersion.CSharp9,
            DocumentationMode.Parse,
            preprocessorSymbols: project.PreprocessorSymbols.Append(DeviceSymbol).Distinct());
        List<SyntaxTree> trees = project.Sources
            .Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, s.Path))
            .ToList();
        IEnumerable<MetadataReference> libraries = onDevice
            ? project.Scope.Packages.Select(p => DeviceAssembly(p.AssemblyPath!))
            : _host.All;
        IEnumerable<MetadataReference> references = libraries
            .Concat(project.References.Select(r => (MetadataReference)Compile(r, onDevice).Compilation.ToMetadataReference()));
        var options = new CSharpCompilationOptions(
            project.OutputKind,
            nullableContextOptions: NullableContextOptions.Disable,
            allowUnsafe: true); // unsafe code is reported by the feature check, with a clearer message

        CSharpCompilation compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);
        compiled = new CompiledProject(compilation, onDevice ? EmitErrors(compilation) : Errors(compilation.GetDiagnostics()), onDevice);
        _compiled.Add((project, onDevice), compiled);
        return compiled;
    }

    /// <summary>The errors of a full build: emitting finds what binding alone does not (a member the compiler needs for a lowering).</summary>
    private static IReadOnlyList<Diagnostic> EmitErrors(CSharpCompilation compilation)
    {
        using var peStream = new MemoryStream();
        EmitResult result = compilation.Emit(peStream);
        return Errors(result.Diagnostics);
    }

    private static IReadOnlyList<Diagnostic> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private MetadataReference DeviceAssembly(string path)
    {
        if (!_deviceAssemblies.TryGetValue(path, out MetadataReference? reference))
        {
            reference = MetadataReference.CreateFromFile(path);
            _deviceAssemblies.Add(path, reference);
        }

        return reference;
    }
}
