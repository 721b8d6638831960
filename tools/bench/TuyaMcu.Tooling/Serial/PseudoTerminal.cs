using System.Runtime.InteropServices;
using System.Text;
using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// A kernel pseudo-terminal pair. Another program opens <see cref="SlavePath"/> as its serial port
/// (for example with <see cref="PosixSerialPort"/>); this object is the other end of that line:
/// what the program writes is read here, what is written here the program reads. Both sides are
/// raw (8 bits through untouched, no echo, no line editing).
/// </summary>
/// <remarks>
/// The pair stays usable while programs open and close the slave: this object keeps a slave
/// descriptor of its own, so the master never sees a hang-up in between, and the raw settings
/// stick to the tty rather than to one opener.
/// </remarks>
public sealed class PseudoTerminal : ISerialEndpoint
{
    private readonly TtyFile _master;
    private readonly FileDescriptorHandle _heldSlave;

    private PseudoTerminal(TtyFile master, FileDescriptorHandle heldSlave, string slavePath)
    {
        _master = master;
        _heldSlave = heldSlave;
        SlavePath = slavePath;
    }

    /// <summary>The slave device, e.g. /dev/pts/3 or /dev/ttys004: the path a program opens as its serial port.</summary>
    public string SlavePath { get; }

    /// <inheritdoc />
    public string Name => _master.Name;

    /// <summary>Creates a pseudo-terminal pair with both sides in raw mode.</summary>
    /// <exception cref="SerialPortException">The system has no free pseudo-terminals, or the OS is unsupported.</exception>
    public static PseudoTerminal Open()
    {
        PosixPlatform platform = PosixPlatform.Current
            ?? throw new SerialPortException(SerialErrorKind.PlatformNotSupported, PosixPlatform.UnsupportedReason);
        int flags = platform.TtyOpenFlags;

        // glibc's posix_openpt passes every open(2) flag on; macOS's accepts only O_RDWR|O_NOCTTY,
        // and setting O_NONBLOCK later would need fcntl's variadic argument, which P/Invoke cannot
        // pass on Apple silicon, so open /dev/ptmx (what posix_openpt does) directly there.
        var master = new FileDescriptorHandle(platform.IsLinux ? LibC.PosixOpenPt(flags) : LibC.Open("/dev/ptmx", flags));
        if (master.IsInvalid)
        {
            int errno = Marshal.GetLastPInvokeError();
            master.Dispose();
            throw Failed("posix_openpt", errno);
        }

        FileDescriptorHandle? slave = null;
        try
        {
            if (LibC.GrantPt(master) != 0)
            {
                throw Failed("grantpt", Marshal.GetLastPInvokeError());
            }

            if (LibC.UnlockPt(master) != 0)
            {
                throw Failed("unlockpt", Marshal.GetLastPInvokeError());
            }

            string slavePath = SlaveName(master);
            slave = new FileDescriptorHandle(LibC.Open(slavePath, flags));
            if (slave.IsInvalid)
            {
                throw Failed("open " + slavePath, Marshal.GetLastPInvokeError());
            }

            MakeRaw(slave, platform, "slave");
            MakeRaw(master, platform, "master");
            return new PseudoTerminal(new TtyFile(master, $"pseudo-terminal {slavePath}", platform), slave, slavePath);
        }
        catch
        {
            slave?.Dispose();
            master.Dispose();
            throw;
        }
    }

    /// <summary>Reads what the program on the slave side wrote; 0 when nothing has arrived.</summary>
    public int Read(Span<byte> destination) => _master.Read(destination);

    /// <summary>Sends bytes to the program on the slave side.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => _master.Write(bytes);

    /// <inheritdoc />
    public bool WaitForData(int timeoutMs) => _master.WaitForData(timeoutMs);

    /// <inheritdoc />
    public void DiscardInput() => _master.Flush(output: false);

    /// <inheritdoc />
    public void DiscardOutput() => _master.Flush(output: true);

    /// <summary>Closes both descriptors; the slave path then disappears and its openers see a hang-up.</summary>
    public void Dispose()
    {
        _master.Dispose();
        _heldSlave.Dispose();
    }

    private static string SlaveName(FileDescriptorHandle master)
    {
        byte[] buffer = new byte[256];
        int result = LibC.PtsNameR(master, buffer, (nuint)buffer.Length);
        if (result != 0)
        {
            // glibc returns the error number; macOS returns -1 and sets errno.
            throw Failed("ptsname_r", result > 0 ? result : Marshal.GetLastPInvokeError());
        }

        int length = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, length < 0 ? buffer.Length : length);
    }

    private static void MakeRaw(FileDescriptorHandle fd, PosixPlatform platform, string side)
    {
        Termios termios = Termios.TryRead(fd, platform.Termios, out int errno) ?? throw Failed($"tcgetattr ({side})", errno);
        termios.MakeRaw8N1();
        errno = termios.TryApply(fd);
        if (errno != 0)
        {
            throw Failed($"tcsetattr ({side})", errno);
        }
    }

    private static SerialPortException Failed(string operation, int errno) =>
        new(SerialErrorKind.IoError, $"cannot create a pseudo-terminal: {operation} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})");
}
