namespace TuyaMcu.Platform
{
    /// <summary>
    /// An application that, at every wake (a boot), writes the samples of the timer ticks it slept
    /// through, each with its tick's own time and the values that held then: in battery mode the
    /// inputs that wake the chip change nothing unseen, so those values are known exactly at the next
    /// wake. The chip need not wake for such a tick: the power manager sleeps until
    /// <see cref="WakeDueMs"/>, not <see cref="IApplication.NextDueMs"/>.
    /// </summary>
    public interface IBackFilling
    {
        /// <summary>When the chip must be awake again (the application's timers but the ticks the next wake back-fills), or <see cref="long.MaxValue"/>.</summary>
        long WakeDueMs { get; }
    }
}
