// Why this file is a little over 400 lines: the per-read entry and the scanner are one hot path
// over shared fields; a split would add a call per read on the interpreter (see the remarks below).
using System;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Streaming 0x55AA frame parser. Fed arbitrary chunks, it hands complete frames to its sink
    /// in stream order and loses nothing it could have kept: on garbage, a wrong checksum or an
    /// impossible length it drops a single byte and rescans, so a valid frame behind an aborted
    /// one or a stray 0x55 is still found, and a 55 AA inside the data of a frame in progress is
    /// just data. It never waits for a length above the configured maximum, and abandons a
    /// partial frame after an inter-byte silence. Its buffers are allocated at construction:
    /// parsing allocates nothing.
    /// </summary>
    /// <remarks>
    /// Built for nanoCLR, which pays for every method call, local and field access. A read that
    /// cannot complete anything (most one-byte reads: a header byte, a byte before any header, a
    /// byte of a frame still too short to judge) costs one call, <see cref="Feed(byte[], int, int, long)"/>,
    /// which keeps or drops its bytes and returns; any other read makes one more, to the scanner, which
    /// judges what is held and scans the caller's bytes where they lie (a frame that arrives whole
    /// is handed out as a view of the caller's buffer). Bytes are copied only when their frame must
    /// wait for the next read, and only as far as the next judgement needs. Fields are read into
    /// locals once per call; the statistics of a run of garbage are added once.
    /// </remarks>
    // hot path: runs for every read from the module's UART
    public sealed class FrameParser
    {
        /// <summary>Default inter-byte silence after which a partial frame is abandoned.</summary>
        public const int DefaultInterByteTimeoutMs = 300;

        // Shorter runs are copied byte by byte: on nanoCLR a call costs more than a few element copies.
        private const int BlockCopyMin = 8;

        private readonly byte[] _buffer;
        private readonly int _maxDataLength;
        private readonly int _maxFrameLength;
        private readonly int _interByteTimeoutMs;
        private readonly long _stalenessMs;
        private readonly IFrameSink _sink;
        private readonly Frame _frame = new Frame();
        private readonly ParserStatistics _statistics = new ParserStatistics();

        // For Feed(byte), which the device never calls: allocated on its first use.
        private byte[] _one;

        // Held bytes are _buffer[0 .. _count): the start of one frame that is not complete yet,
        // checked as far as it goes. It is judged again once it has _need bytes: 2 (is the second
        // header byte right?), 6 (is the length possible?), then the whole frame (the checksum).
        private int _count;
        private int _need;
        private long _lastByteAtMs;

        // Stream position of _buffer[0] while bytes are held, else of the next byte to arrive.
        private long _position;

        /// <summary>Creates a parser with the default maximum data length and inter-byte timeout.</summary>
        public FrameParser(IFrameSink sink)
            : this(sink, FrameFormat.DefaultMaxDataLength, DefaultInterByteTimeoutMs)
        {
        }

        /// <summary>Creates a parser.</summary>
        /// <param name="sink">Receives frames and checksum mismatches.</param>
        /// <param name="maxDataLength">Largest data length accepted; a header announcing more is garbage.</param>
        /// <param name="interByteTimeoutMs">Silence after which a partial frame is abandoned; 0 or less disables the timeout.</param>
        public FrameParser(IFrameSink sink, int maxDataLength, int interByteTimeoutMs)
        {
            if (sink == null)
            {
                throw new ArgumentNullException("sink");
            }

            if (maxDataLength < 0 || maxDataLength > FrameFormat.MaxEncodableDataLength)
            {
                throw new ArgumentOutOfRangeException("maxDataLength", "must be 0..65535");
            }

            _sink = sink;
            _maxDataLength = maxDataLength;
            _maxFrameLength = maxDataLength + FrameFormat.Overhead;
            _interByteTimeoutMs = interByteTimeoutMs;
            _stalenessMs = interByteTimeoutMs > 0 ? interByteTimeoutMs : long.MaxValue;
            _buffer = new byte[_maxFrameLength];
        }

        /// <summary>Counters of frames, errors, discarded bytes, oversize lengths and timeouts.</summary>
        public ParserStatistics Statistics
        {
            get { return _statistics; }
        }

        /// <summary>Largest data length accepted.</summary>
        public int MaxDataLength
        {
            get { return _maxDataLength; }
        }

        /// <summary>
        /// True while the parser holds the start of a frame (or bytes that might be one). A sender
        /// sharing the line waits until this is false so its frame does not cross an incoming one.
        /// </summary>
        public bool IsReceiving
        {
            get { return _count > 0; }
        }

        /// <summary>
        /// When <see cref="Poll"/> will next have work: the moment a held partial frame times out,
        /// or <see cref="long.MaxValue"/> when nothing is held.
        /// </summary>
        public long TimeoutDueMs
        {
            get { return _count == 0 || _interByteTimeoutMs <= 0 ? long.MaxValue : _lastByteAtMs + _interByteTimeoutMs; }
        }

        /// <summary>Parses <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>, received at <paramref name="nowMs"/>.</summary>
        /// <remarks>
        /// The sink is called from inside this method; it must not feed the parser again. A frame
        /// that lies whole in <paramref name="data"/> is handed out as a view of it.
        /// </remarks>
        public void Feed(byte[] data, int offset, int count, long nowMs)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if ((offset | count) < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "range lies outside the buffer");
            }

            if (count == 0)
            {
                return;
            }

            int held = _count;
            if (held > 0 && nowMs - _lastByteAtMs >= _stalenessMs)
            {
                // Bytes held from before a silence are stale whatever arrives now.
                _statistics.Timeouts++;
                AbandonHeldBytes();
            }
            else if (count == 1)
            {
                // One byte, the shape of a slow line, is kept or dropped here unless it completes a
                // judgement: a byte of a frame still too short to judge, a header byte where a frame
                // may start, or a byte before any header.
                byte value = data[offset];
                if (held >= 2 ? held + 1 < _need : held == 0 ? value == FrameFormat.Header1 : value == FrameFormat.Header2)
                {
                    _buffer[held] = value;
                    _count = held + 1;
                    if (held < 2)
                    {
                        _need = held == 0 ? 2 : FrameFormat.DataOffset;
                    }

                    _lastByteAtMs = nowMs;
                    ParserStatistics counters = _statistics;
                    counters.BytesReceived++;
                    counters.BytesCopied++;
                    return;
                }

                if (held == 0)
                {
                    _position++;
                    _lastByteAtMs = nowMs;
                    ParserStatistics counters = _statistics;
                    counters.BytesReceived++;
                    counters.DiscardedBytes++;
                    return;
                }
            }
            else if (held > 0 && held + count < _need && count < BlockCopyMin)
            {
                // Still too few to judge: keep them, and that is all.
                byte[] buffer = _buffer;
                for (int i = 0; i < count; i++)
                {
                    buffer[held + i] = data[offset + i];
                }

                _count = held + count;
                _lastByteAtMs = nowMs;
                ParserStatistics counters = _statistics;
                counters.BytesReceived += count;
                counters.BytesCopied += count;
                return;
            }

            _lastByteAtMs = nowMs;
            _statistics.BytesReceived += count;
            Parse(data, offset, offset + count, false);
        }

        // Judges what is held, then scans data[offset .. end) where it lies; with ending set no byte
        // will follow, so what is held is garbage once nothing in it can be judged any more.
        private void Parse(byte[] data, int offset, int end, bool ending)
        {
            int held = _count;
            ParserStatistics statistics = _statistics;
            statistics.Scans++;
            byte[] buffer = _buffer;
            IFrameSink sink = _sink;
            Frame frame = _frame;
            int maxFrameLength = _maxFrameLength;

            // Each pass scans one run of bytes where it lies: the held bytes once they can be judged
            // again, or else the caller's bytes. What is left undecided at the end of a run is held.
            while (true)
            {
                byte[] run;
                int at;
                int runEnd;
                int discardFrom;
                bool callers = held == 0;
                if (callers)
                {
                    run = data;
                    at = offset;
                    runEnd = end;
                    discardFrom = offset;
                    offset = end;
                }
                else
                {
                    // Top up the held bytes from the caller's, only as far as the next judgement needs.
                    int need = _need;
                    int take = need - held;
                    if (take > end - offset)
                    {
                        take = end - offset;
                    }

                    if (take >= BlockCopyMin)
                    {
                        Array.Copy(data, offset, buffer, held, take);
                        statistics.BlockCopies++;
                    }
                    else
                    {
                        for (int i = 0; i < take; i++)
                        {
                            buffer[held + i] = data[offset + i];
                        }
                    }

                    statistics.BytesCopied += take;
                    held += take;
                    offset += take;
                    run = buffer;
                    at = 0;
                    runEnd = held;
                    discardFrom = 0;
                    if (held < need)
                    {
                        if (!ending)
                        {
                            _count = held;
                            return;
                        }

                        // No byte will complete it: the candidate is garbage, its first byte dropped.
                        at = 1;
                    }
                }

                long origin = _position - discardFrom;
                int inFrames = 0;
                while (at < runEnd)
                {
                    if (run[at] != FrameFormat.Header1)
                    {
                        at++;
                        continue;
                    }

                    int available = runEnd - at;
                    if (available < FrameFormat.DataOffset)
                    {
                        // Too short to judge the length yet: wait unless the second byte already rules it out.
                        if (available == 1 || run[at + 1] == FrameFormat.Header2)
                        {
                            break;
                        }

                        at++;
                        continue;
                    }

                    if (run[at + 1] != FrameFormat.Header2)
                    {
                        at++;
                        continue;
                    }

                    int frameLength = ((run[at + FrameFormat.LengthOffset] << 8) | run[at + FrameFormat.LengthOffset + 1]) + FrameFormat.Overhead;
                    if (frameLength > maxFrameLength)
                    {
                        statistics.OversizeLengths++;
                        at++;
                        continue;
                    }

                    if (available < frameLength)
                    {
                        break;
                    }

                    int last = at + frameLength - 1;
                    int sum = 0;
                    for (int i = at; i < last; i++)
                    {
                        sum += run[i];
                    }

                    frame.Buffer = run;
                    frame.Offset = at;
                    frame.Length = frameLength;
                    frame.StreamPosition = origin + at;
                    if ((byte)sum == run[last])
                    {
                        statistics.Frames++;
                        inFrames += frameLength;
                        at += frameLength;
                        sink.OnFrame(frame);
                    }
                    else
                    {
                        statistics.ChecksumErrors++;
                        sink.OnChecksumMismatch(frame);
                        at++;
                    }
                }

                statistics.DiscardedBytes += at - discardFrom - inFrames;
                _position = origin + at;
                held = runEnd - at;
                if (held > 0 && (callers || at > 0))
                {
                    // The start of a frame that must wait for more, moved to the front of the buffer.
                    if (held >= BlockCopyMin)
                    {
                        Array.Copy(run, at, buffer, 0, held);
                        statistics.BlockCopies++;
                    }
                    else
                    {
                        for (int i = 0; i < held; i++)
                        {
                            buffer[i] = run[at + i];
                        }
                    }

                    statistics.BytesCopied += held;
                }

                _count = held;
                if (held > 0)
                {
                    _need = held < 2 ? 2
                        : held < FrameFormat.DataOffset ? FrameFormat.DataOffset
                        : ((buffer[FrameFormat.LengthOffset] << 8) | buffer[FrameFormat.LengthOffset + 1]) + FrameFormat.Overhead;
                }

                if (callers)
                {
                    return;
                }
            }
        }

        /// <summary>Parses one byte received at <paramref name="nowMs"/>.</summary>
        public void Feed(byte value, long nowMs)
        {
            if (_one == null)
            {
                _one = new byte[1];
            }

            _one[0] = value;
            Feed(_one, 0, 1, nowMs);
        }

        /// <summary>
        /// Abandons a partial frame once the line has been silent for the inter-byte timeout, then
        /// rescans the bytes it held (a complete frame among them is still delivered). Call it from
        /// the poll loop even when no bytes arrive.
        /// </summary>
        public void Poll(long nowMs)
        {
            if (_count > 0 && nowMs - _lastByteAtMs >= _stalenessMs)
            {
                _statistics.Timeouts++;
                AbandonHeldBytes();
            }
        }

        /// <summary>
        /// Ends the stream (a capture or a line of hex that ends, a run that stops): abandons a partial
        /// frame as a timeout would, without counting a timeout, and rescans the bytes it held, so a
        /// complete frame behind its first bytes is still delivered. The parser then starts afresh for
        /// the next stream.
        /// </summary>
        public void EndOfInput()
        {
            if (_count > 0)
            {
                AbandonHeldBytes();
            }
        }

        /// <summary>Forgets any partial frame without counting it; statistics are kept.</summary>
        public void Reset()
        {
            _position += _count;
            _count = 0;
        }

        // Nothing will complete what is held: it is dropped a byte at a time and the rest rescanned,
        // by the code that rescans after a bad checksum.
        private void AbandonHeldBytes()
        {
            Parse(_buffer, 0, 0, true);
        }
    }
}
