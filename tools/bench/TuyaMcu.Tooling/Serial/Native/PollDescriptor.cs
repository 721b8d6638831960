using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>struct pollfd, laid out the same on Linux and macOS.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollDescriptor
{
    public const short In = 0x001;
    public const short Out = 0x004;
    public const short Error = 0x008;
    public const short HangUp = 0x010;
    public const short Invalid = 0x020;

    public int Fd;
    public short Events;
    public short ReturnedEvents;
}
