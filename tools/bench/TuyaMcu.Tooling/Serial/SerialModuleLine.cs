using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// The module simulator's <see cref="IModuleLine"/> over a serial line: the simulator answers a
/// real MCU on a serial port, or a program on the slave side of a pseudo-terminal. Does not own
/// the endpoint: dispose that yourself.
/// </summary>
public sealed class SerialModuleLine(ISerialEndpoint endpoint) : IModuleLine
{
    /// <summary>The line underneath.</summary>
    public ISerialEndpoint Endpoint { get; } = endpoint ?? throw new ArgumentNullException(nameof(endpoint));

    /// <inheritdoc />
    public int Read(Span<byte> destination) => Endpoint.Read(destination);

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes) => Endpoint.Write(bytes);

    /// <summary>Drops bytes queued towards the MCU that the kernel has not sent yet (tcflush).</summary>
    public void DiscardOutgoing() => Endpoint.DiscardOutput();
}
