using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Storage
{
    /// <summary>Reads and writes the big-endian fields of a persisted object in a buffer, with bounds checks that never throw.</summary>
    public sealed class ByteCursor
    {
        private byte[] _buffer;
        private int _position;
        private int _end;

        /// <summary>Starts at <paramref name="offset"/>, with <paramref name="length"/> bytes to read or room to write.</summary>
        public void Reset(byte[] buffer, int offset, int length)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + length;
            Overrun = false;
        }

        /// <summary>True once a read or write went past the end (the values read are then meaningless).</summary>
        public bool Overrun { get; private set; }

        /// <summary>The buffer the cursor is on.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Position in the buffer.</summary>
        public int Position
        {
            get { return _position; }
        }

        /// <summary>Bytes left to read, or room left to write.</summary>
        public int Remaining
        {
            get { return _end - _position; }
        }

        /// <summary>True when every byte was consumed.</summary>
        public bool AtEnd
        {
            get { return _position == _end; }
        }

        /// <summary>Writes a byte.</summary>
        public void WriteByte(int value)
        {
            if (Room(1))
            {
                _buffer[_position++] = (byte)value;
            }
        }

        /// <summary>Writes a 32-bit integer.</summary>
        public void WriteInt32(int value)
        {
            if (Room(4))
            {
                BigEndian.WriteUInt32(_buffer, _position, (uint)value);
                _position += 4;
            }
        }

        /// <summary>Writes a 64-bit integer.</summary>
        public void WriteInt64(long value)
        {
            WriteInt32((int)(value >> 32));
            WriteInt32((int)value);
        }

        /// <summary>Writes a short ASCII/UTF-8 string (length byte, then bytes; at most 255).</summary>
        public void WriteString(string value)
        {
            int length = Utf8.GetByteCount(value);
            if (length > 255 || !Room(1 + length))
            {
                Overrun = true;
                return;
            }

            _buffer[_position++] = (byte)length;
            _position += Utf8.GetBytes(value, _buffer, _position);
        }

        /// <summary>Reads a byte.</summary>
        public int ReadByte()
        {
            return Take(1) ? _buffer[_position - 1] : 0;
        }

        /// <summary>Reads a 32-bit integer.</summary>
        public int ReadInt32()
        {
            return Take(4) ? (int)BigEndian.ReadUInt32(_buffer, _position - 4) : 0;
        }

        /// <summary>Reads a 64-bit integer.</summary>
        public long ReadInt64()
        {
            long high = ReadInt32();
            long low = (uint)ReadInt32();
            return (high << 32) | low;
        }

        /// <summary>Reads a string written by <see cref="WriteString"/>.</summary>
        public string ReadString()
        {
            int length = ReadByte();
            if (!Take(length))
            {
                return null;
            }

            return Utf8.GetString(_buffer, _position - length, length);
        }

        private bool Room(int count)
        {
            if (_position + count > _end)
            {
                Overrun = true;
                return false;
            }

            return true;
        }

        private bool Take(int count)
        {
            if (_position + count > _end)
            {
                Overrun = true;
                _position = _end;
                return false;
            }

            _position += count;
            return true;
        }
    }
}
