namespace TuyaMcu.Link
{
    /// <summary>How an MCU request ended, as far as the link can tell.</summary>
    /// <remarks>The dispatcher takes a status over by its value: do not renumber.</remarks>
    public enum RequestStatus
    {
        /// <summary>The module answered; the answer's data is in the outcome.</summary>
        Answered = 0,

        /// <summary>No answer after every retry.</summary>
        TimedOut = 1,

        /// <summary>Dropped without an answer because the link was reset (for example the module restarted).</summary>
        Cancelled = 2,
    }
}
