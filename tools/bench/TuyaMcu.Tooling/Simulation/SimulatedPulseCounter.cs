using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>A free-running pulse counter of a given width; a simulation adds pulses.</summary>
public sealed class SimulatedPulseCounter(int bits = 64) : IPulseCounter
{
    private ulong _count;

    /// <inheritdoc />
    public int CounterBits { get; } = bits;

    /// <summary>Pulses counted in all (never wraps here).</summary>
    public long Total { get; private set; }

    /// <summary>Adds pulses.</summary>
    public void Add(long pulses)
    {
        _count += (ulong)pulses;
        Total += pulses;
    }

    /// <inheritdoc />
    public ulong Read() => CounterBits == 64 ? _count : _count & ((1UL << CounterBits) - 1);
}
