using TuyaMcu.Hal;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>The MCU's end of the line, with every byte in either direction shown to a <see cref="WireTimeline"/>.</summary>
public sealed class TappedTransport(IByteTransport transport, WireTimeline timeline) : IByteTransport
{
    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count)
    {
        int n = transport.Read(buffer, offset, count);
        if (n > 0)
        {
            timeline.ModuleSent(buffer[offset..(offset + n)]);
        }

        return n;
    }

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count)
    {
        transport.Write(buffer, offset, count);
        timeline.McuSent(buffer[offset..(offset + count)]);
    }
}
