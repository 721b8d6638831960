namespace TuyaMcu.Tooling.Simulation;

/// <summary>The module's end of a serial line: a simulated UART, or a real serial port or pseudo-terminal.</summary>
public interface IModuleLine
{
    /// <summary>Takes bytes that have arrived from the MCU; 0 when none. Never blocks.</summary>
    int Read(Span<byte> destination);

    /// <summary>Sends bytes to the MCU.</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>Drops bytes still queued towards the MCU (the module reset).</summary>
    void DiscardOutgoing();
}
