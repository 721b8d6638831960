using System;
using System.IO;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Blobs as files in a folder of the ESP32's internal flash drive (I:). Each write replaces the
    /// whole file; the stores above keep two copies, so a write torn by a power cut costs nothing.
    /// </summary>
    public sealed class Esp32FileStorage : IStorage
    {
        private readonly string _folder;

        /// <summary>Keeps blobs in <paramref name="folder"/> (created if missing), e.g. I:\tuyamcu.</summary>
        public Esp32FileStorage(string folder)
        {
            _folder = folder;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                return -1;
            }

            using (FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                long length = file.Length;
                if (length > count)
                {
                    throw new IOException(name + " is " + length.ToString() + " bytes, larger than the " + count.ToString() + "-byte buffer");
                }

                int total = 0;
                while (total < length)
                {
                    int read = file.Read(buffer, offset + total, (int)length - total);
                    if (read <= 0)
                    {
                        break;
                    }

                    total += read;
                }

                return total;
            }
        }

        /// <inheritdoc />
        public void Write(string name, byte[] buffer, int offset, int count)
        {
            using (FileStream file = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write))
            {
                file.Write(buffer, offset, count);
                file.Flush();
            }
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        private string PathOf(string name)
        {
            return Path.Combine(_folder, name);
        }
    }
}
