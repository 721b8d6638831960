using TuyaMcu.ApiTwins.Simulation;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Board;

/// <summary>The module's end of a simulated ESP32 UART (the API twins' board), for the module simulator.</summary>
internal sealed class TwinUartLine(SimulatedUart uart) : IModuleLine
{
    private readonly Queue<byte> _fromMcu = new();

    public int Read(Span<byte> destination)
    {
        foreach (byte b in uart.DrainSent())
        {
            _fromMcu.Enqueue(b);
        }

        int n = 0;
        while (n < destination.Length && _fromMcu.Count > 0)
        {
            destination[n++] = _fromMcu.Dequeue();
        }

        return n;
    }

    public void Write(ReadOnlySpan<byte> bytes) => uart.Deliver(bytes.ToArray());

    // Delivered bytes are already in the device's receive buffer, as on a real wire: nothing to drop.
    public void DiscardOutgoing()
    {
    }
}
