using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace TuyaMcu.Tooling.Bench;

/// <summary>Who an object belongs to in a <see cref="HeapCensus"/>.</summary>
public enum HeapOwner
{
    /// <summary>Reached first from a static field: made at boot by a static constructor (nanoCLR runs them all).</summary>
    Static,

    /// <summary>The firmware's own objects (and the arrays and strings they hold).</summary>
    Firmware,

    /// <summary>Stand-ins for the board (the test rig's fakes): on the device, GPIO, UART and file objects instead.</summary>
    StandIn,
}

/// <summary>One object as nanoCLR would hold it: where it was first reached from, its type, its modelled size.</summary>
public sealed record HeapObject(string Path, string Type, long Bytes, HeapOwner Owner, bool Approximate);

/// <summary>The live objects reachable from some roots, each sized as nanoCLR lays it out (<see cref="NanoHeapLayout"/>).</summary>
public sealed class HeapCensus(IReadOnlyList<HeapObject> objects)
{
    /// <summary>Every object, in the order the walk reached them (breadth first from the roots).</summary>
    public IReadOnlyList<HeapObject> Objects { get; } = objects;

    /// <summary>Modelled bytes of every object.</summary>
    public long Bytes => Objects.Sum(o => o.Bytes);

    /// <summary>Modelled bytes of <paramref name="owner"/>'s objects.</summary>
    public long BytesOf(HeapOwner owner) => Objects.Where(o => o.Owner == owner).Sum(o => o.Bytes);

    /// <summary>Modelled bytes of the objects first reached through <paramref name="pathPrefix"/> (a root name or a dotted field path).</summary>
    public long BytesUnder(string pathPrefix) =>
        Objects.Where(o => o.Path == pathPrefix || o.Path.StartsWith(pathPrefix + ".", StringComparison.Ordinal) || o.Path.StartsWith(pathPrefix + "[", StringComparison.Ordinal)).Sum(o => o.Bytes);

    /// <summary>Bytes and objects by path cut to <paramref name="depth"/> segments, largest first.</summary>
    public IReadOnlyList<(string Path, long Bytes, int Objects)> ByPath(int depth) =>
        Objects.GroupBy(o => Cut(o.Path, depth))
            .Select(g => (g.Key, g.Sum(o => o.Bytes), g.Count()))
            .OrderByDescending(g => g.Item2)
            .ToList();

    /// <summary>Bytes and objects by type, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes, int Objects)> ByType() =>
        Objects.GroupBy(o => o.Type)
            .Select(g => (g.Key, g.Sum(o => o.Bytes), g.Count()))
            .OrderByDescending(g => g.Item2)
            .ToList();

    private static string Cut(string path, int depth)
    {
        int at = -1;
        for (int i = 0; i < depth; i++)
        {
            at = path.IndexOf('.', at + 1);
            if (at < 0)
            {
                return path;
            }
        }

        return path[..at];
    }
}

/// <summary>
/// A model of the nanoCLR heap taken on the host: it walks the live object graph by reflection
/// from named roots (and from every static field of the firmware's types) and sizes each object
/// as nanoCLR would (<see cref="NanoHeapLayout"/>), so the firmware's footprint can be measured
/// where no interpreter runs. What it cannot see: the runtime's own share (assemblies, threads,
/// stack frames: a fixed cost measured on the device), and garbage awaiting collection.
/// </summary>
public sealed class NanoHeapModel
{
    private readonly HashSet<Assembly> _firmware;
    private readonly bool _statics;

    /// <summary>A model whose firmware is the types of <paramref name="firmwareAssemblies"/>; other non-system types are stand-ins.</summary>
    public NanoHeapModel(params Assembly[] firmwareAssemblies)
        : this(true, firmwareAssemblies)
    {
    }

    /// <summary>A model as above; <paramref name="statics"/> false leaves the firmware's static fields out.</summary>
    public NanoHeapModel(bool statics, params Assembly[] firmwareAssemblies)
    {
        _firmware = [.. firmwareAssemblies];
        _statics = statics;
    }

    /// <summary>
    /// Walks the statics of the firmware's types (after running every static constructor, as
    /// nanoCLR does at boot), then <paramref name="roots"/> in order; each object counts once,
    /// for the first path that reached it.
    /// </summary>
    public HeapCensus Measure(params (string Name, object Root)[] roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<HeapObject>();
        var queue = new Queue<(object Value, string Path, HeapOwner Owner)>();
        foreach (Type type in _firmware.Where(_ => _statics).SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Where(f => !f.IsLiteral))
            {
                Enqueue(queue, field.GetValue(null), type.Name + "." + Name(field), HeapOwner.Static);
            }
        }

        Drain(queue, seen, found);
        foreach ((string name, object root) in roots)
        {
            Enqueue(queue, root, name, HeapOwner.Firmware);
            Drain(queue, seen, found);
        }

