using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>Storage in memory, for simulations: survives a simulated reboot, not the process.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Writes done.</summary>
    public long Writes { get; private set; }

    /// <summary>Bytes written.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Names of the blobs held.</summary>
    public IEnumerable<string> Names => _files.Keys;

    /// <inheritdoc />
    public int Read(string name, byte[] buffer, int offset, int count)
    {
        if (!_files.TryGetValue(name, out byte[]? data))
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
        _files[name] = buffer.AsSpan(offset, count).ToArray();
        Writes++;
        BytesWritten += count;
    }

    /// <inheritdoc />
    public void Delete(string name) => _files.Remove(name);

    /// <summary>The raw bytes of a blob (for tests that damage it), or null.</summary>
    public byte[]? Get(string name) => _files.TryGetValue(name, out byte[]? data) ? data : null;

    /// <summary>Replaces a blob's raw bytes (for tests that damage it).</summary>
    public void Put(string name, byte[] data) => _files[name] = data;
}
