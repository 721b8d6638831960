using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// The AT console's UART played by a script: lines typed by <see cref="Type"/> are read by the
    /// console, what it prints is counted (its "OK" lines too) and its tail kept, in fixed buffers.
    /// </summary>
    public sealed class ConsoleScript : IByteTransport
    {
        private readonly byte[] _input = new byte[64];
        private readonly char[] _tail = new char[64];
        private int _inputAt;
        private int _inputCount;
        private int _tailAt;
        private int _lineLength;
        private bool _lineIsOk;

        /// <summary>Bytes the console printed.</summary>
        public int BytesPrinted;

        /// <summary>Lines the console printed that read just "OK".</summary>
        public int OkLines;

        /// <summary>Types <paramref name="line"/> and Enter.</summary>
        public void Type(string line)
        {
            if (_inputCount - _inputAt + line.Length + 2 > _input.Length)
            {
                throw new InvalidOperationException("the console script typed more than its buffer holds");
            }

            Array.Copy(_input, _inputAt, _input, 0, _inputCount - _inputAt);
            _inputCount -= _inputAt;
            _inputAt = 0;
            for (int i = 0; i < line.Length; i++)
            {
                _input[_inputCount++] = (byte)line[i];
            }

            _input[_inputCount++] = (byte)'\r';
            _input[_inputCount++] = (byte)'\n';
        }

        /// <summary>The last characters printed (up to 64), oldest first.</summary>
        public string Tail()
        {
            int length = BytesPrinted < _tail.Length ? BytesPrinted : _tail.Length;
            char[] text = new char[length];
            for (int i = 0; i < length; i++)
            {
                text[i] = _tail[(_tailAt - length + i + _tail.Length) % _tail.Length];
            }

            return new string(text);
        }

        /// <summary>Hands the console what was typed.</summary>
        public int Read(byte[] buffer, int offset, int count)
        {
            int take = _inputCount - _inputAt < count ? _inputCount - _inputAt : count;
            Array.Copy(_input, _inputAt, buffer, offset, take);
            _inputAt += take;
            return take;
        }

        /// <summary>Takes what the console prints.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            BytesPrinted += count;
            for (int i = 0; i < count; i++)
            {
                char c = (char)buffer[offset + i];
                _tail[_tailAt] = c;
                _tailAt = (_tailAt + 1) % _tail.Length;
                if (c == '\n')
                {
                    OkLines += _lineIsOk && _lineLength == 2 ? 1 : 0;
                    _lineLength = 0;
                }
                else if (c != '\r')
                {
                    _lineIsOk = _lineLength == 0 ? c == 'O' : _lineIsOk && _lineLength == 1 && c == 'K';
                    _lineLength++;
                }
            }
        }
    }
}
