using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate.Compilation;

/// <summary>
/// What device code is compiled against on this machine: the .NET runtime assemblies the gate runs
/// on (standing in for the device's base class library) and the twin assemblies.
/// </summary>
internal sealed class HostReferences
{
    /// <summary>The twins: host declarations of nanoFramework-only types, checked against every package.</summary>
    public const string ApiTwinsFile = "TuyaMcu.ApiTwins.dll";

    /// <summary>The host build of one package, which the gate finds beside itself, and the project that builds it.</summary>
    private static readonly (string PackageId, string File, string Project)[] PackageBuilds =
    {
        ("nanoFramework.TestFramework", "nanoFramework.TestFramework.dll", "tools/nanoframework/nanoFramework.TestFramework.Host"),
    };

    private static readonly Lazy<IReadOnlyList<MetadataReference>> RuntimeAssemblies = new(LoadRuntimeAssemblies);

    public HostReferences(IReadOnlyList<TwinAssembly> twins, IReadOnlyDictionary<string, string>? missingPackageBuilds = null)
    {
        Twins = twins;
        MissingPackageBuilds = missingPackageBuilds ?? new Dictionary<string, string>();
    }

    /// <summary>The .NET runtime's own assemblies (not the gate's dependencies from TRUSTED_PLATFORM_ASSEMBLIES).</summary>
    public static IReadOnlyList<MetadataReference> Runtime => RuntimeAssemblies.Value;

    public IReadOnlyList<TwinAssembly> Twins { get; }

    /// <summary>Package id → what to build, for package builds that were not found beside the gate.</summary>
    public IReadOnlyDictionary<string, string> MissingPackageBuilds { get; }

    public IEnumerable<MetadataReference> All => Runtime.Concat(Twins.Select(t => t.Reference));

    /// <summary>The twins and package builds in <paramref name="directory"/>, the gate's own output folder.</summary>
    public static HostReferences FromDirectory(string directory)
    {
        string twinsPath = Path.Combine(directory, ApiTwinsFile);
        if (!File.Exists(twinsPath))
        {
            throw new GateSetupException($"{ApiTwinsFile} not found in {directory}: build tools/nanoframework/TuyaMcu.ApiGate, which references tools/nanoframework/TuyaMcu.ApiTwins");
        }

        var twins = new List<TwinAssembly> { new(Path.GetFileNameWithoutExtension(twinsPath), twinsPath, null) };
        var missing = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string packageId, string file, string project) in PackageBuilds)
        {
            string path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                twins.Add(new TwinAssembly(Path.GetFileNameWithoutExtension(path), path, packageId));
            }
            else
            {
                missing[packageId] = $"{file} (built by {project}) is not beside the gate";
            }
        }

        return new HostReferences(twins, missing);
    }

    private static IReadOnlyList<MetadataReference> LoadRuntimeAssemblies()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
