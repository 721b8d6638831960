namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// When the bytes of a stream arrived, by stream position, so a frame is stamped with the time of
/// its first byte rather than the time the parser completed it: a stray header that makes the
/// parser wait for a long frame, or a silence before a rescan, would otherwise give many frames
/// sent over seconds one and the same time. Positions are those of <see cref="TuyaMcu.Protocol.Frame.StreamPosition"/>:
/// the bytes fed before. Lookups come in stream order, as a parser delivers frames.
/// </summary>
/// <typeparam name="T">The time: virtual milliseconds, or a wall-clock stamp.</typeparam>
/// <param name="horizon">Bytes a lookup can reach back: the parser's buffer (largest frame). Older arrivals are forgotten.</param>
public sealed class ArrivalTimes<T>(int horizon)
{
    private readonly List<(long Position, T Time)> _chunks = [];
    private int _first;

    /// <summary>Chunks remembered (bounded by the horizon: one per byte at most).</summary>
    public int Count => _chunks.Count - _first;

    /// <summary>Records that the bytes from <paramref name="position"/> on arrived at <paramref name="time"/>.</summary>
    public void Add(long position, T time)
    {
        // A chunk is still needed unless the next one starts at or before the oldest byte a lookup can reach.
        ForgetBefore(position - horizon);
        _chunks.Add((position, time));
    }

    /// <summary>The arrival time of the byte at <paramref name="position"/>; earlier arrivals are then forgotten.</summary>
    /// <exception cref="InvalidOperationException">Nothing was recorded.</exception>
    public T At(long position)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("no arrivals recorded");
        }

        ForgetBefore(position);
        return _chunks[_first].Time;
    }

    /// <summary>Forgets every arrival (the stream starts over).</summary>
    public void Clear()
    {
        _chunks.Clear();
        _first = 0;
    }

    private void ForgetBefore(long position)
    {
        while (Count > 1 && _chunks[_first + 1].Position <= position)
        {
            _first++;
        }

        if (_first > 64 && _first * 2 > _chunks.Count)
        {
            _chunks.RemoveRange(0, _first);
            _first = 0;
        }
    }
}
