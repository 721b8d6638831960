using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>An output pin in a simulation: remembers its level and when it last changed.</summary>
public sealed class SimulatedPin(VirtualClock clock, bool initialHigh = true) : IDigitalOutput
{
    /// <summary>Current level.</summary>
    public bool IsHigh { get; private set; } = initialHigh;

    /// <summary>Uptime of the last change.</summary>
    public long ChangedAtMs { get; private set; }

    /// <summary>Length of the last low pulse, ms (0 if none yet).</summary>
    public long LastLowPulseMs { get; private set; }

    /// <summary>Length of the last high pulse, ms (0 if none yet).</summary>
    public long LastHighPulseMs { get; private set; }

    /// <summary>Times the pin went high.</summary>
    public int HighPulses { get; private set; }

    /// <summary>Uptime at which the last low pulse ended.</summary>
    public long LastLowPulseEndedAtMs { get; private set; } = -1;

    /// <summary>Times the pin went low.</summary>
    public int LowPulses { get; private set; }

    /// <inheritdoc />
    public void Write(bool high)
    {
        if (high == IsHigh)
        {
            return;
        }

        if (high)
        {
            LastLowPulseMs = clock.UptimeMs - ChangedAtMs;
            LastLowPulseEndedAtMs = clock.UptimeMs;
            HighPulses++;
        }
        else
        {
            LowPulses++;
            LastHighPulseMs = clock.UptimeMs - ChangedAtMs;
        }

        IsHigh = high;
        ChangedAtMs = clock.UptimeMs;
    }
}
