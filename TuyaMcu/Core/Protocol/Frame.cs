namespace TuyaMcu.Protocol
{
    /// <summary>
    /// A view of one complete frame inside a buffer: the caller's own bytes when the frame arrived
    /// whole in one read, otherwise the parser's buffer. A parser hands out the same instance for
    /// every frame and a sink may read it only during the call: a sink that must keep a frame
    /// copies the bytes it needs.
    /// </summary>
    /// <remarks>
    /// A class, and plain fields, for nanoCLR: a struct would be put on the heap for every method
    /// that declares one and cloned for every call it is passed to, and a property read is a call.
    /// The fields are set by whoever creates the view; a sink only reads them.
    /// </remarks>
    // hot path: handed on for every frame received
    public sealed class Frame
    {
        /// <summary>The buffer that holds the frame.</summary>
        public byte[] Buffer;

        /// <summary>Offset of the first header byte in <see cref="Buffer"/>.</summary>
        public int Offset;

        /// <summary>Length of the whole frame, header through checksum.</summary>
        public int Length;

        /// <summary>How many bytes of the stream preceded this frame (counting from the parser's creation).</summary>
        public long StreamPosition;

        /// <summary>An empty view, for a parser to point at each frame it finds.</summary>
        public Frame()
        {
        }

        /// <summary>Creates a view of the frame occupying <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        public Frame(byte[] buffer, int offset, int length, long streamPosition)
        {
            Buffer = buffer;
            Offset = offset;
            Length = length;
            StreamPosition = streamPosition;
        }

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
