using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Inventory;

namespace TuyaMcu.ApiGate.Compilation;

/// <summary>A source file of a device project: its repository-relative path (as messages show it) and its text.</summary>
internal sealed record DeviceSource(string Path, string Text);

/// <summary>
/// A device project as the compiler sees it, independent of where it came from: a .nfproj on disk
/// (<see cref="Projects.ProjectLoader"/>) or sources a test builds in memory.
/// </summary>
internal sealed class DeviceProject
{
    public DeviceProject(
        string displayPath,
        string assemblyName,
        OutputKind outputKind,
        IReadOnlyList<DeviceSource> sources,
        IReadOnlyList<DeviceProject> references,
        ApiScope scope,
        IReadOnlyList<string>? preprocessorSymbols = null)
    {
        DisplayPath = displayPath;
        AssemblyName = assemblyName;
        OutputKind = outputKind;
        Sources = sources;
        References = references;
        Scope = scope;
        PreprocessorSymbols = preprocessorSymbols ?? new List<string>();
    }

    /// <summary>Where problems without a source line are reported: the .nfproj's repository-relative path.</summary>
    public string DisplayPath { get; }

    public string AssemblyName { get; }

    public OutputKind OutputKind { get; }

    public IReadOnlyList<DeviceSource> Sources { get; }

    /// <summary>The projects of its ProjectReference items.</summary>
    public IReadOnlyList<DeviceProject> References { get; }

    /// <summary>The packages the project has: the API its code may use.</summary>
    public ApiScope Scope { get; }

    /// <summary>Symbols besides NANOFRAMEWORK_1_0 (the project's DefineConstants).</summary>
    public IReadOnlyList<string> PreprocessorSymbols { get; }

    /// <summary>The assemblies compiled from device sources for this project: its own and those of every project it references.</summary>
    public IReadOnlySet<string> OwnAssemblies()
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<DeviceProject>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            DeviceProject next = pending.Pop();
            if (names.Add(next.AssemblyName))
            {
                foreach (DeviceProject reference in next.References)
                {
                    pending.Push(reference);
                }
            }
        }

        return names;
    }
}
