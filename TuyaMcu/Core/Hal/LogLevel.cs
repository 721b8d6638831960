namespace TuyaMcu.Hal
{
    /// <summary>How important a log line is.</summary>
    public enum LogLevel
    {
        /// <summary>Detail for AT+DEBUG=1.</summary>
        Debug,

        /// <summary>State changes worth seeing.</summary>
        Info,

        /// <summary>Something went wrong and was handled.</summary>
        Warning,

        /// <summary>Something went wrong that needs attention.</summary>
        Error,
    }
}