        return new HeapCensus(found);
    }

    private void Drain(Queue<(object Value, string Path, HeapOwner Owner)> queue, HashSet<object> seen, List<HeapObject> found)
    {
        while (queue.Count > 0)
        {
            (object value, string path, HeapOwner owner) = queue.Dequeue();
            if (!seen.Add(value))
            {
                continue;
            }

            Type type = value.GetType();
            if (owner == HeapOwner.Firmware && IsStandIn(type))
            {
                owner = HeapOwner.StandIn;
            }

            found.Add(new HeapObject(path, TypeName(type), Size(value, type, path, owner, queue, out bool approximate), owner, approximate));
        }
    }

    // The object's own bytes; what it references is queued.
    private long Size(object value, Type type, string path, HeapOwner owner, Queue<(object, string, HeapOwner)> queue, out bool approximate)
    {
        approximate = false;
        switch (value)
        {
            case string text:
                return IsLiteral(text) ? NanoHeapLayout.LiteralStringBytes : NanoHeapLayout.String(Encoding.UTF8.GetByteCount(text));
            case Array array:
                return ArrayBytes(array, path, owner, queue);
            case ArrayList list:
                // nanoFramework's ArrayList: _items and _size, at least 4 items (CoreLibrary's ArrayList.cs).
                object?[] items = new object?[Math.Max(4, list.Capacity)];
                list.CopyTo(items);
                Enqueue(queue, items, path, owner);
                return NanoHeapLayout.Object(2);
            case Delegate callback:
                Enqueue(queue, callback.Target, path, owner);
                return NanoHeapLayout.DelegateBytes;
        }

        if (type.IsPrimitive || type.IsEnum)
        {
            return NanoHeapLayout.BoxedPrimitiveBytes;
        }

        // A system class other than those above keeps its .NET fields: the device's may differ.
        approximate = type.Namespace != null && type.Namespace.StartsWith("System", StringComparison.Ordinal);
        return ObjectBytes(value, type, path, owner, queue);
    }

    private long ObjectBytes(object value, Type type, string path, HeapOwner owner, Queue<(object, string, HeapOwner)> queue)
    {
        List<FieldInfo> fields = InstanceFields(type);
        long bytes = NanoHeapLayout.Object(fields.Count);
        foreach (FieldInfo field in fields)
        {
            string fieldPath = path + "." + Name(field);
            object? content = field.GetValue(value);
            if (NanoHeapLayout.IsBoxedStruct(field.FieldType))
            {
                // The struct is its own object, allocated with its owner: count it here, walk what it holds.
                bytes += ObjectBytes(content!, field.FieldType, fieldPath, owner, queue);
            }
            else if (!field.FieldType.IsValueType)
            {
                Enqueue(queue, content, fieldPath, owner);
            }
        }

        return bytes;
    }

    private long ArrayBytes(Array array, string path, HeapOwner owner, Queue<(object, string, HeapOwner)> queue)
    {
        Type element = array.GetType().GetElementType()!;
        long bytes = NanoHeapLayout.Array(array.Length, NanoHeapLayout.ElementBytes(element));
        if (NanoHeapLayout.IsBoxedStruct(element))
        {
            foreach (object? item in array)
            {
                bytes += ObjectBytes(item!, element, path + "[]", owner, queue);
            }
        }
        else if (!element.IsValueType)
        {
            foreach (object? item in array)
            {
                Enqueue(queue, item, path + "[]", owner);
            }
        }

        return bytes;
    }

    private static void Enqueue(Queue<(object, string, HeapOwner)> queue, object? value, string path, HeapOwner owner)
    {
        if (value != null && value is not Type && value is not Assembly)
        {
            queue.Enqueue((value, path, owner));
        }
    }

    private bool IsStandIn(Type type)
    {
        Type root = type.IsArray ? type.GetElementType()! : type;
        return !_firmware.Contains(root.Assembly) && root.Namespace != null && !root.Namespace.StartsWith("System", StringComparison.Ordinal);
    }

    // A literal is interned by the runtime when its ldstr runs; a string made at run time is another instance.
    private static bool IsLiteral(string text) => ReferenceEquals(string.IsInterned(text), text);

    private static List<FieldInfo> InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (Type? t = type; t != null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return fields;
    }

    private static string Name(FieldInfo field)
    {
        // An auto-property's backing field is named <Name>k__BackingField.
        string name = field.Name;
        int end = name.IndexOf(">k__BackingField", StringComparison.Ordinal);
        return end > 0 && name[0] == '<' ? name[1..end] : name;
    }

    private static string TypeName(Type type) => type.IsArray ? TypeName(type.GetElementType()!) + "[]" : type.Name;
}
