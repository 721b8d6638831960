using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Storage;

/// <summary>
/// The MCU's flash on the host: each blob is a file in a directory (created if missing), so a
/// device run by the <c>console</c> command keeps its configuration, counters and datalog from one
/// run to the next. A write goes to a temporary file that then replaces the blob in one rename,
/// so a crash of the host never leaves a blob torn.
/// </summary>
public sealed class DirectoryStorage : IStorage
{
    private const string TempSuffix = ".tmp";

    /// <summary>Keeps blobs in <paramref name="directory"/>, creating it when missing.</summary>
    public DirectoryStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The directory holding the blobs.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public int Read(string name, byte[] buffer, int offset, int count)
    {
        string path = PathOf(name);
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return -1;
        }

        if (data.Length > count)
        {
            throw new IOException($"{name} is {data.Length} bytes, larger than the {count}-byte buffer");
        }

        data.CopyTo(buffer, offset);
        return data.Length;
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
