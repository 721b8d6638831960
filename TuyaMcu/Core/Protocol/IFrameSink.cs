namespace TuyaMcu.Protocol
{
    /// <summary>Receives what a <see cref="FrameParser"/> finds in the byte stream, in stream order.</summary>
    public interface IFrameSink
    {
        /// <summary>A complete frame whose checksum is right. The view is valid only during the call.</summary>
        void OnFrame(Frame frame);

        /// <summary>
        /// A frame-shaped run of bytes whose checksum is wrong. The parser drops its first byte
        /// and rescans the rest, so frames inside it are still found. Valid only during the call.
        /// </summary>
        void OnChecksumMismatch(Frame candidate);
    }
}
