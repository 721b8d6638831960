using System;

namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Builds 0x55AA frames into a caller's buffer without allocating. Either in one call
    /// (<see cref="Write"/>), or in place: reserve the header with <see cref="Begin"/>, write
    /// the data at <c>offset + FrameFormat.DataOffset</c> (for example with a <see cref="DpWriter"/>),
    /// then <see cref="Seal"/> fills in the length and checksum.
    /// </summary>
    // hot path: builds every frame sent
    public static class FrameWriter
    {
        /// <summary>
        /// Writes a whole frame and returns its length.
        /// </summary>
        /// <exception cref="ArgumentException">The frame does not fit in <paramref name="destination"/>, or the data is longer than 65535 bytes.</exception>
        public static int Write(byte[] destination, int offset, byte version, byte command, byte[] data, int dataOffset, int dataLength)
        {
            if (dataLength < 0 || dataLength > FrameFormat.MaxEncodableDataLength)
            {
                throw new ArgumentOutOfRangeException("dataLength", "must be 0..65535");
            }

            if (dataLength > 0 && (data == null || dataOffset < 0 || dataOffset > data.Length - dataLength))
            {
                throw new ArgumentOutOfRangeException("dataOffset", "data range lies outside the data buffer");
            }

            Begin(destination, offset, version, command, dataLength);
            if (dataLength > 0)
            {
                Array.Copy(data, dataOffset, destination, offset + FrameFormat.DataOffset, dataLength);
            }

            return Seal(destination, offset, dataLength);
        }

        /// <summary>Writes a frame with no data and returns its length (7).</summary>
        public static int WriteEmpty(byte[] destination, int offset, byte version, byte command)
        {
            Begin(destination, offset, version, command, 0);
            return Seal(destination, offset, 0);
        }

        /// <summary>
        /// Writes the header, version and command of a frame whose data will follow at
        /// <c>offset + FrameFormat.DataOffset</c>, checking that up to <paramref name="maxDataLength"/>
        /// data bytes and the checksum fit.
        /// </summary>
        public static void Begin(byte[] destination, int offset, byte version, byte command, int maxDataLength)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (offset < 0 || maxDataLength < 0 || offset > destination.Length - FrameFormat.Overhead - maxDataLength)
            {
                throw new ArgumentException("frame does not fit in the destination buffer");
            }

            destination[offset] = FrameFormat.Header1;
            destination[offset + 1] = FrameFormat.Header2;
            destination[offset + FrameFormat.VersionOffset] = version;
            destination[offset + FrameFormat.CommandOffset] = command;
        }

        /// <summary>
        /// Completes a frame begun with <see cref="Begin"/> once its <paramref name="dataLength"/>
        /// data bytes are in place: writes the length and the checksum, and returns the frame's length.
        /// </summary>
        public static int Seal(byte[] destination, int offset, int dataLength)
        {
            if (dataLength < 0 || dataLength > FrameFormat.MaxEncodableDataLength || offset > destination.Length - FrameFormat.Overhead - dataLength)
            {
                throw new ArgumentException("frame does not fit in the destination buffer");
            }

            destination[offset + FrameFormat.LengthOffset] = (byte)(dataLength >> 8);
            destination[offset + FrameFormat.LengthOffset + 1] = (byte)dataLength;
            int checksumAt = offset + FrameFormat.DataOffset + dataLength;
            destination[checksumAt] = Checksum.Compute(destination, offset, checksumAt - offset);
            return dataLength + FrameFormat.Overhead;
        }
    }
}
