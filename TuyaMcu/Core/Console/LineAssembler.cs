namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// Assembles input bytes into lines: a line ends at CR, LF or CR LF (the LF of a pair does
    /// not end a second, empty line); backspace and DEL erase the last character; other control
    /// bytes are ignored. A line longer than the limit is reported as such when it ends, so a
    /// truncated command is never run. The buffer is allocated once; only a completed line
    /// becomes a string.
    /// </summary>
    public sealed class LineAssembler
    {
        private const byte Backspace = 0x08;
        private const byte Delete = 0x7F;
        private const byte Cr = 0x0D;
        private const byte Lf = 0x0A;

        private readonly char[] _chars;

        // Counts characters typed beyond the buffer too, so backspacing back under the limit
        // leaves a valid line (the stored prefix is intact).
        private int _length;
        private bool _afterCr;

        /// <summary>Creates an assembler for lines of at most <paramref name="maxLength"/> characters.</summary>
        public LineAssembler(int maxLength)
        {
            _chars = new char[maxLength];
        }

        /// <summary>Feeds one byte and says what it did.</summary>
        public LineEvent Feed(byte value)
        {
            bool afterCr = _afterCr;
            _afterCr = value == Cr;
            if (value == Cr || value == Lf)
            {
                if (value == Lf && afterCr)
                {
                    return LineEvent.None;
                }

                return _length > _chars.Length ? Discard() : LineEvent.Complete;
            }

            if (value == Backspace || value == Delete)
            {
                if (_length == 0)
                {
                    return LineEvent.None;
                }

                _length--;
                return LineEvent.Erased;
            }

            if (value < 0x20)
            {
                return LineEvent.None;
            }

            if (_length < _chars.Length)
            {
                _chars[_length] = (char)value;
            }

            _length++;
            return LineEvent.Typed;
        }

        /// <summary>The completed line (after <see cref="LineEvent.Complete"/>); starts the next one.</summary>
        public string TakeLine()
        {
            int length = _length > _chars.Length ? _chars.Length : _length;
            _length = 0;
            return length == 0 ? string.Empty : new string(_chars, 0, length);
        }

        /// <summary>Forgets the line being typed.</summary>
        public void Clear()
        {
            _length = 0;
        }

        private LineEvent Discard()
        {
            _length = 0;
            return LineEvent.TooLong;
        }
    }
}
