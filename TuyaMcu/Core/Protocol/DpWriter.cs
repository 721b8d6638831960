using System;
using TuyaMcu.Text;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Appends DP units to a region of a caller's buffer without allocating. A unit that does not
    /// fit is not written at all and the write returns false, so the region always holds whole units.
    /// Create one and reuse it with <see cref="Reset"/>.
    /// </summary>
    // hot path: encodes every report
    public sealed class DpWriter
    {
        private byte[] _buffer;
        private int _start;
        private int _position;
        private int _end;

        /// <summary>Starts writing at <paramref name="offset"/>, with room for <paramref name="capacity"/> bytes.</summary>
        public void Reset(byte[] buffer, int offset, int capacity)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || capacity < 0 || offset > buffer.Length - capacity)
            {
                throw new ArgumentOutOfRangeException("capacity", "region lies outside the buffer");
            }

            _buffer = buffer;
            _start = offset;
            _position = offset;
            _end = offset + capacity;
        }

        /// <summary>The buffer being written (for a caller that encodes a value in place after <see cref="ReserveRaw"/>).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes written since <see cref="Reset"/>.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>Bytes still free.</summary>
        public int Remaining
        {
            get { return _end - _position; }
        }

        /// <summary>Appends a bool unit.</summary>
        public bool WriteBool(byte id, bool value)
        {
            if (!Header(id, DpType.Bool, 1))
            {
                return false;
            }

            _buffer[_position++] = value ? (byte)1 : (byte)0;
            return true;
        }

        /// <summary>Appends a value unit (signed 32-bit, big-endian).</summary>
        public bool WriteValue(byte id, int value)
        {
            if (!Header(id, DpType.Value, 4))
            {
                return false;
            }

            WriteUInt32((uint)value);
            return true;
        }

        /// <summary>Appends an enum unit.</summary>
        public bool WriteEnum(byte id, byte value)
        {
            if (!Header(id, DpType.Enum, 1))
            {
                return false;
            }

            _buffer[_position++] = value;
            return true;
        }

        /// <summary>Appends a bitmap unit of <paramref name="length"/> bytes (1, 2 or 4).</summary>
        public bool WriteBitmap(byte id, uint value, int length)
        {
            if (!DpType.IsValidLength(DpType.Bitmap, length))
            {
                throw new ArgumentOutOfRangeException("length", "a bitmap is 1, 2 or 4 bytes");
            }

            if (!Header(id, DpType.Bitmap, length))
            {
                return false;
            }

            for (int shift = (length - 1) * 8; shift >= 0; shift -= 8)
            {
                _buffer[_position++] = (byte)(value >> shift);
            }

            return true;
        }

        /// <summary>Appends a string unit, UTF-8 encoded.</summary>
        public bool WriteString(byte id, string value)
        {
            int length = Utf8.GetByteCount(value);
            if (!Header(id, DpType.String, length))
            {
                return false;
            }

            _position += Utf8.GetBytes(value, _buffer, _position);
            return true;
        }

        /// <summary>Appends a raw unit holding <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public bool WriteRaw(byte id, byte[] data, int offset, int count)
        {
            if (count > 0 && (data == null || offset < 0 || offset > data.Length - count))
            {
                throw new ArgumentOutOfRangeException("count", "range lies outside the data buffer");
            }

            if (!Header(id, DpType.Raw, count))
            {
                return false;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _buffer, _position, count);
            }

            _position += count;
            return true;
        }

        /// <summary>
        /// Reserves a raw unit of <paramref name="count"/> bytes and returns the offset of its value,
        /// for a caller that encodes the value in place; -1 when it does not fit.
        /// </summary>
        public int ReserveRaw(byte id, int count)
        {
            if (!Header(id, DpType.Raw, count))
            {
                return -1;
            }

            int valueOffset = _position;
            _position += count;
            return valueOffset;
        }

        /// <summary>
        /// Closes a string unit whose <paramref name="count"/> bytes of UTF-8 the caller already wrote
        /// at <see cref="NextValueOffset"/>: writes its header in front of them. False when it does not fit.
        /// </summary>
        public bool CloseString(byte id, int count)
        {
            if (!Header(id, DpType.String, count))
            {
                return false;
            }

            _position += count;
            return true;
        }

        /// <summary>Where the value of the next unit starts in <see cref="Buffer"/> (after its header), for <see cref="CloseString"/>.</summary>
        public int NextValueOffset
        {
            get { return _position + DpType.UnitHeaderLength; }
        }

        /// <summary>
        /// Copies a unit exactly as it stands in another buffer (its 4-byte header and value),
        /// for a caller that forwards a unit without decoding it.
        /// </summary>
        public bool WriteUnit(byte[] source, int unitOffset, int valueLength)
        {
            int total = DpType.UnitHeaderLength + valueLength;
            if (total > Remaining)
            {
                return false;
            }

            Array.Copy(source, unitOffset, _buffer, _position, total);
            _position += total;
            return true;
        }

        private bool Header(byte id, byte type, int length)
        {
            if (length < 0 || length > FrameFormat.MaxEncodableDataLength || DpType.UnitHeaderLength + length > Remaining)
            {
                return false;
            }

            _buffer[_position] = id;
            _buffer[_position + 1] = type;
            _buffer[_position + 2] = (byte)(length >> 8);
            _buffer[_position + 3] = (byte)length;
            _position += DpType.UnitHeaderLength;
            return true;
        }

        private void WriteUInt32(uint value)
        {
            _buffer[_position] = (byte)(value >> 24);
            _buffer[_position + 1] = (byte)(value >> 16);
            _buffer[_position + 2] = (byte)(value >> 8);
            _buffer[_position + 3] = (byte)value;
            _position += 4;
        }
    }
}
