namespace TuyaMcu.Link
{
    /// <summary>
    /// How an MCU request ended, handed to its observer. For <see cref="RequestStatus.Answered"/>
    /// the answer's data is <see cref="Buffer"/>[<see cref="DataOffset"/> ..]. The link hands out
    /// the same instance for every request, so the whole outcome is valid only during the call: an
    /// observer that keeps one copies what it needs.
    /// </summary>
    /// <remarks>A class, not a struct: nanoCLR would put a struct on the heap in every method that declares one and clone it for every call.</remarks>
    public sealed class RequestOutcome
    {
        /// <summary>The request's command.</summary>
        public byte Command;

        /// <summary>The caller's tag, given when the request was queued.</summary>
        public int Tag;

        /// <summary>Answered, timed out or cancelled.</summary>
        public RequestStatus Status;

        /// <summary>How many times the request was sent.</summary>
        public int Attempts;

        /// <summary>Buffer holding the answer's data.</summary>
        public byte[] Buffer;

        /// <summary>Offset of the answer's data.</summary>
        public int DataOffset;

        /// <summary>Length of the answer's data.</summary>
        public int DataLength;

        /// <summary>First byte of the answer's data (the result byte of most answers), or -1 when there is none.</summary>
        public int FirstDataByte
        {
            get { return Status == RequestStatus.Answered && DataLength > 0 ? Buffer[DataOffset] : -1; }
        }
    }
}
