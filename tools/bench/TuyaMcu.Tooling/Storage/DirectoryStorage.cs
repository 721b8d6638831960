using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Storage;

/// <summary>
/// The MCU's flash on the host: each blob is a file in a directory (created if missing), so a
/// device run by the <c>console</c> command keeps its configuration, counters and datalog from one
/// run to the next. A write goes to a temporary file that then replaces the blob in one rename,
/// so a crash of the host never leaves a blob torn. A directory that cannot be used is refused at
/// once, before the device would start from defaults as if it were empty: a file in its place,
/// a directory that cannot be listed, or a blob that cannot be read or is not a regular file (a
/// FIFO would hang the start, /dev/zero would be read without end).
/// </summary>
public sealed class DirectoryStorage : IStorage
{
    private const string TempSuffix = ".tmp";

    /// <summary>Keeps blobs in <paramref name="directory"/>, creating it when missing.</summary>
    /// <exception cref="IOException">The directory cannot be created or read, or holds a blob that cannot be read; the message says which and why.</exception>
    public DirectoryStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        if (File.Exists(Directory))
        {
            throw new IOException($"{Directory} is a file, not a directory");
        }

        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            foreach (string entry in System.IO.Directory.EnumerateFileSystemEntries(Directory))
            {
                if (!System.IO.Directory.Exists(entry) && !entry.EndsWith(TempSuffix, StringComparison.Ordinal))
                {
                    RegularFile.Check(entry);
                }
            }
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"cannot use {Directory}: {e.Message}", e);
        }
    }

    /// <summary>The directory holding the blobs.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public int Read(string name, byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)offset, (uint)buffer.Length, nameof(offset));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)(buffer.Length - offset), nameof(count));
        return RegularFile.Read(PathOf(name), buffer, offset, count);
    }

    /// <inheritdoc />
    public void Write(string name, byte[] buffer, int offset, int count)
    {
        string path = PathOf(name);
        string temp = path + TempSuffix;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(buffer, offset, count);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <inheritdoc />
    public void Delete(string name) => File.Delete(PathOf(name));

    // Names are plain file names: nothing may reach outside the directory.
    private string PathOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name == "." || name == ".." || name.EndsWith(TempSuffix, StringComparison.Ordinal)
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"'{name}' is not a plain file name", nameof(name));
        }

        return Path.Combine(Directory, name);
    }
}
