using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>The MCU's end of a simulated serial line: reads one channel, writes the other.</summary>
public sealed class SimulatedTransport(SimulatedChannel incoming, SimulatedChannel outgoing) : IByteTransport
{
    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count) => incoming.Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count) => outgoing.Write(buffer.AsSpan(offset, count));
}
