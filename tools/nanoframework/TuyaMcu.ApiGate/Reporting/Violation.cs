namespace TuyaMcu.ApiGate.Reporting;

/// <summary>
/// One problem the gate found. <see cref="File"/> is relative to the repository root with forward
/// slashes (or a pseudo-location such as <c>twin:T:Some.Type</c>); <see cref="Line"/> is 1-based,
/// or null when there is no line to name.
/// </summary>
internal sealed record Violation(string File, int? Line, string Message)
{
    public override string ToString() => Line is int line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
