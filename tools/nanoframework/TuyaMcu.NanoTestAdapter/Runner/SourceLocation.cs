namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>Where a test method is written.</summary>
    /// <param name="FilePath">The source file, as the PDB recorded it.</param>
    /// <param name="LineNumber">The first line of the method body.</param>
    public sealed record SourceLocation(string FilePath, int LineNumber);
}
