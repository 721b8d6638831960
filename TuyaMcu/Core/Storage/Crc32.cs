namespace TuyaMcu.Storage
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zip and Ethernet compute it. It
    /// works a nibble at a time from a 16-entry table: the usual 256-entry table would hold a
    /// kilobyte of the device's heap for the few saves an hour it serves.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>CRC-32 of <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] buffer, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                uint b = buffer[i];
                crc = Table[(crc ^ b) & 0x0F] ^ (crc >> 4);
                crc = Table[(crc ^ (b >> 4)) & 0x0F] ^ (crc >> 4);
            }

            return ~crc;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[16];
            for (uint n = 0; n < 16; n++)
            {
                uint c = n;
                for (int k = 0; k < 4; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
