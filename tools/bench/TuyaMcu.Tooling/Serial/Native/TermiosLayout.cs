namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// Where the fields the serial layer touches sit in one platform's struct termios, and the flag
/// bits it sets or clears. The struct itself stays an opaque buffer filled and read by libc
/// (tcgetattr, cfmakeraw, tcsetattr).
/// </summary>
internal sealed class TermiosLayout
{
    /// <summary>Larger than struct termios on every supported platform (60 bytes on Linux, 72 on macOS).</summary>
    public const int BufferSize = 256;

    /// <summary>sizeof(tcflag_t): 4 on Linux, 8 on macOS.</summary>
    public required int FlagSize { get; init; }

    public required int InputFlagsOffset { get; init; }

    public required int ControlFlagsOffset { get; init; }

    public required int ControlCharsOffset { get; init; }

    /// <summary>Index of VMIN in c_cc.</summary>
    public required int VMin { get; init; }

    /// <summary>Index of VTIME in c_cc.</summary>
    public required int VTime { get; init; }

    /// <summary>
    /// CBAUD | CIBAUD on Linux, where the kernel takes the speed from a code in c_cflag; 0 on
    /// macOS, where only the speed fields count.
    /// </summary>
    public required ulong SpeedCodeMask { get; init; }

    /// <summary>CBAUD alone: the output speed's code (Linux).</summary>
    public required ulong OutputSpeedCodeMask { get; init; }

    /// <summary>c_ispeed.</summary>
    public required int InputSpeedOffset { get; init; }

    /// <summary>c_ospeed.</summary>
    public required int OutputSpeedOffset { get; init; }

    /// <summary>sizeof(speed_t): 4 on Linux, 8 on macOS.</summary>
    public required int SpeedSize { get; init; }

    /// <summary>IXON | IXOFF | IXANY in c_iflag.</summary>
    public required ulong InputFlowControl { get; init; }

    public required ulong CharacterSize { get; init; }

    public required ulong EightBits { get; init; }

    public required ulong TwoStopBits { get; init; }

    public required ulong ParityEnable { get; init; }

    /// <summary>CREAD.</summary>
    public required ulong EnableReceiver { get; init; }

    /// <summary>CLOCAL.</summary>
    public required ulong IgnoreModemLines { get; init; }

    /// <summary>Every hardware flow-control bit of c_cflag.</summary>
    public required ulong HardwareFlowControl { get; init; }
}
