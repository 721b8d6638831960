using System.Diagnostics;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>Real time, for the bench tool on real serial lines.</summary>
public sealed class SystemClock : ISimulationClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <inheritdoc />
    public long UptimeMs => _watch.ElapsedMilliseconds;

    /// <inheritdoc />
    public long TrueUnixSeconds => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
