using System;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Streaming 0x55AA frame parser. Fed arbitrary chunks, it hands complete frames to its sink
    /// in stream order and loses nothing it could have kept: on garbage, a wrong checksum or an
    /// impossible length it drops a single byte and rescans, so a valid frame behind an aborted
    /// one or a stray 0x55 is still found, and a 55 AA inside the data of a frame in progress is
    /// just data. It never waits for a length above the configured maximum, and abandons a
    /// partial frame after an inter-byte silence. Its one buffer is allocated at construction:
    /// parsing allocates nothing.
    /// </summary>
    public sealed class FrameParser
    {
        /// <summary>Default inter-byte silence after which a partial frame is abandoned.</summary>
        public const int DefaultInterByteTimeoutMs = 300;

        private readonly byte[] _buffer;
        private readonly int _maxDataLength;
        private readonly int _interByteTimeoutMs;
        private readonly IFrameSink _sink;
        private readonly ParserStatistics _statistics = new ParserStatistics();

        // Unparsed bytes are _buffer[_start .. _start + _count).
        private int _start;
        private int _count;
        private long _lastByteAtMs;
        private long _bytesRemoved;

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
            _interByteTimeoutMs = interByteTimeoutMs;
            _buffer = new byte[maxDataLength + FrameFormat.Overhead];
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
        /// <remarks>The sink is called from inside this method; it must not feed the parser again.</remarks>
        public void Feed(byte[] data, int offset, int count, long nowMs)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "range lies outside the buffer");
            }

            if (count == 0)
            {
                return;
            }

            // Bytes held from before a silence are stale whatever arrives now.
            Poll(nowMs);
            _lastByteAtMs = nowMs;
            _statistics.BytesReceived += count;

            while (count > 0)
            {
                if (_start + _count == _buffer.Length)
                {
                    Compact();
                }

                int space = _buffer.Length - _start - _count;
                int take = count < space ? count : space;
                Array.Copy(data, offset, _buffer, _start + _count, take);
                _count += take;
                offset += take;
                count -= take;
                Scan();
            }
        }

        /// <summary>Parses one byte received at <paramref name="nowMs"/>.</summary>
        public void Feed(byte value, long nowMs)
        {
            Poll(nowMs);
            _lastByteAtMs = nowMs;
            _statistics.BytesReceived++;
            if (_start + _count == _buffer.Length)
            {
                Compact();
            }

            _buffer[_start + _count] = value;
            _count++;
            Scan();
        }

        /// <summary>
        /// Abandons a partial frame once the line has been silent for the inter-byte timeout, then
        /// rescans the bytes it held (a complete frame among them is still delivered). Call it from
        /// the poll loop even when no bytes arrive.
        /// </summary>
        public void Poll(long nowMs)
        {
            if (_count == 0 || _interByteTimeoutMs <= 0 || nowMs - _lastByteAtMs < _interByteTimeoutMs)
            {
                return;
            }

            _statistics.Timeouts++;
            AbandonHeldBytes();
        }

        /// <summary>
        /// Ends the stream (a capture or a line of hex that ends, a run that stops): abandons a partial
        /// frame as a timeout would, without counting a timeout, and rescans the bytes it held, so a
        /// complete frame behind its first bytes is still delivered. The parser then starts afresh for
        /// the next stream.
        /// </summary>
        public void EndOfInput()
        {
            AbandonHeldBytes();
        }

        /// <summary>Forgets any partial frame without counting it; statistics are kept.</summary>
        public void Reset()
        {
            _bytesRemoved += _count;
            _start = 0;
            _count = 0;
        }

        private void AbandonHeldBytes()
        {
            // No more bytes will complete what is held, so a partial frame found by the rescan is dropped too.
            while (_count > 0)
            {
                Drop(1);
                Scan();
            }
        }

        private void Scan()
        {
            while (_count > 0)
            {
                if (_buffer[_start] != FrameFormat.Header1)
                {
                    Drop(1);
                    continue;
                }

                if (_count < 2)
                {
                    return;
                }

                if (_buffer[_start + 1] != FrameFormat.Header2)
                {
                    Drop(1);
                    continue;
                }

                if (_count < FrameFormat.DataOffset)
                {
                    return;
                }

                int dataLength = (_buffer[_start + FrameFormat.LengthOffset] << 8) | _buffer[_start + FrameFormat.LengthOffset + 1];
                if (dataLength > _maxDataLength)
                {
                    _statistics.OversizeLengths++;
                    Drop(1);
                    continue;
                }

                int frameLength = dataLength + FrameFormat.Overhead;
                if (_count < frameLength)
                {
                    return;
                }

                Frame frame = new Frame(_buffer, _start, frameLength, _bytesRemoved);
                byte expected = Checksum.Compute(_buffer, _start, frameLength - 1);
                if (expected != _buffer[_start + frameLength - 1])
                {
                    _statistics.ChecksumErrors++;
                    _sink.OnChecksumMismatch(frame);
                    Drop(1);
                    continue;
                }

                _statistics.Frames++;
                _sink.OnFrame(frame);
                _start += frameLength;
                _count -= frameLength;
                _bytesRemoved += frameLength;
            }

            _start = 0;
        }

        private void Drop(int bytes)
        {
            _start += bytes;
            _count -= bytes;
            _bytesRemoved += bytes;
            _statistics.DiscardedBytes += bytes;
        }

        private void Compact()
        {
            // Never fails for lack of room: a held partial frame is shorter than the buffer.
            Array.Copy(_buffer, _start, _buffer, 0, _count);
            _start = 0;
        }
    }
}
