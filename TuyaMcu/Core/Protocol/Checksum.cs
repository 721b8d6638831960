using System;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// The checksum that ends every 0x55AA frame: the sum of every byte from the header
    /// through the last data byte, modulo 256.
    /// </summary>
    // hot path: seals every frame sent
    public static class Checksum
    {
        /// <summary>Sums <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>, modulo 256.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <paramref name="buffer"/>.</exception>
        public static byte Compute(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "range lies outside the buffer");
            }

            // An int cannot overflow here: the longest frame is far below 2^23 bytes.
            int sum = 0;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                sum += buffer[i];
            }

            return (byte)sum;
        }
    }
}
