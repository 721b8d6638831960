using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// One tty's settings, held as an opaque struct termios that libc fills and applies; only the
/// input and control flags, VMIN/VTIME and the speed are touched directly, at the platform's offsets.
/// </summary>
internal sealed class Termios
{
    private readonly byte[] _raw = new byte[TermiosLayout.BufferSize];
    private readonly TermiosLayout _layout;

    private Termios(TermiosLayout layout)
    {
        _layout = layout;
    }

    /// <summary>c_cflag.</summary>
    public ulong ControlFlags
    {
        get => ReadFlag(_layout.ControlFlagsOffset);
        set => WriteFlag(_layout.ControlFlagsOffset, value);
    }

    /// <summary>c_iflag.</summary>
    public ulong InputFlags
    {
        get => ReadFlag(_layout.InputFlagsOffset);
        set => WriteFlag(_layout.InputFlagsOffset, value);
    }

    /// <summary>The current settings of the tty behind <paramref name="fd"/>; returns the errno on failure.</summary>
    public static Termios? TryRead(FileDescriptorHandle fd, TermiosLayout layout, out int errno)
    {
        var termios = new Termios(layout);
        if (LibC.TcGetAttr(fd, termios._raw) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        errno = 0;
        return termios;
    }

    /// <summary>
    /// Raw 8N1 with no flow control: cfmakeraw (no echo, no line editing, no signals, no CR/LF
    /// translation, 8 bits, no parity), then one stop bit, no RTS/CTS or XON/XOFF, modem lines
    /// ignored (CLOCAL), receiver on (CREAD), and reads that return whatever has arrived (VMIN 1,
    /// VTIME 0, with the descriptor non-blocking).
    /// </summary>
    public void MakeRaw8N1()
    {
        LibC.CfMakeRaw(_raw);
        InputFlags &= ~_layout.InputFlowControl;
        ulong control = ControlFlags;
        control &= ~(_layout.CharacterSize | _layout.TwoStopBits | _layout.ParityEnable | _layout.HardwareFlowControl);
        control |= _layout.EightBits | _layout.EnableReceiver | _layout.IgnoreModemLines;
        ControlFlags = control;
        _raw[_layout.ControlCharsOffset + _layout.VMin] = 1;
        _raw[_layout.ControlCharsOffset + _layout.VTime] = 0;
    }

    /// <summary>Sets input and output speed to <paramref name="baudRate"/>, whose c_cflag code is <paramref name="code"/>.</summary>
    public void SetSpeed(int baudRate, ulong code)
    {
        if (_layout.SpeedCodeMask != 0)
        {
            // CIBAUD left 0: the input speed follows the output speed.
            ControlFlags = (ControlFlags & ~_layout.SpeedCodeMask) | code;
        }

        WriteField(_layout.InputSpeedOffset, _layout.SpeedSize, (ulong)baudRate);
        WriteField(_layout.OutputSpeedOffset, _layout.SpeedSize, (ulong)baudRate);
    }

    /// <summary>True when the output speed is <paramref name="baudRate"/> (code <paramref name="code"/>).</summary>
    public bool HasSpeed(int baudRate, ulong code) => _layout.OutputSpeedCodeMask != 0
        ? (ControlFlags & _layout.OutputSpeedCodeMask) == code
        : ReadField(_layout.OutputSpeedOffset, _layout.SpeedSize) == (ulong)baudRate;

    /// <summary>Applies the settings now; returns the errno on failure, else 0.</summary>
    public int TryApply(FileDescriptorHandle fd) =>
        LibC.TcSetAttr(fd, PosixPlatform.SetAttributesNow, _raw) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>True when the settings that matter for a raw 8N1 line are in place.</summary>
    public bool IsRaw8N1 =>
        (ControlFlags & (_layout.CharacterSize | _layout.EnableReceiver | _layout.IgnoreModemLines | _layout.ParityEnable | _layout.TwoStopBits | _layout.HardwareFlowControl))
        == (_layout.EightBits | _layout.EnableReceiver | _layout.IgnoreModemLines);

    private ulong ReadFlag(int offset) => ReadField(offset, _layout.FlagSize);

    private void WriteFlag(int offset, ulong value) => WriteField(offset, _layout.FlagSize, value);

    private ulong ReadField(int offset, int size) => size == 8
        ? BitConverter.ToUInt64(_raw, offset)
        : BitConverter.ToUInt32(_raw, offset);

    private void WriteField(int offset, int size, ulong value)
    {
        if (size == 8)
        {
            BitConverter.TryWriteBytes(_raw.AsSpan(offset, 8), value);
        }
        else
        {
            BitConverter.TryWriteBytes(_raw.AsSpan(offset, 4), (uint)value);
        }
    }
}
