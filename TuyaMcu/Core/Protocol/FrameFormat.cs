namespace TuyaMcu.Protocol
{
    /// <summary>Layout of a 0x55AA frame: header (2), version (1), command (1), data length (2, big-endian), data, checksum (1).</summary>
    public static class FrameFormat
    {
        /// <summary>First header byte.</summary>
        public const byte Header1 = 0x55;

        /// <summary>Second header byte.</summary>
        public const byte Header2 = 0xAA;

        /// <summary>Offset of the version byte.</summary>
        public const int VersionOffset = 2;

        /// <summary>Offset of the command byte.</summary>
        public const int CommandOffset = 3;

        /// <summary>Offset of the high byte of the data length.</summary>
        public const int LengthOffset = 4;

        /// <summary>Offset of the first data byte; also the length of everything before the data.</summary>
        public const int DataOffset = 6;

        /// <summary>Bytes of a frame that are not data: header, version, command, length and checksum.</summary>
        public const int Overhead = 7;

        /// <summary>Version byte NB-IoT modules and MCUs send in both directions.</summary>
        public const byte VersionNbIot = 0x00;

        /// <summary>
        /// Largest data length the firmware sends or accepts by default. The largest frame it sends
        /// is a real-time report carrying the CPN01 payload with 32 datalog records (27 + 32 × 11
        /// bytes) beside the state DPs, under 512; the spec caps a record report's data at 100.
        /// </summary>
        public const int DefaultMaxDataLength = 512;

        /// <summary>Largest data length the length field can express.</summary>
        public const int MaxEncodableDataLength = 0xFFFF;
    }
}
