using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// The AT console's UART played by a script: lines typed by <see cref="Type"/> are read by the
    /// console, what it prints is counted and its tail kept, in fixed buffers.
    /// </summary>
    public sealed class ConsoleScript : IByteTransport
    {
        private readonly byte[] _input = new byte[256];
        private readonly char[] _tail = new char[128];
        private int _inputAt;
        private int _inputCount;
        private int _tailAt;

        /// <summary>Bytes the console printed.</summary>
        public int BytesPrinted;

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

        /// <summary>The last characters printed (up to 128), oldest first.</summary>
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
                _tail[_tailAt] = (char)buffer[offset + i];
                _tailAt = (_tailAt + 1) % _tail.Length;
            }
        }
    }
}
