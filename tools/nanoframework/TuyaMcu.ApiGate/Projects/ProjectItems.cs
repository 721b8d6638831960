namespace TuyaMcu.ApiGate.Projects;

/// <summary>An item of a project file (Compile, ProjectReference) and the line it is on.</summary>
internal sealed record ProjectItem(string Include, int Line);

/// <summary>A Reference item: the assembly's name, its HintPath (null when there is none) and its line.</summary>
internal sealed record AssemblyReference(string Include, string? HintPath, int Line);

/// <summary>A package line of packages.config.</summary>
internal sealed record PackageEntry(string Id, string Version, int Line);
