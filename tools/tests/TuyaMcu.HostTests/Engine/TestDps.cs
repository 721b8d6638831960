using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;

namespace TuyaMcu.HostTests.Engine;

/// <summary>A small product for engine tests: a switch (DP 1) and an "add to counter" action (DP 2, relative).</summary>
public sealed class TestDps : IDpHandler
{
    public bool Switch { get; private set; }

    public int Counter { get; private set; }

    public int Applied { get; private set; }

    public static DpRegistry Registry(out TestDps handler)
    {
        handler = new TestDps();
        var registry = new DpRegistry();
        registry.Register(new DpDefinition(1, "switch", "Switch", DpType.Bool, DpMode.ReadWrite), handler);
        registry.Register(new DpDefinition(2, "add", "Add to counter", DpType.Value, DpMode.ReadWrite) { Min = 1, Max = 100 }, handler);
        registry.Register(new DpDefinition(3, "counter", "Counter", DpType.Value, DpMode.ReadOnly) { Min = 0, Max = int.MaxValue }, handler);
        return registry;
    }

    public string? Check(DpReader unit) => null;

    public void Apply(DpReader unit)
    {
        Applied++;
        if (unit.Id == 1)
        {
            Switch = unit.ReadBool();
        }
        else if (unit.Id == 2)
        {
            Counter += unit.ReadValue();
        }
    }

    public string? Commit() => null;

    public int ReportedFor(byte id, int index) => 0;

    public bool WriteCurrent(byte id, DpWriter writer) => id switch
    {
        1 => writer.WriteBool(1, Switch),
        2 or 3 => writer.WriteValue(id, Counter),
        _ => false,
    };

    public static byte[] Units(params (byte Id, byte Type, int Value)[] units)
    {
        byte[] buffer = new byte[64];
        var writer = new DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        foreach (var (id, type, value) in units)
        {
            if (type == DpType.Bool)
            {
                writer.WriteBool(id, value != 0);
            }
            else
            {
                writer.WriteValue(id, value);
            }
        }

        return buffer[..writer.Length];
    }
}
