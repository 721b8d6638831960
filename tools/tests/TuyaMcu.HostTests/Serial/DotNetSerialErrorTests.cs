using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// A port opened through System.IO.Ports fails with the same one-line messages as one opened
/// through termios: for real on this machine's ttys, and for the exception shapes System.IO.Ports
/// throws on Windows, built as its sources build them.
/// </summary>
public sealed class DotNetSerialErrorTests
{
    private static SerialPortException OpenFails(string device, int baud = 9600) =>
        Assert.Throws<SerialPortException>(() => SerialPorts.Open(device, baud, SerialBackend.DotNet));

    [PosixFact]
    public void AMissingDevice_IsNamed()
    {
        SerialPortException e = OpenFails("/dev/ttyUSB-tuyamcu-missing");

        Assert.Equal((SerialErrorKind.NotFound, "serial device /dev/ttyUSB-tuyamcu-missing does not exist"), (e.Kind, e.Message));
    }

    [Fact]
    public void ARegularFile_IsNotATty()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "not a serial port");

        SerialPortException e = OpenFails(file.Path);

        Assert.Equal((SerialErrorKind.NotATty, $"{file.Path} is not a serial device (not a tty)"), (e.Kind, e.Message));
    }

    [PosixTheory]
    [InlineData("/dev/null")]
    [InlineData("/tmp")]
    public void OtherNonTerminals_AreNotTtys(string path)
    {
        SerialPortException e = OpenFails(path);

        Assert.Equal((SerialErrorKind.NotATty, $"{path} is not a serial device (not a tty)"), (e.Kind, e.Message));
    }

    [PosixTheory]
    [InlineData(SerialBackend.Termios, SerialBackend.DotNet)]
    [InlineData(SerialBackend.DotNet, SerialBackend.Termios)]
    [InlineData(SerialBackend.DotNet, SerialBackend.DotNet)]
    public void APortHeldByEitherBackend_IsBusyForTheOther(SerialBackend holder, SerialBackend second)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();
        using ISerialEndpoint held = SerialPorts.Open(pty.SlavePath, 9600, holder);

        var e = Assert.Throws<SerialPortException>(() => SerialPorts.Open(pty.SlavePath, 9600, second));

        Assert.Equal((SerialErrorKind.Busy, $"serial device {pty.SlavePath} is busy (in use by another program)"), (e.Kind, e.Message));
        pty.Write([7]);
        Assert.Equal(new byte[] { 7 }, Eventually.ReadExactly(held, 1));
    }

    [PosixTheory]
    [InlineData(0)]
    [InlineData(12345)]
    public void AnUnsupportedBaudRate_IsRefusedBeforeOpening(int baud)
    {
        using PseudoTerminal pty = SerialPorts.OpenPseudoTerminal();

        SerialPortException e = OpenFails(pty.SlavePath, baud);

        Assert.Equal(SerialErrorKind.UnsupportedBaudRate, e.Kind);
        Assert.StartsWith($"unsupported baud rate {baud} (supported on ", e.Message);
        using ISerialEndpoint port = SerialPorts.Open(pty.SlavePath, 9600, SerialBackend.DotNet);
    }

    [PosixTheory]
    [InlineData(2, SerialErrorKind.NotFound, "serial device /dev/ttyUSB7 does not exist")]
    [InlineData(16, SerialErrorKind.Busy, "serial device /dev/ttyUSB7 is busy (in use by another program)")]
    [InlineData(25, SerialErrorKind.NotATty, "/dev/ttyUSB7 is not a serial device (not a tty)")]
    [InlineData(6, SerialErrorKind.NoHardware, "serial device /dev/ttyUSB7 has no hardware behind it (unplugged or not configured)")]
    public void OnLinuxAndMacOS_TheErrnoInsideAccessDenied_GivesTheReason(int errno, SerialErrorKind kind, string message)
    {
        var thrown = new UnauthorizedAccessException("Access to the port '/dev/ttyUSB7' is denied.", new IOException("reason", errno));

        SerialPortException? e = DotNetSerialErrors.ForOpenFailure("/dev/ttyUSB7", 9600, thrown);

        Assert.Equal((kind, message), (e?.Kind, e?.Message));
    }

    [PosixFact]
    public void OnLinuxAndMacOS_PermissionDenied_KeepsThePlatformHint()
    {
        var thrown = new UnauthorizedAccessException("Access to the port '/dev/ttyUSB7' is denied.", new IOException("Permission denied", 13));

        SerialPortException? e = DotNetSerialErrors.ForOpenFailure("/dev/ttyUSB7", 9600, thrown);

        Assert.Equal(SerialErrorKind.PermissionDenied, e?.Kind);
        Assert.StartsWith("serial device /dev/ttyUSB7: permission denied", e?.Message);
    }

    [PosixFact]
    public void AnErrnoWithNoKnownMeaning_AsksForAnotherAttempt_ThenIsReportedAsIs()
    {
        // The first failed open in a process reports errno 203 ("Unknown error 203") on Linux.
        var thrown = new UnauthorizedAccessException("Access to the port '/dev/ttyUSB7' is denied.", new IOException("Unknown error 203", 203));

        Assert.Null(DotNetSerialErrors.ForOpenFailure("/dev/ttyUSB7", 9600, thrown));
        SerialPortException e = DotNetSerialErrors.Unexplained("/dev/ttyUSB7", thrown);
        Assert.Equal((SerialErrorKind.IoError, "serial device /dev/ttyUSB7: cannot open: Unknown error 203"), (e.Kind, e.Message));
    }

    public static TheoryData<Exception, SerialErrorKind, string> WindowsFailures => new()
    {
        { new FileNotFoundException("Could not find file 'COM9'.", "COM9"), SerialErrorKind.NotFound, "serial device COM9 does not exist" },
        { new UnauthorizedAccessException("Access to the path 'COM9' is denied."), SerialErrorKind.Busy, "serial device COM9 is busy (in use by another program)" },
        { new IOException("The process cannot access the file.", unchecked((int)0x80070020)), SerialErrorKind.Busy, "serial device COM9 is busy (in use by another program)" },
        { new ArgumentException("The given port name (COM9) does not resolve to a valid serial port.", "portName"), SerialErrorKind.NotATty, "COM9 is not a serial device (Windows names them COM1, COM2, ...)" },
        { new ArgumentOutOfRangeException("baudRate", "The maximum baud rate for the device is 115200."), SerialErrorKind.UnsupportedBaudRate, "serial device COM9 does not support 921600 baud" },
        { new IOException("A device attached to the system is not functioning.", unchecked((int)0x8007001F)), SerialErrorKind.NoHardware, "serial device COM9 has no hardware behind it (unplugged or not configured)" },
        { new IOException("The semaphore timeout period has expired.", unchecked((int)0x80070079)), SerialErrorKind.IoError, "serial device COM9: cannot open: The semaphore timeout period has expired" },
    };

    [Theory]
    [MemberData(nameof(WindowsFailures))]
    public void OnWindows_EachFailureShape_GivesItsLine(Exception thrown, SerialErrorKind kind, string message)
    {
        SerialPortException? e = DotNetSerialErrors.ForOpenFailure("COM9", 921600, thrown);

        Assert.Equal((kind, message), (e?.Kind, e?.Message));
    }

    [Fact]
    public void FailuresOnAnOpenLine_AreDisconnections_OrAStalledWrite()
    {
        SerialPortException gone = DotNetSerialErrors.ForLineFailure("serial device COM9", new UnauthorizedAccessException("Access to the port 'COM9' is denied."));
        SerialPortException stalled = DotNetSerialErrors.ForLineFailure("serial device COM9", new TimeoutException("The write timed out."));

        Assert.Equal((SerialErrorKind.Disconnected, "serial device COM9 was disconnected (Access to the port 'COM9' is denied)"), (gone.Kind, gone.Message));
        Assert.Equal(SerialErrorKind.WriteStalled, stalled.Kind);
        Assert.StartsWith("serial device COM9: write stalled", stalled.Message);
    }
}
