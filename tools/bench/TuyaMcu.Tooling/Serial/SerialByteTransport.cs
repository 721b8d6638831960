using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// The MCU side's <see cref="IByteTransport"/> over a serial line on the host: the firmware's
/// link layer talks to a real module (or to a simulator behind a pseudo-terminal). Does not own
/// the endpoint: dispose that yourself.
/// </summary>
public sealed class SerialByteTransport(ISerialEndpoint endpoint) : IByteTransport
{
    /// <summary>The line underneath.</summary>
    public ISerialEndpoint Endpoint { get; } = endpoint ?? throw new ArgumentNullException(nameof(endpoint));

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count) => Endpoint.Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count) => Endpoint.Write(buffer.AsSpan(offset, count));
}
