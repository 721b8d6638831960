namespace TuyaMcu.Hal
{
    /// <summary>
    /// Named blobs in non-volatile storage: files on the ESP32's internal flash drive I: on the
    /// device, files in a directory on the host. Each write replaces the whole blob; a power cut
    /// during a write may leave it truncated or partly old, which the stores above detect.
    /// </summary>
    public interface IStorage
    {
        /// <summary>Reads blob <paramref name="name"/> into <paramref name="buffer"/>; returns its length, or -1 when it does not exist. Throws if it is larger than the buffer.</summary>
        int Read(string name, byte[] buffer, int offset, int count);

        /// <summary>Replaces blob <paramref name="name"/> with <paramref name="count"/> bytes.</summary>
        void Write(string name, byte[] buffer, int offset, int count);

        /// <summary>Removes blob <paramref name="name"/> if it exists.</summary>
        void Delete(string name);
    }
}
