namespace TuyaMcu.Hal
{
    /// <summary>
    /// Where components report what a developer at the bench wants to know. Called on rare
    /// paths only (errors, state changes), so building the message may allocate.
    /// </summary>
    public interface ILog
    {
        /// <summary>Writes one line.</summary>
        void Write(LogLevel level, string component, string message);
    }
}
