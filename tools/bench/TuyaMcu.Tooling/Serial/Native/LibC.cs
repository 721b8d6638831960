using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// The few libc calls the serial layer needs (Linux glibc/musl and macOS). Only non-variadic
/// signatures are declared, or variadic ones called without their optional argument: on Apple
/// silicon variadic arguments travel on the stack, so passing them through P/Invoke as fixed
/// arguments would silently break. Flags are the caller's business (<see cref="PosixPlatform"/>).
/// </summary>
internal static class LibC
{
    private const string Library = "libc";

    /// <summary>open(2) without a mode (never creates files).</summary>
    [DllImport(Library, EntryPoint = "open", SetLastError = true)]
    internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(Library, EntryPoint = "close", SetLastError = true)]
    internal static extern int Close(int fd);

    [DllImport(Library, EntryPoint = "read", SetLastError = true)]
    internal static extern nint Read(FileDescriptorHandle fd, ref byte buffer, nuint count);

    [DllImport(Library, EntryPoint = "write", SetLastError = true)]
    internal static extern nint Write(FileDescriptorHandle fd, ref byte buffer, nuint count);

    /// <summary>poll(2) on one descriptor; nfds_t is unsigned long on Linux, unsigned int on macOS: both fit a register.</summary>
    [DllImport(Library, EntryPoint = "poll", SetLastError = true)]
    internal static extern int Poll(ref PollDescriptor fds, nuint count, int timeoutMs);

    [DllImport(Library, EntryPoint = "isatty", SetLastError = true)]
    internal static extern int IsATty(FileDescriptorHandle fd);

    [DllImport(Library, EntryPoint = "flock", SetLastError = true)]
    internal static extern int Flock(FileDescriptorHandle fd, int operation);

    /// <summary>ioctl(2) for requests that take no argument (TIOCEXCL, TIOCNXCL).</summary>
    [DllImport(Library, EntryPoint = "ioctl", SetLastError = true)]
    internal static extern int IoctlNoArgument(FileDescriptorHandle fd, nuint request);

    /// <summary>tcgetattr(3) into an opaque buffer at least as large as the platform's struct termios.</summary>
    [DllImport(Library, EntryPoint = "tcgetattr", SetLastError = true)]
    internal static extern int TcGetAttr(FileDescriptorHandle fd, [Out] byte[] termios);

    [DllImport(Library, EntryPoint = "tcsetattr", SetLastError = true)]
    internal static extern int TcSetAttr(FileDescriptorHandle fd, int optionalActions, [In] byte[] termios);

    [DllImport(Library, EntryPoint = "tcflush", SetLastError = true)]
    internal static extern int TcFlush(FileDescriptorHandle fd, int queueSelector);

    [DllImport(Library, EntryPoint = "cfmakeraw")]
    internal static extern void CfMakeRaw([In, Out] byte[] termios);

    [DllImport(Library, EntryPoint = "posix_openpt", SetLastError = true)]
    internal static extern int PosixOpenPt(int flags);

    [DllImport(Library, EntryPoint = "grantpt", SetLastError = true)]
    internal static extern int GrantPt(FileDescriptorHandle fd);

    [DllImport(Library, EntryPoint = "unlockpt", SetLastError = true)]
    internal static extern int UnlockPt(FileDescriptorHandle fd);

    /// <summary>ptsname_r(3): returns 0, or an error number (glibc), or -1 with errno (macOS).</summary>
    [DllImport(Library, EntryPoint = "ptsname_r", SetLastError = true)]
    internal static extern int PtsNameR(FileDescriptorHandle fd, [Out] byte[] buffer, nuint length);
}
