namespace TuyaMcu.Link
{
    /// <summary>How an MCU request ended.</summary>
    public enum RequestStatus
    {
        /// <summary>The module answered; the answer's data is in the outcome.</summary>
        Answered,

        /// <summary>No answer after every retry.</summary>
        TimedOut,

        /// <summary>Answered, but with data the spec does not allow for the command (for example a month of 13); a failure.</summary>
        Malformed,

        /// <summary>Dropped without an answer because the link was reset (for example the module restarted).</summary>
        Cancelled,
    }
}
