using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>
/// The serial line to a module that is not there: nothing ever arrives, and what is sent is only
/// counted. Module-facing requests on it end as "did not answer" after the link's retries.
/// </summary>
public sealed class SilentTransport : IByteTransport
{
    /// <summary>Bytes sent into the void.</summary>
    public long BytesWritten { get; private set; }

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count) => 0;

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count) => BytesWritten += count;
}
