using System;
using System.IO;
using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>
    /// Flash as a table of up to eight files, each kept in one buffer as large as the buffer of its
    /// first write (the writer's largest), then reused: a long run writes without allocating, and on
    /// the device the stand-in weighs what the files can hold.
    /// </summary>
    internal sealed class FlashTable : IStorage
    {
        private readonly string[] _names = new string[8];
        private readonly byte[][] _data = new byte[8][];
        private readonly int[] _length = new int[8];

        public int Writes;

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            int file = Find(name);
            if (file < 0 || _length[file] < 0)
            {
                return -1;
            }

            if (_length[file] > count)
            {
                // As the board's file storage does: a file is read whole or not at all.
                throw new IOException(name + " is " + _length[file].ToString() + " bytes, larger than the " + count.ToString() + "-byte buffer");
            }

            Array.Copy(_data[file], 0, buffer, offset, _length[file]);
            return _length[file];
        }

        public void Write(string name, byte[] buffer, int offset, int count)
        {
            int file = Find(name);
            if (file < 0)
            {
                file = Find(null);
                if (file < 0)
                {
                    throw new InvalidOperationException("the flash table holds eight files");
                }

                _names[file] = name;
            }

            if (_data[file] == null || _data[file].Length < count)
            {
                _data[file] = new byte[buffer.Length > count ? buffer.Length : count];
            }

            Array.Copy(buffer, offset, _data[file], 0, count);
            _length[file] = count;
            Writes++;
        }

        public void Delete(string name)
        {
            int file = Find(name);
            if (file >= 0)
            {
                _length[file] = -1;
            }
        }

        private int Find(string name)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
