namespace TuyaMcu.Protocol
{
    /// <summary>What a <see cref="FrameParser"/> has seen since it was created or its statistics were cleared.</summary>
    public sealed class ParserStatistics
    {
        /// <summary>Complete frames with a correct checksum.</summary>
        public long Frames;

        /// <summary>Frame-shaped runs rejected for a wrong checksum.</summary>
        public long ChecksumErrors;

        /// <summary>Bytes dropped while looking for a frame: garbage, and the first byte of every rejected candidate.</summary>
        public long DiscardedBytes;

        /// <summary>Headers whose length field exceeded the configured maximum, treated as garbage at once.</summary>
        public long OversizeLengths;

        /// <summary>Partial frames abandoned after an inter-byte silence.</summary>
        public long Timeouts;

        /// <summary>All bytes fed to the parser.</summary>
        public long BytesReceived;

        /// <summary>
        /// Bytes copied into the parser's buffer: the start of a frame that had to wait for the next
        /// read, moved again when a rescan leaves one behind. 0 when every frame arrives whole in one read.
        /// </summary>
        public long BytesCopied;

        /// <summary>Copies of 8 bytes or more, made with one call to Array.Copy (shorter ones are copied byte by byte).</summary>
        public long BlockCopies;

        /// <summary>
        /// Calls to the scanner: reads that could complete a judgement, and timeouts and ends of input
        /// with bytes held. A read that only adds to a frame still too short to judge makes none, nor
        /// does a one-byte read that starts a frame (a header byte) or precedes one (a byte dropped).
        /// </summary>
        public long Scans;

        /// <summary>Sets every counter to zero.</summary>
        public void Clear()
        {
            Frames = 0;
            ChecksumErrors = 0;
            DiscardedBytes = 0;
            OversizeLengths = 0;
            Timeouts = 0;
            BytesReceived = 0;
            BytesCopied = 0;
            BlockCopies = 0;
            Scans = 0;
        }
    }
}
