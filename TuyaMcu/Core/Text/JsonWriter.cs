using System;

namespace TuyaMcu.Text
{
    /// <summary>
    /// Writes a JSON object (string and number members, and arrays of numbers and strings) as UTF-8
    /// into a caller's buffer without allocating, in the compact form the module expects:
    /// <c>{"p":"…","v":"1.0.0"}</c>, or Dragino's General JSON payload <c>{…,"battery":3.33,"1":[1,1,"…"]}</c>.
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
            PutInteger(value);
        }

        /// <summary>
        /// Writes a number member with <paramref name="decimals"/> (0..9) fixed decimals from an integer
        /// in the smaller unit: (333, 2) writes 3.33. No floating point, so no rounding surprises.
        /// </summary>
        public void WriteFixed(string name, long value, int decimals)
        {
            if (decimals < 0 || decimals > 9)
            {
                throw new ArgumentOutOfRangeException("decimals", "decimals must be 0..9");
            }

            Name(name);
            if (value < 0)
            {
                Put('-');
                value = -value;
            }

            long scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            PutInteger(value / scale);
            if (decimals > 0)
            {
                Put('.');
                for (long unit = scale / 10; unit > 0; unit /= 10)
                {
                    Put((char)('0' + (int)(value / unit % 10)));
                }
            }
        }

        /// <summary>Writes a string member whose value is ASCII text in a buffer (no string is made).</summary>
        public void WriteAscii(string name, byte[] text, int offset, int count)
        {
            Name(name);
            QuotedAscii(text, offset, count);
        }

        /// <summary>Writes <c>"name":[</c>; elements follow, then <see cref="EndArray"/>.</summary>
        public void BeginArray(string name)
        {
            Name(name);
            Put('[');
            _firstMember = true;
        }

        /// <summary>
        /// Writes <c>"number":[</c>, a member named by a number as Dragino's General JSON names its
        /// log entries ("1", "2"…), without making the name's string.
        /// </summary>
        public void BeginNumberedArray(int number)
        {
            Separate();
            Put('"');
            PutInteger(number);
            Put('"');
            Put(':');
            Put('[');
            _firstMember = true;
        }

        /// <summary>Writes ']'.</summary>
        public void EndArray()
        {
            Put(']');
            _firstMember = false;
        }

        /// <summary>Writes an integer element of the open array.</summary>
        public void WriteElement(long value)
        {
            Separate();
            PutInteger(value);
        }

        /// <summary>Writes a string element of the open array from ASCII text in a buffer.</summary>
        public void WriteAsciiElement(byte[] text, int offset, int count)
        {
            Separate();
            QuotedAscii(text, offset, count);
        }

        private void Separate()
        {
            if (!_firstMember)
            {
                Put(',');
            }

            _firstMember = false;
        }

        private void QuotedAscii(byte[] text, int offset, int count)
        {
            Put('"');
            for (int i = 0; i < count; i++)
            {
                PutEscaped((char)text[offset + i]);
            }

            Put('"');
        }

        private void PutInteger(long value)
        {
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
                    if (c < 0x80)
                    {
                        PutEscaped(c);
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

        private void PutEscaped(char c)
        {
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
            else
            {
                Put(c);
            }
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
