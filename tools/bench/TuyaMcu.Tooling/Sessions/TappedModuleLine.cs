using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>The module's end of the line, with every byte in either direction shown to a <see cref="WireTimeline"/>.</summary>
public sealed class TappedModuleLine(IModuleLine line, WireTimeline timeline) : IModuleLine
{
    /// <inheritdoc />
    public int Read(Span<byte> destination)
    {
        int n = line.Read(destination);
        if (n > 0)
        {
            timeline.McuSent(destination[..n].ToArray());
        }

        return n;
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes)
    {
        line.Write(bytes);
        timeline.ModuleSent(bytes.ToArray());
    }

    /// <inheritdoc />
    public void DiscardOutgoing() => line.DiscardOutgoing();
}
