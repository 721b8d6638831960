using System;

namespace TuyaMcu.Text
{
    /// <summary>
    /// Writes a flat JSON object (string and integer members) as UTF-8 into a caller's buffer
    /// without allocating, in the compact form the module expects: <c>{"p":"…","v":"1.0.0"}</c>.
    /// If the text does not fit, <see cref="Overflowed"/> is set and <see cref="Length"/> is meaningless.
    /// </summary>
    public sealed class JsonWriter
    {
        private byte[] _buffer;
        private int _start;
        private int _position;
        private int _end;
        private bool _firstMember;

        /// <summary>Starts writing at <paramref name="offset"/> with room for <paramref name="capacity"/> bytes.</summary>
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
            Overflowed = false;
        }

        /// <summary>Bytes written.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>True when something did not fit.</summary>
        public bool Overflowed { get; private set; }

        /// <summary>Writes '{'.</summary>
        public void BeginObject()
        {
            Put('{');
            _firstMember = true;
        }

        /// <summary>Writes '}'.</summary>
        public void EndObject()
        {
            Put('}');
        }

        /// <summary>Writes a string member.</summary>
        public void WriteString(string name, string value)
        {
            Name(name);
            Quoted(value);
        }

        /// <summary>Writes an integer member.</summary>
        public void WriteNumber(string name, long value)
        {
            Name(name);
            if (value < 0)
            {
                Put('-');
                value = -value;
            }

            // Digits are written backwards into place, so no string is made.
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            if (_position + digits > _end)
            {
                Overflowed = true;
                return;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                _buffer[_position + i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            _position += digits;
        }

        private void Name(string name)
        {
            if (!_firstMember)
            {
                Put(',');
            }

            _firstMember = false;
            Quoted(name);
            Put(':');
        }

        private void Quoted(string value)
        {
            Put('"');
            if (value != null)
            {
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    if (c == '"' || c == '\\')
                    {
                        Put('\\');
                        Put(c);
                    }
                    else if (c < ' ')
                    {
                        Put('\\');
                        Put('u');
                        Put('0');
                        Put('0');
                        Put(HexDigit(c >> 4));
                        Put(HexDigit(c & 0xF));
                    }
                    else if (c < 0x80)
                    {
                        Put(c);
                    }
                    else
                    {
                        // Rare outside ASCII: let the UTF-8 encoder handle it one char at a time.
                        string one = c.ToString();
                        int length = Utf8.GetByteCount(one);
                        if (_position + length > _end)
                        {
                            Overflowed = true;
                            return;
                        }

                        _position += Utf8.GetBytes(one, _buffer, _position);
                    }
                }
            }

            Put('"');
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }

        private void Put(char c)
        {
            if (_position >= _end)
            {
                Overflowed = true;
                return;
            }

            _buffer[_position++] = (byte)c;
        }
    }
}
