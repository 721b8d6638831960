using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// The numbers that differ between Linux and macOS: open(2) flags, tty ioctls, tcflush
/// selectors, EAGAIN, the termios layout and the baud-rate constants. Everything else the
/// serial layer uses (errno values it names, poll and flock bits, TCSANOW) is the same on both.
/// </summary>
internal sealed class PosixPlatform
{
    // errno values that are the same on Linux and macOS.
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EACCES = 13;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENOTTY = 25;

    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int SetAttributesNow = 0;

    private static readonly Lazy<PosixPlatform?> Detected = new(Detect);

    private PosixPlatform(string name)
    {
        Name = name;
    }

    /// <summary>"Linux" or "macOS".</summary>
    public string Name { get; }

    public bool IsLinux { get; private init; }

    public int OpenReadWrite { get; private init; }

    public int OpenNoControllingTerminal { get; private init; }

    public int OpenNonBlocking { get; private init; }

    public nuint TiocExcl { get; private init; }

    public nuint TiocNxcl { get; private init; }

    public int EAGAIN { get; private init; }

    public int FlushInput { get; private init; }

    public int FlushOutput { get; private init; }

    public required TermiosLayout Termios { get; init; }

    /// <summary>Baud rate → its code in c_cflag (Linux's Bnnn; on macOS the rate itself).</summary>
    public required IReadOnlyDictionary<int, ulong> BaudRates { get; init; }

    /// <summary>Said after "permission denied".</summary>
    public string PermissionHint { get; private init; } = "";

    /// <summary>The flags every tty here is opened with: read/write, not as controlling terminal, non-blocking.</summary>
    public int TtyOpenFlags => OpenReadWrite | OpenNoControllingTerminal | OpenNonBlocking;

    /// <summary>The running platform's numbers, or null where the serial layer has none (Windows, BSDs, unusual Linux CPUs).</summary>
    public static PosixPlatform? Current => Detected.Value;

    /// <summary>Why <see cref="Current"/> is null, as a sentence for the user.</summary>
    public static string UnsupportedReason
    {
        get
        {
            if (OperatingSystem.IsWindows())
            {
                return "pseudo-terminals and the termios backend need Linux or macOS (on Windows, --port COMn opens through System.IO.Ports)";
            }

            if (OperatingSystem.IsLinux())
            {
                return $"serial ports are not supported on Linux/{RuntimeInformation.OSArchitecture} (its termios layout is not known here)";
            }

            return $"serial ports are not supported on {RuntimeInformation.OSDescription} (Linux and macOS only)";
        }
    }

    private static PosixPlatform? Detect()
    {
        if (OperatingSystem.IsLinux())
        {
            // PowerPC, MIPS, SPARC and Alpha use other termios layouts and flag values.
            return RuntimeInformation.OSArchitecture is Architecture.X64 or Architecture.Arm64 or Architecture.X86
                or Architecture.Arm or Architecture.RiscV64 or Architecture.LoongArch64
                ? Linux()
                : null;
        }

        return OperatingSystem.IsMacOS() ? MacOS() : null;
    }

    private static PosixPlatform Linux() => new("Linux")
    {
        IsLinux = true,
        OpenReadWrite = 0x2,
        OpenNoControllingTerminal = 0x100,
        OpenNonBlocking = 0x800,
        TiocExcl = 0x540C,
        TiocNxcl = 0x540D,
        EAGAIN = 11,
        FlushInput = 0,
        FlushOutput = 1,
        PermissionHint = " (add yourself to the dialout group)",

        // glibc and musl: tcflag_t is 32 bits; iflag, oflag, cflag, lflag, c_line, c_cc[32], ispeed, ospeed: 60 bytes.
        // The speed is set as a Bnnn code in c_cflag, not through cfsetospeed: glibc 2.42 changed
        // cfsetospeed (new symbol version, which dlsym finds) to take the rate instead of the code,
        // while older glibc and musl take only the code. The kernel and every glibc honour the code
        // in c_cflag; the rate is also written to c_ispeed/c_ospeed, which glibc 2.42 reads.
        Termios = new TermiosLayout
        {
            FlagSize = 4,
            InputFlagsOffset = 0,
            ControlFlagsOffset = 8,
            ControlCharsOffset = 17,
            VMin = 6,
            VTime = 5,
            SpeedCodeMask = 0x100F | 0x100F_0000,      // CBAUD | CIBAUD
            OutputSpeedCodeMask = 0x100F,              // CBAUD
            InputSpeedOffset = 52,
            OutputSpeedOffset = 56,
            SpeedSize = 4,
            InputFlowControl = 0x400 | 0x1000 | 0x800, // IXON | IXOFF | IXANY
            CharacterSize = 0x30,                      // CSIZE
            EightBits = 0x30,                          // CS8
            TwoStopBits = 0x40,                        // CSTOPB
            ParityEnable = 0x100,                      // PARENB
            EnableReceiver = 0x80,                     // CREAD
            IgnoreModemLines = 0x800,                  // CLOCAL
            HardwareFlowControl = 0x80000000,          // CRTSCTS
        },
        BaudRates = new Dictionary<int, ulong>
        {
            [1200] = 0x9, [2400] = 0xB, [4800] = 0xC, [9600] = 0xD, [19200] = 0xE, [38400] = 0xF,
            [57600] = 0x1001, [115200] = 0x1002, [230400] = 0x1003, [460800] = 0x1004, [921600] = 0x1007,
        },
    };

    private static PosixPlatform MacOS() => new("macOS")
    {
        OpenReadWrite = 0x2,
        OpenNoControllingTerminal = 0x20000,
        OpenNonBlocking = 0x4,
        TiocExcl = 0x2000740D, // _IO('t', 13)
        TiocNxcl = 0x2000740E, // _IO('t', 14)
        EAGAIN = 35,
        FlushInput = 1,
        FlushOutput = 2,
        PermissionHint = " (check the device's owner and mode)",

        // tcflag_t and speed_t are unsigned long: iflag, oflag, cflag, lflag, c_cc[20], pad, ispeed, ospeed: 72 bytes.
        Termios = new TermiosLayout
        {
            FlagSize = 8,
            InputFlagsOffset = 0,
            ControlFlagsOffset = 16,
            ControlCharsOffset = 32,
            VMin = 16,
            VTime = 17,
            SpeedCodeMask = 0,
            OutputSpeedCodeMask = 0,
            InputSpeedOffset = 56,
            OutputSpeedOffset = 64,
            SpeedSize = 8,
            InputFlowControl = 0x200 | 0x400 | 0x800, // IXON | IXOFF | IXANY
            CharacterSize = 0x300,                    // CSIZE
            EightBits = 0x300,                        // CS8
            TwoStopBits = 0x400,                      // CSTOPB
            ParityEnable = 0x1000,                    // PARENB
            EnableReceiver = 0x800,                   // CREAD
            IgnoreModemLines = 0x8000,                // CLOCAL
            HardwareFlowControl = 0x30000 | 0x40000 | 0x80000 | 0x100000, // CRTSCTS, CDTR_IFLOW, CDSR_OFLOW, CCAR_OFLOW
        },

        // macOS speeds are the rates themselves; faster ones need the IOSSIOSPEED ioctl.
        BaudRates = new Dictionary<int, ulong>
        {
            [1200] = 1200, [2400] = 2400, [4800] = 4800, [9600] = 9600, [19200] = 19200, [38400] = 38400,
            [57600] = 57600, [115200] = 115200, [230400] = 230400,
        },
    };
}
