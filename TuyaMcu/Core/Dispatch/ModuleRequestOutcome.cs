namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// How a request to the module ended, handed to its <see cref="IModuleRequestObserver"/>. For
    /// <see cref="ModuleRequestStatus.Answered"/> and <see cref="ModuleRequestStatus.Malformed"/> the
    /// answer's data is <see cref="Buffer"/>[<see cref="DataOffset"/> ..]. The dispatcher allocates
    /// one and fills it from the link's outcome for every request, so the whole outcome (the buffer
    /// too) is valid only during the call: an observer that keeps one copies what it needs.
    /// </summary>
    /// <remarks>A class, not a struct: nanoCLR would put a struct on the heap in every method that declares one and clone it for every call.</remarks>
    public sealed class ModuleRequestOutcome
    {
        /// <summary>The request's command (<see cref="TuyaMcu.Protocol.TuyaCommand"/>).</summary>
        public byte Command;

        /// <summary>The caller's tag, given when the request was queued.</summary>
        public int Tag;

        /// <summary>Answered, timed out, cancelled, or answered malformed.</summary>
        public ModuleRequestStatus Status;

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
            get { return Status == ModuleRequestStatus.Answered && DataLength > 0 ? Buffer[DataOffset] : -1; }
        }
    }
}
