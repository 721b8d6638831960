using System;
using System.Collections;
using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Blobs in a Hashtable, with helpers to damage them.</summary>
    internal sealed class FakeStorage : IStorage
    {
        public readonly Hashtable Files = new Hashtable();
        public int Writes;

        public int Read(string name, byte[] buffer, int offset, int count)
        {
            byte[] data = (byte[])Files[name];
            if (data == null)
            {
                return -1;
            }

            Array.Copy(data, 0, buffer, offset, data.Length);
            return data.Length;
        }

        public void Write(string name, byte[] buffer, int offset, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(buffer, offset, copy, 0, count);
            Files[name] = copy;
            Writes++;
        }

        public void Delete(string name)
        {
            Files.Remove(name);
        }

        public byte[] Get(string name)
        {
            return (byte[])Files[name];
        }

        public void Truncate(string name, int length)
        {
            byte[] data = Get(name);
            byte[] cut = new byte[length];
            Array.Copy(data, cut, length);
            Files[name] = cut;
        }
    }
}
