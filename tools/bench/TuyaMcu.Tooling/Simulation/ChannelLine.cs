namespace TuyaMcu.Tooling.Simulation;

/// <summary>The module's end of a simulated UART: reads what the MCU wrote, writes towards the MCU.</summary>
public sealed class ChannelLine(SimulatedChannel toMcu, SimulatedChannel fromMcu) : IModuleLine
{
    /// <inheritdoc />
    public int Read(Span<byte> destination) => fromMcu.Read(destination);

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes) => toMcu.Write(bytes);

    /// <inheritdoc />
    public void DiscardOutgoing() => toMcu.Clear();
}
