namespace TuyaMcu.AtConsole
{
    /// <summary>What one input byte did to the line being typed (so the console knows what to echo).</summary>
    public enum LineEvent
    {
        /// <summary>Nothing visible: an ignored control byte, or the LF of a CR LF pair.</summary>
        None,

        /// <summary>A character was added.</summary>
        Typed,

        /// <summary>Backspace or DEL removed the last character.</summary>
        Erased,

        /// <summary>The line ended and fits: take it with <see cref="LineAssembler.TakeLine"/>.</summary>
        Complete,

        /// <summary>The line ended but was longer than the limit; it was discarded.</summary>
        TooLong,
    }
}
