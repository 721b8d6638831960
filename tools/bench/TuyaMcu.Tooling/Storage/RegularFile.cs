using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using TuyaMcu.Tooling.Serial.Native;

namespace TuyaMcu.Tooling.Storage;

/// <summary>
/// Reads a file that must be a regular file, in bounded memory, without ever blocking: a FIFO, a
/// socket, a terminal or a device (/dev/zero) in its place is refused at once with an
/// <see cref="IOException"/> saying what it is, instead of hanging the open or reading without end.
/// </summary>
internal static class RegularFile
{
    /// <summary>
    /// Reads the file at <paramref name="path"/> into <paramref name="buffer"/>; returns its length,
    /// or -1 when it does not exist.
    /// </summary>
    /// <exception cref="IOException">It is not a regular file, cannot be read, or is larger than <paramref name="count"/>.</exception>
    public static int Read(string path, byte[] buffer, int offset, int count)
    {
        using FileStream? stream = Open(path);
        if (stream == null)
        {
            return -1;
        }

        long length = stream.Length;
        if (length > count)
        {
            throw new IOException($"{path} is {length} bytes, larger than the {count}-byte buffer");
        }

        int total = 0;
        int read;
        while (total < count && (read = stream.Read(buffer, offset + total, count - total)) > 0)
        {
            total += read;
        }

        // A regular file ends where its size says; a device (/dev/zero) goes on.
        if (total > length || (total == count && stream.ReadByte() >= 0))
        {
            throw NotRegular(path, "a device");
        }

        return total;
    }

    /// <summary>Throws unless <paramref name="path"/> is missing or a readable regular file.</summary>
    /// <exception cref="IOException">It is not a regular file, or cannot be read.</exception>
    public static void Check(string path)
    {
        using FileStream? stream = Open(path);
        if (stream != null)
        {
            stream.Position = stream.Length;
            if (stream.ReadByte() >= 0)
            {
                throw NotRegular(path, "a device");
            }
        }
    }

    private static FileStream? Open(string path)
    {
        PosixPlatform? platform = PosixPlatform.Current;
        if (platform == null)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }
            catch (UnauthorizedAccessException e)
            {
                throw new IOException($"cannot read {path}: {e.Message}", e);
            }
        }

        // Non-blocking, so opening a FIFO returns at once; read-only (O_RDONLY is 0), never a controlling terminal.
        int fd = LibC.Open(path, platform.OpenNoControllingTerminal | platform.OpenNonBlocking);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno is PosixPlatform.ENOENT)
            {
                return null;
            }

            throw new IOException($"cannot read {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        var stream = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw NotRegular(path, "a pipe, socket or terminal");
        }

        return stream;
    }

    private static IOException NotRegular(string path, string what) => new($"{path} is not a regular file ({what})");
}
