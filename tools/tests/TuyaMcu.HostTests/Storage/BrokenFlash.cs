using TuyaMcu.Hal;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Storage;

/// <summary>
/// Flash that can be made to refuse writes (worn out, full, read-only): while <see cref="Failing"/>,
/// every write and delete throws, and what it held stays readable.
/// </summary>
public sealed class BrokenFlash : IStorage
{
    public const string Reason = "flash refused the write (test)";

    /// <summary>The flash behind it.</summary>
    public MemoryStorage Flash { get; } = new();

    /// <summary>True while writes fail.</summary>
    public bool Failing { get; set; }

    public int Read(string name, byte[] buffer, int offset, int count) => Flash.Read(name, buffer, offset, count);

    public void Write(string name, byte[] buffer, int offset, int count)
    {
        if (Failing)
        {
            throw new IOException(Reason);
        }

        Flash.Write(name, buffer, offset, count);
    }

    public void Delete(string name)
    {
        if (Failing)
        {
            throw new IOException(Reason);
        }

        Flash.Delete(name);
    }

    /// <summary>A copy of what the flash holds now: what a device killed at this moment starts from.</summary>
    public static MemoryStorage Copy(MemoryStorage flash)
    {
        var copy = new MemoryStorage();
        foreach (string name in flash.Names)
        {
            copy.Put(name, (byte[])flash.Get(name)!.Clone());
        }

        return copy;
    }
}
