using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>An owned POSIX file descriptor, closed exactly once even when calls race with Dispose.</summary>
internal sealed class FileDescriptorHandle : SafeHandle
{
    /// <summary>Takes ownership of <paramref name="fd"/> (which may be -1: the handle is then invalid).</summary>
    public FileDescriptorHandle(int fd)
        : base(new IntPtr(-1), ownsHandle: true)
    {
        SetHandle(new IntPtr(fd));
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle.ToInt64() < 0;

    /// <summary>
    /// Runs <paramref name="action"/> with the raw descriptor, keeping it open meanwhile (for calls
    /// such as poll(2) that take the number inside a structure rather than as a handle argument).
    /// </summary>
    public T WithDescriptor<T>(Func<int, T> action)
    {
        bool added = false;
        try
        {
            DangerousAddRef(ref added);
            return action((int)handle.ToInt64());
        }
        finally
        {
            if (added)
            {
                DangerousRelease();
            }
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => LibC.Close((int)handle.ToInt64()) == 0;
}
