using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// The System.IO.Ports endpoint (how the tool reaches COM ports on Windows) over a kernel
/// pseudo-terminal: the pty master on one side, its slave opened with <see cref="DotNetSerialPort"/>.
/// </summary>
public sealed class DotNetSerialPortTests
{
    [PosixTheory]
    [InlineData(9600)]
    [InlineData(115200)]
    public void EveryByteValue_CrossesBothWaysUnchanged(int baud)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using DotNetSerialPort port = DotNetSerialPort.Open(pty.SlavePath, baud);
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        pty.Write(all);
        Assert.Equal(all, Eventually.ReadExactly(port, all.Length));

        port.Write(all);
        Assert.Equal(all, Eventually.ReadExactly(pty, all.Length));
        Assert.Equal(baud, port.BaudRate);
    }

    [PosixTheory]
    [InlineData(9600)]
    [InlineData(115200)]
    public async Task MoreThanTheKernelBuffer_CrossesBothWays(int baud)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using DotNetSerialPort port = DotNetSerialPort.Open(pty.SlavePath, baud);
        var random = new Random(baud);
        byte[] toPort = new byte[64 * 1024 + 3];
        byte[] toPty = new byte[48 * 1024 + 11];
        random.NextBytes(toPort);
        random.NextBytes(toPty);

        // Writes wait while the pty's buffer is full, so each writer needs a reader on another thread.
        Task writer = Task.Run(() => pty.Write(toPort));
        Assert.Equal(toPort, Eventually.ReadExactly(port, toPort.Length));
        await writer.WaitAsync(Eventually.Timeout);

        writer = Task.Run(() => port.Write(toPty));
        Assert.Equal(toPty, Eventually.ReadExactly(pty, toPty.Length));
        await writer.WaitAsync(Eventually.Timeout);
    }

    [PosixFact]
    public void Reads_ReturnZero_AndWaitsTimeOut_WhenNothingHasArrived()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using DotNetSerialPort port = DotNetSerialPort.Open(pty.SlavePath, 9600);
        var buffer = new byte[64];

        Assert.Equal(0, port.Read(buffer));
        Assert.False(port.WaitForData(0));
        Assert.False(port.WaitForData(40));
        Assert.Equal(0, port.Read(Span<byte>.Empty));

        pty.Write([0x55]);
        Assert.True(port.WaitForData(-1));
        Assert.Equal(1, port.Read(buffer));
        Assert.Equal(0x55, buffer[0]);
    }

    [PosixFact]
    public void DiscardInput_DropsWhatHasArrived()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using DotNetSerialPort port = DotNetSerialPort.Open(pty.SlavePath, 9600);
        pty.Write([9, 9, 9]);
        Eventually.Until(() => port.WaitForData(200), "bytes at the port");

        port.DiscardInput();
        port.DiscardOutput();

        Assert.Equal(0, port.Read(new byte[8]));
        pty.Write([4]);
        Assert.Equal(new byte[] { 4 }, Eventually.ReadExactly(port, 1));
    }

    [PosixFact]
    public void ClosingThePseudoTerminal_IsAHangUp_ForWaitsReadsAndWrites()
    {
        PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        DotNetSerialPort port = DotNetSerialPort.Open(pty.SlavePath, 9600);
        pty.Dispose();
        string expected = $"serial device {pty.SlavePath} was disconnected (hang-up)";

        var wait = Assert.Throws<SerialPortException>(() => port.WaitForData(1000));
        var read = Assert.Throws<SerialPortException>(() => port.Read(new byte[8]));
        var write = Assert.Throws<SerialPortException>(() => port.Write([1, 2, 3]));

        Assert.All([wait, read, write], e => Assert.Equal((SerialErrorKind.Disconnected, expected), (e.Kind, e.Message)));

        // Closing does not wait for anything the dead line will never take.
        Assert.True(Task.Run(port.Dispose).Wait(Eventually.Timeout), "Dispose hung after the hang-up");
    }

    [PosixFact]
    public void Dispose_ReleasesThePort_ForEitherBackend()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        DotNetSerialPort.Open(pty.SlavePath, 9600).Dispose();

        using (PosixSerialPort termios = PosixSerialPort.Open(pty.SlavePath, 9600))
        {
            pty.Write([1]);
            Assert.Equal(new byte[] { 1 }, Eventually.ReadExactly(termios, 1));
        }

        using DotNetSerialPort again = DotNetSerialPort.Open(pty.SlavePath, 9600);
        pty.Write([2]);
        Assert.Equal(new byte[] { 2 }, Eventually.ReadExactly(again, 1));
    }

    [PosixFact]
    public void SerialPorts_OpensWithTheBackendAsked()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();

        using (ISerialEndpoint port = SerialPorts.Open(pty.SlavePath, 9600, SerialBackend.DotNet))
        {
            Assert.IsType<DotNetSerialPort>(port);
            Assert.Equal($"serial device {pty.SlavePath}", port.Name);
        }

        using ISerialEndpoint byDefault = SerialPorts.Open(pty.SlavePath, 9600);
        Assert.IsType(OperatingSystem.IsWindows() ? typeof(DotNetSerialPort) : typeof(PosixSerialPort), byDefault);
    }
}
