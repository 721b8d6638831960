using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>
/// A serial endpoint that counts the bytes its user wrote and read, so a lockstep run knows when
/// bytes are still on their way through the kernel. Flushes are refused: they would drop bytes
/// nobody could then account for.
/// </summary>
internal sealed class CountingEndpoint(ISerialEndpoint inner) : ISerialEndpoint
{
    public long BytesWritten { get; private set; }

    public long BytesRead { get; private set; }

    public string Name => inner.Name;

    public int Read(Span<byte> destination)
    {
        int n = inner.Read(destination);
        BytesRead += n;
        return n;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        inner.Write(bytes);
        BytesWritten += bytes.Length;
    }

    public bool WaitForData(int timeoutMs) => inner.WaitForData(timeoutMs);

    public void DiscardInput() => throw new InvalidOperationException($"{Name}: a lockstep run cannot account for flushed input");

    public void DiscardOutput() => throw new InvalidOperationException($"{Name}: a lockstep run cannot account for flushed output (a module reset)");

    public void Dispose() => inner.Dispose();
}
