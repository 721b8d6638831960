using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>A clock that also knows the world's true UTC time: virtual in simulations, the system's at the bench.</summary>
public interface ISimulationClock : IClock
{
    /// <summary>True UTC time, seconds since 1970.</summary>
    long TrueUnixSeconds { get; }
}
