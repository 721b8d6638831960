namespace TuyaMcu.HostTests;

/// <summary>
/// Tests that measure memory or allocation run in this collection: after the parallel tests and
/// one at a time, so other tests' allocations do not show in their figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}
