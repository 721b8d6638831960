using TuyaMcu.Hal;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Storage;

/// <summary>Where in a write the power goes.</summary>
public enum CutMode
{
    /// <summary>Before the write starts: nothing of it reaches flash.</summary>
    Before,

    /// <summary>Half way: the blob holds the first half of the new bytes only.</summary>
    Torn,

    /// <summary>Half way over an old copy: the first half new, the rest the old bytes.</summary>
    HalfNewHalfOld,

    /// <summary>Just after the write completed.</summary>
    After,
}

/// <summary>
/// Flash that loses power at the Nth write (counting from 0), in the given way; from then on
/// nothing more is written, as if the device were dead. Optionally calls back after every
/// completed write, so a reference run can record what was saved.
/// </summary>
public sealed class FaultyStorage(int cutAtWrite, CutMode mode) : IStorage
{
    private readonly MemoryStorage _flash = new();
    private int _writes;

    /// <summary>The flash behind it.</summary>
    public MemoryStorage Flash => _flash;

    /// <summary>True once power is gone.</summary>
    public bool Cut { get; private set; }

    /// <summary>Writes attempted (including the cut one).</summary>
    public int Writes => _writes;

    /// <summary>Called after each completed write with its index.</summary>
    public Action<int>? AfterWrite { get; set; }

    /// <summary>Power back on: writes work again (the device that reboots may save).</summary>
    public void Restore() => Cut = false;

    public int Read(string name, byte[] buffer, int offset, int count) => _flash.Read(name, buffer, offset, count);

    public void Write(string name, byte[] buffer, int offset, int count)
    {
        if (Cut)
        {
            return;
        }

        int index = _writes++;
        if (index != cutAtWrite)
        {
            _flash.Write(name, buffer, offset, count);
            AfterWrite?.Invoke(index);
            return;
        }

        Cut = true;
        byte[] data = buffer.AsSpan(offset, count).ToArray();
        switch (mode)
        {
            case CutMode.Before:
                return;
            case CutMode.Torn:
                _flash.Put(name, data[..(count / 2)]);
                return;
            case CutMode.HalfNewHalfOld:
                byte[] old = _flash.Get(name) ?? [];
                byte[] mixed = new byte[Math.Max(old.Length, count)];
                old.CopyTo(mixed, 0);
                data.AsSpan(0, count / 2).CopyTo(mixed);
                _flash.Put(name, mixed);
                return;
            case CutMode.After:
                _flash.Write(name, buffer, offset, count);
                AfterWrite?.Invoke(index);
                return;
        }
    }

    public void Delete(string name)
    {
        if (!Cut)
        {
            _flash.Delete(name);
        }
    }
}
