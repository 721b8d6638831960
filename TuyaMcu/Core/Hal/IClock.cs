namespace TuyaMcu.Hal
{
    /// <summary>
    /// Monotonic time since start-up, in milliseconds. Logic reads time only through this, so a
    /// host test can run a simulated week in a second.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since start-up; never goes backwards.</summary>
        long UptimeMs { get; }
    }
}
