using TuyaMcu.Protocol;

namespace TuyaMcu.HostTests.Protocol;

/// <summary>
/// The parser's rules written as plainly as possible, for <see cref="FrameParserReferenceProperties"/>:
/// every byte goes into a list, and the list is rescanned from its first byte after every read.
/// A byte that cannot start a frame, a candidate with a wrong second header byte, an impossible
/// length or a wrong checksum loses its first byte; a candidate too short to judge waits, unless
/// the stream has ended (or fell silent), when it loses its first byte too.
/// </summary>
internal sealed class ReferenceFrameParser(int maxDataLength, int interByteTimeoutMs)
{
    private readonly List<byte> _held = [];
    private long _heldAt;
    private long _lastByteAtMs;

    public List<(long Position, byte[] Bytes)> Frames { get; } = [];

    public List<(long Position, byte[] Bytes)> Mismatches { get; } = [];

    public long Discarded { get; private set; }

    public long Oversize { get; private set; }

    public long Timeouts { get; private set; }

    public bool IsReceiving => _held.Count > 0;

    public void Feed(byte[] bytes, int offset, int count, long nowMs)
    {
        if (count == 0)
        {
            return;
        }

        if (_held.Count > 0 && interByteTimeoutMs > 0 && nowMs - _lastByteAtMs >= interByteTimeoutMs)
        {
            Timeouts++;
            Scan(ended: true);
        }

        _lastByteAtMs = nowMs;
        _held.AddRange(bytes.AsSpan(offset, count).ToArray());
        Scan(ended: false);
    }

    public void EndOfInput() => Scan(ended: true);

    private void Scan(bool ended)
    {
        while (_held.Count > 0)
        {
            if (_held[0] != FrameFormat.Header1 || (_held.Count >= 2 && _held[1] != FrameFormat.Header2))
            {
                Drop();
                continue;
            }

            if (_held.Count < FrameFormat.DataOffset)
            {
                if (!ended)
                {
                    return;
                }

                Drop();
                continue;
            }

            int dataLength = (_held[FrameFormat.LengthOffset] << 8) | _held[FrameFormat.LengthOffset + 1];
            if (dataLength > maxDataLength)
            {
                Oversize++;
                Drop();
                continue;
            }

            int length = dataLength + FrameFormat.Overhead;
            if (_held.Count < length)
            {
                if (!ended)
                {
                    return;
                }

                Drop();
                continue;
            }

            byte[] candidate = _held.GetRange(0, length).ToArray();
            if (Checksum.Compute(candidate, 0, length - 1) == candidate[length - 1])
            {
                Frames.Add((_heldAt, candidate));
                _held.RemoveRange(0, length);
                _heldAt += length;
            }
            else
            {
                Mismatches.Add((_heldAt, candidate));
                Drop();
            }
        }
    }

    private void Drop()
    {
        _held.RemoveAt(0);
        _heldAt++;
        Discarded++;
    }
}
