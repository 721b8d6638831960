namespace TuyaMcu.Hal
{
    /// <summary>A full-duplex byte stream to the module: a UART on the device, a simulated or real serial line on the host.</summary>
    public interface IByteTransport
    {
        /// <summary>Reads up to <paramref name="count"/> bytes that have already arrived; returns 0 when none have. Never blocks.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Queues bytes for sending. Does not wait for them to leave the wire.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
