namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// One direction of a simulated UART: bytes written at a moment arrive one by one at the line
/// rate (10 bits per byte) after the bytes already on the wire, so a reader sees a frame
/// arrive over time as a real UART delivers it.
/// </summary>
public sealed class SimulatedChannel(VirtualClock clock, int baudRate)
{
    private readonly Queue<(byte Value, double ArrivesAtMs)> _inFlight = new();
    private Queue<(byte Value, double ArrivesAtMs)>? _observed;
    private double _lineFreeAtMs;

    /// <summary>Bytes per millisecond on this line.</summary>
    public double ByteTimeMs { get; } = 10_000.0 / baudRate;

    /// <summary>Total bytes written.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>The moment the next byte arrives, or <see cref="long.MaxValue"/>.</summary>
    public long NextArrivalMs => _inFlight.Count == 0 ? long.MaxValue : (long)Math.Ceiling(_inFlight.Peek().ArrivesAtMs);

    /// <summary>True when bytes are still on the wire.</summary>
    public bool HasBytesInFlight => _inFlight.Count > 0;

    /// <summary>Called with every write, as it is put on the wire (for a timeline or a capture).</summary>
    public Action<byte[]>? Tap { get; set; }

    /// <summary>Puts bytes on the wire now (or after <paramref name="delayMs"/>).</summary>
    public void Write(ReadOnlySpan<byte> bytes, double delayMs = 0)
    {
        Tap?.Invoke(bytes.ToArray());
        double start = Math.Max(_lineFreeAtMs, clock.UptimeMs + delayMs);
        foreach (byte b in bytes)
        {
            start += ByteTimeMs;
            _inFlight.Enqueue((b, start));
            _observed?.Enqueue((b, start));
        }

        _lineFreeAtMs = start;
        BytesWritten += bytes.Length;
    }

    /// <summary>Takes the bytes that have arrived by now.</summary>
    public int Read(Span<byte> destination)
    {
        int count = 0;
        while (count < destination.Length && _inFlight.Count > 0 && _inFlight.Peek().ArrivesAtMs <= clock.UptimeMs)
        {
            destination[count++] = _inFlight.Dequeue().Value;
        }

        return count;
    }

    /// <summary>Drops everything on the wire (a cable pulled, a module reset).</summary>
    public void Clear()
    {
        _inFlight.Clear();
        _lineFreeAtMs = clock.UptimeMs;
        if (_observed != null)
        {
            // What had not arrived yet never will.
            var arrived = new Queue<(byte Value, double ArrivesAtMs)>(_observed.Where(b => b.ArrivesAtMs <= clock.UptimeMs));
            _observed = arrived;
        }
    }

    /// <summary>
    /// Keeps every byte written from now on for an observer (a timeline), which takes each with
    /// <see cref="TakeArrived"/> once it has arrived, whether or not the receiver reads it.
    /// </summary>
    public void Observe() => _observed ??= new();

    /// <summary>The next observed byte that has arrived by now, and when (whole ms, as the receiver's clock reads it); false when none.</summary>
    public bool TakeArrived(out byte value, out long arrivedAtMs)
    {
        if (_observed == null || _observed.Count == 0 || _observed.Peek().ArrivesAtMs > clock.UptimeMs)
        {
            value = 0;
            arrivedAtMs = 0;
            return false;
        }

        (value, double at) = _observed.Dequeue();
        arrivedAtMs = (long)Math.Ceiling(at);
        return true;
    }
}
