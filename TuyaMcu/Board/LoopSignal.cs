using System.Threading;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Wakes the main loop early: UART and pin events set it, so the loop can wait until its
    /// next due time and still react to a byte or an edge at once.
    /// </summary>
    public sealed class LoopSignal
    {
        private readonly AutoResetEvent _event = new AutoResetEvent(false);

        /// <summary>Something happened.</summary>
        public void Set()
        {
            _event.Set();
        }

        /// <summary>Waits up to <paramref name="milliseconds"/> for <see cref="Set"/>.</summary>
        public void Wait(int milliseconds)
        {
            _event.WaitOne(milliseconds, false);
        }
    }
}
