using System;
using TuyaMcu.Text;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Reads the DP units of a frame's data one after another without allocating (except
    /// <see cref="ReadString"/>). A malformed unit stops the reading: <see cref="MoveNext"/>
    /// returns false and <see cref="Error"/> says what is wrong. Nothing here throws on any input.
    /// Create one and reuse it with <see cref="Reset"/>.
    /// </summary>
    // hot path: reads the DPs of every command frame
    public sealed class DpReader
    {
        private byte[] _buffer;
        private int _position;
        private int _end;

        /// <summary>Starts reading the units in <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        public void Reset(byte[] buffer, int offset, int length)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + length;
            Error = null;
            Id = 0;
            Type = 0;
            ValueOffset = offset;
            ValueLength = 0;
            if (buffer == null || offset < 0 || length < 0 || offset > buffer.Length - length)
            {
                _end = _position;
                Error = "DP data range lies outside the buffer";
            }
        }

        /// <summary>Starts reading the units carried by <paramref name="frame"/>'s data.</summary>
        public void Reset(Frame frame)
        {
            Reset(frame.Buffer, frame.DataOffset, frame.DataLength);
        }

        /// <summary>Why reading stopped early, or null when every unit read so far was well-formed.</summary>
        public string Error { get; private set; }

        /// <summary>True when a malformed unit stopped the reading.</summary>
        public bool HasError
        {
            get { return Error != null; }
        }

        /// <summary>Offset of the current unit's dpid byte, or of the malformed unit that stopped the reading.</summary>
        public int UnitOffset { get; private set; }

        /// <summary>DP id of the current unit.</summary>
        public byte Id { get; private set; }

        /// <summary>Type of the current unit; see <see cref="DpType"/>.</summary>
        public byte Type { get; private set; }

        /// <summary>Offset of the current unit's value in the buffer.</summary>
        public int ValueOffset { get; private set; }

        /// <summary>Length of the current unit's value.</summary>
        public int ValueLength { get; private set; }

        /// <summary>The buffer being read.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>
        /// Advances to the next unit. Returns false at the end of the data, or when the next unit
        /// is malformed (then <see cref="Error"/> is set and reading stops for good).
        /// </summary>
        public bool MoveNext()
        {
            if (Error != null || _position >= _end)
            {
                return false;
            }

            UnitOffset = _position;
            int remaining = _end - _position;
            if (remaining < DpType.UnitHeaderLength)
            {
                return Fail("truncated DP unit: " + remaining.ToString() + " byte(s) left, a unit header needs 4");
            }

            byte id = _buffer[_position];
            byte type = _buffer[_position + 1];
            int length = (_buffer[_position + 2] << 8) | _buffer[_position + 3];
            if (DpType.GetName(type) == null)
            {
                return Fail("DP " + id.ToString() + ": unknown type 0x" + type.ToString("X2"));
            }

            if (length > remaining - DpType.UnitHeaderLength)
            {
                return Fail("DP " + id.ToString() + ": value length " + length.ToString() + " exceeds the " + (remaining - DpType.UnitHeaderLength).ToString() + " byte(s) left");
            }

            if (!DpType.IsValidLength(type, length))
            {
                return Fail("DP " + id.ToString() + ": length " + length.ToString() + " is wrong for type " + DpType.GetName(type));
            }

            int valueOffset = _position + DpType.UnitHeaderLength;
            if (type == DpType.Bool && _buffer[valueOffset] > 1)
            {
                return Fail("DP " + id.ToString() + ": bool value 0x" + _buffer[valueOffset].ToString("X2") + " is neither 0x00 nor 0x01");
            }

            Id = id;
            Type = type;
            ValueOffset = valueOffset;
            ValueLength = length;
            _position = valueOffset + length;
            return true;
        }

        /// <summary>The current unit's value as a bool (type bool).</summary>
        public bool ReadBool()
        {
            return _buffer[ValueOffset] != 0;
        }

        /// <summary>The current unit's value as a signed 32-bit integer (type value).</summary>
        public int ReadValue()
        {
            return (int)ReadBigEndian();
        }

        /// <summary>The current unit's value as an enum index (type enum).</summary>
        public byte ReadEnum()
        {
            return _buffer[ValueOffset];
        }

        /// <summary>The current unit's value as an unsigned big-endian number of its length: a bitmap, or any 1..4-byte unit.</summary>
        public uint ReadBigEndian()
        {
            uint value = 0;
            int count = ValueLength > 4 ? 4 : ValueLength;
            for (int i = 0; i < count; i++)
            {
                value = (value << 8) | _buffer[ValueOffset + i];
            }

            return value;
        }

        /// <summary>The current unit's value as a string (UTF-8). Allocates.</summary>
        public string ReadString()
        {
            return Utf8.GetString(_buffer, ValueOffset, ValueLength);
        }

        private bool Fail(string message)
        {
            Error = message;
            _position = _end;
            return false;
        }
    }
}
