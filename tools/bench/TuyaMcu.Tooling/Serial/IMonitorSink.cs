using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Serial;

/// <summary>Receives what a <see cref="SerialFrameMonitor"/> sees on the line, in stream order.</summary>
public interface IMonitorSink
{
    /// <summary>
    /// A frame (or, with <paramref name="checksumOk"/> false, a frame-shaped run whose checksum is
    /// wrong) whose first byte was read at <paramref name="receivedAt"/>. The view is valid only during the call.
    /// </summary>
    void OnFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk);
}
