using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>Every way opening a port can fail gives one clear line naming the device, and the right kind.</summary>
public sealed class SerialPortErrorTests
{
    [PosixFact]
    public void A_port_already_open_is_busy()
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort first = PosixSerialPort.Open(pty.SlavePath, 9600);

        var e = Assert.Throws<SerialPortException>(() => PosixSerialPort.Open(pty.SlavePath, 9600));
        Assert.Equal(SerialErrorKind.Busy, e.Kind);
        Assert.Equal($"serial device {pty.SlavePath} is busy (in use by another program)", e.Message);

        // The failed attempt did not disturb the open port.
        pty.Write([7]);
        Assert.Equal(new byte[] { 7 }, Eventually.ReadExactly(first, 1));
    }

    [PosixFact]
    public void A_missing_device_is_named()
    {
        var e = Assert.Throws<SerialPortException>(() => SerialPorts.Open("/dev/ttyUSB-tuyamcu-missing", 9600));
        Assert.Equal(SerialErrorKind.NotFound, e.Kind);
        Assert.Equal("serial device /dev/ttyUSB-tuyamcu-missing does not exist", e.Message);
    }

    [Fact]
    public void A_regular_file_is_not_a_tty()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "not a serial port");

        var e = Assert.Throws<SerialPortException>(() => SerialPorts.Open(file.Path, 9600));
        Assert.Equal(SerialErrorKind.NotATty, e.Kind);
        Assert.Equal($"{file.Path} is not a serial device (not a tty)", e.Message);
    }

    [PosixTheory]
    [InlineData("/dev/null")]
    [InlineData("/tmp")]
    public void Other_non_terminals_are_not_ttys(string path)
    {
        var e = Assert.Throws<SerialPortException>(() => SerialPorts.Open(path, 9600));
        Assert.Equal(SerialErrorKind.NotATty, e.Kind);
        Assert.EndsWith("is not a serial device (not a tty)", e.Message);
    }

    [PosixTheory]
    [InlineData(0)]
    [InlineData(12345)]
    [InlineData(-9600)]
    public void An_unsupported_baud_rate_is_refused(int baud)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();

        var e = Assert.Throws<SerialPortException>(() => PosixSerialPort.Open(pty.SlavePath, baud));
        Assert.Equal(SerialErrorKind.UnsupportedBaudRate, e.Kind);
        Assert.StartsWith($"unsupported baud rate {baud} (supported on ", e.Message);
        Assert.Contains("9600, 19200, 38400, 57600, 115200", e.Message);

        // Nothing was left open or locked.
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, 9600);
    }

    [PosixTheory]
    [InlineData(9600)]
    [InlineData(19200)]
    [InlineData(38400)]
    [InlineData(57600)]
    [InlineData(115200)]
    public void The_usual_baud_rates_are_supported(int baud)
    {
        Assert.Contains(baud, SerialPorts.SupportedBaudRates);
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using PosixSerialPort port = PosixSerialPort.Open(pty.SlavePath, baud);
        Assert.Equal(baud, port.BaudRate);
    }

    [PosixFact]
    public void Permission_denied_suggests_the_dialout_group()
    {
        // Root opens anything, so the mapping is checked directly (EACCES is 13 on Linux and macOS).
        SerialPortException e = SerialPortException.ForOpenFailure("/dev/ttyUSB0", 13);
        Assert.Equal(SerialErrorKind.PermissionDenied, e.Kind);
        Assert.Equal("serial device /dev/ttyUSB0: permission denied (add yourself to the dialout group)", e.Message);
    }

    [Fact]
    public void Permission_denied_on_a_real_open_when_not_root()
    {
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux())
        {
            return; // root bypasses file modes
        }

        using var file = new TempFile();
        File.WriteAllText(file.Path, "");
        File.SetUnixFileMode(file.Path, UnixFileMode.None);
        var e = Assert.Throws<SerialPortException>(() => SerialPorts.Open(file.Path, 9600));
        Assert.Equal(SerialErrorKind.PermissionDenied, e.Kind);
        Assert.Contains("permission denied", e.Message);
    }
}
