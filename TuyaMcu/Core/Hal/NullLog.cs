namespace TuyaMcu.Hal
{
    /// <summary>A log that discards everything.</summary>
    public sealed class NullLog : ILog
    {
        /// <summary>The shared instance.</summary>
        public static readonly NullLog Instance = new NullLog();

        /// <inheritdoc />
        public void Write(LogLevel level, string component, string message)
        {
        }
    }
}
