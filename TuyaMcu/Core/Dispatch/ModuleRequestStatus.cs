namespace TuyaMcu.Dispatch
{
    /// <summary>How a request to the module ended.</summary>
    /// <remarks>
    /// The first three have the values of the link's <see cref="TuyaMcu.Link.RequestStatus"/>, so the
    /// dispatcher takes the link's status over by a cast; <see cref="Malformed"/> is the dispatcher's own.
    /// </remarks>
    public enum ModuleRequestStatus
    {
        /// <summary>The module answered, and the answer is what the spec allows; its data is in the outcome.</summary>
        Answered = 0,

        /// <summary>No answer after every retry.</summary>
        TimedOut = 1,

        /// <summary>Dropped without an answer because the link was reset (for example the module restarted).</summary>
        Cancelled = 2,

        /// <summary>Answered, but with data the spec does not allow for the command (for example a month of 13); a failure, and nothing was read.</summary>
        Malformed = 3,
    }
}
