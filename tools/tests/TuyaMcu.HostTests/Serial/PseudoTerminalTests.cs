using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// Two ends of a kernel pseudo-terminal, as two programs would use them: the pty master on one
/// side, the slave opened as a serial port with <see cref="PosixSerialPort"/> on the other.
/// </summary>
public sealed class PseudoTerminalTests
{
    [PosixFact]
    public void Bytes_cross_both_ways_unchanged()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 115200);

        // Every byte value, including the ones a cooked tty would translate or act on (CR, LF, ^C, ^S, ^Q, DEL).
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        pty.Write(all);
        Assert.Equal(all, Eventually.ReadExactly(port, all.Length));

        port.Write(all);
        Assert.Equal(all, Eventually.ReadExactly(pty, all.Length));
    }

    [PosixFact]
    public void Reads_return_zero_when_nothing_has_arrived()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 9600);
        var buffer = new byte[64];

        Assert.Equal(0, port.Read(buffer));
        Assert.Equal(0, pty.Read(buffer));
        Assert.False(port.WaitForData(50));
        Assert.False(pty.WaitForData(0));
        Assert.Equal(0, port.Read(Span<byte>.Empty));
    }

    [PosixFact]
    public async Task More_than_the_kernel_buffer_crosses_both_ways()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 115200);
        var random = new Random(1234);
        byte[] toSlave = new byte[256 * 1024];
        byte[] toMaster = new byte[200 * 1024 + 17];
        random.NextBytes(toSlave);
        random.NextBytes(toMaster);

        // Writes wait (poll) while the pty's buffer is full, so each writer needs a reader on another thread.
        Task writer = Task.Run(() => pty.Write(toSlave));
        Assert.Equal(toSlave, Eventually.ReadExactly(port, toSlave.Length));
        await writer.WaitAsync(Eventually.Timeout);

        writer = Task.Run(() => port.Write(toMaster));
        Assert.Equal(toMaster, Eventually.ReadExactly(pty, toMaster.Length));
        await writer.WaitAsync(Eventually.Timeout);
    }

    [PosixFact]
    public void The_slave_can_be_opened_again_after_closing()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using (PosixSerialPort first = PosixSerialPort.Open(pty.SlavePath, 9600))
        {
            first.Write([1, 2, 3]);
            Assert.Equal(new byte[] { 1, 2, 3 }, Eventually.ReadExactly(pty, 3));
        }

        // The exclusive lock and TIOCEXCL are released on close, though the pty keeps the tty open.
        using PosixSerialPort second = PosixSerialPort.Open(pty.SlavePath, 9600);
        pty.Write([4, 5]);
        Assert.Equal(new byte[] { 4, 5 }, Eventually.ReadExactly(second, 2));
    }

    [PosixFact]
    public void Closing_the_pseudo_terminal_disconnects_the_port()
    {
        PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 9600);
        pty.Dispose();

        SerialPortException? error = null;
        var buffer = new byte[16];
        Eventually.Until(
            () =>
            {
                try
                {
                    if (port.WaitForData(200))
                    {
                        port.Read(buffer);
                    }

                    return false;
                }
                catch (SerialPortException e)
                {
                    error = e;
                    return true;
                }
            },
            "the port to report the hang-up");

        SerialPortException e = error!;
        Assert.Equal(SerialErrorKind.Disconnected, e.Kind);
        Assert.Contains(pty.SlavePath, e.Message);
    }

    [PosixFact]
    public void Discarding_queued_bytes_works_on_both_ends()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 9600);
        pty.Write([9, 9, 9]);
        Eventually.Until(() => port.WaitForData(200), "bytes at the port");
        port.DiscardInput();
        Assert.Equal(0, port.Read(new byte[8]));

        pty.DiscardOutput();
        port.DiscardOutput();
        pty.DiscardInput();
    }

    [PosixFact]
    public void Adapters_carry_the_mcu_and_module_sides()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 9600);
        var mcu = new SerialByteTransport(port);
        var module = new SerialModuleLine(pty);

        byte[] heartbeat = [0x55, 0xAA, 0x00, 0xB1, 0x00, 0x00, 0xB0];
        mcu.Write(heartbeat, 0, heartbeat.Length);
        Assert.Equal(heartbeat, Eventually.ReadExactly(pty, heartbeat.Length));

        module.Write(new byte[] { 0x55, 0xAA, 0x00, 0xB1, 0x00, 0x01, 0x00, 0xB1 });
        var received = new byte[16];
        int total = 0;
        Eventually.Until(() => (total += mcu.Read(received, total, received.Length - total)) >= 8, "the reply at the MCU");
        Assert.Equal(new byte[] { 0x55, 0xAA, 0x00, 0xB1, 0x00, 0x01, 0x00, 0xB1 }, received[..8]);

        module.DiscardOutgoing();
        Assert.Equal(0, module.Read(new byte[4]));
    }
}
