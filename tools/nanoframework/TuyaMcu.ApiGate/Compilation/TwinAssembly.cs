using Microsoft.CodeAnalysis;

namespace TuyaMcu.ApiGate.Compilation;

/// <summary>
/// A host assembly that stands in for device API: the API twins (TuyaMcu.ApiTwins, for any
/// package) or the host build of one package (nanoFramework.TestFramework). The device code is
/// compiled against it, and everything it declares publicly must be in the inventory.
/// </summary>
/// <param name="Name">The assembly name.</param>
/// <param name="Path">The assembly file.</param>
/// <param name="PackageId">The package it rebuilds, whose inventory file it must stay within; null for the twins (the whole inventory).</param>
internal sealed record TwinAssembly(string Name, string Path, string? PackageId)
{
    public MetadataReference Reference { get; } = MetadataReference.CreateFromFile(Path);

    /// <summary>The portable PDB beside the assembly, which maps members to twin source lines.</summary>
    public string PdbPath => System.IO.Path.ChangeExtension(Path, ".pdb");
}
