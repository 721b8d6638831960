namespace TuyaMcu.Protocol
{
    /// <summary>
    /// A view of one complete frame inside a buffer the parser owns. Valid only during the call
    /// that hands it out: the parser reuses its buffer for the next bytes, so a sink that must
    /// keep a frame copies the bytes it needs.
    /// </summary>
    public struct Frame
    {
        /// <summary>Creates a view of the frame occupying <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        public Frame(byte[] buffer, int offset, int length, long streamPosition)
        {
            Buffer = buffer;
            Offset = offset;
            Length = length;
            StreamPosition = streamPosition;
        }

        /// <summary>The buffer that holds the frame.</summary>
        public readonly byte[] Buffer;

        /// <summary>Offset of the first header byte in <see cref="Buffer"/>.</summary>
        public readonly int Offset;

        /// <summary>Length of the whole frame, header through checksum.</summary>
        public readonly int Length;

        /// <summary>How many bytes of the stream preceded this frame (counting from the parser's creation or last reset).</summary>
        public readonly long StreamPosition;

        /// <summary>The protocol version byte (0x00 for NB-IoT; other Tuya variants send 0x01 or 0x03).</summary>
        public byte Version
        {
            get { return Buffer[Offset + FrameFormat.VersionOffset]; }
        }

        /// <summary>The command code; see <see cref="TuyaCommand"/>.</summary>
        public byte Command
        {
            get { return Buffer[Offset + FrameFormat.CommandOffset]; }
        }

        /// <summary>Offset of the first data byte in <see cref="Buffer"/>.</summary>
        public int DataOffset
        {
            get { return Offset + FrameFormat.DataOffset; }
        }

        /// <summary>Number of data bytes.</summary>
        public int DataLength
        {
            get { return Length - FrameFormat.Overhead; }
        }

        /// <summary>The checksum byte the frame carries.</summary>
        public byte ChecksumByte
        {
            get { return Buffer[Offset + Length - 1]; }
        }

        /// <summary>The data byte at <paramref name="index"/> (0-based within the data).</summary>
        public byte DataAt(int index)
        {
            return Buffer[Offset + FrameFormat.DataOffset + index];
        }
    }
}
