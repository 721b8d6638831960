namespace TuyaMcu.Platform
{
    /// <summary>
    /// When to try again an uplink that could not be made — the cloud was out of reach, or did not
    /// acknowledge the real-time report: after <see cref="FirstRetryMs"/>, then twice as long each
    /// time the uplink fails the same way, never longer than half the TDC interval. So a short
    /// outage is caught within minutes, and through a long one every TDC slot still gets a try at
    /// its start and one half-way through, while the chip sleeps in between. The back-off starts
    /// again when the way it fails changes: the first refusal from a cloud that was out of reach
    /// is retried after a minute. An acknowledged uplink ends it. Its state survives a deep sleep
    /// (<see cref="Restore"/>).
    /// </summary>
    public sealed class UplinkRetry
    {
        /// <summary>First wait after a failed uplink, ms.</summary>
        public const int FirstRetryMs = 60000;

        /// <summary>Uplinks failed in a row the same way (0: none owed).</summary>
        public int Failures { get; private set; }

        /// <summary>True when the last failure was the cloud refusing the report (it was reachable), false when it was out of reach.</summary>
        public bool LastRefused { get; private set; }

        /// <summary>Uptime of the next try, or <see cref="long.MaxValue"/> when none is waiting.</summary>
        public long RetryAtMs { get; private set; } = long.MaxValue;

        /// <summary>Uptime of the last failure in this boot, or <see cref="long.MinValue"/>.</summary>
        public long FailedAtMs { get; private set; } = long.MinValue;

        /// <summary>
        /// True when an uplink failed less than <see cref="FirstRetryMs"/> before <paramref name="now"/>:
        /// a new reason to uplink (the TDC timer) need not try again so soon; the retry is scheduled.
        /// </summary>
        public bool JustFailed(long now)
        {
            return Failures > 0 && FailedAtMs != long.MinValue && now - FailedAtMs < FirstRetryMs;
        }

        /// <summary>True when the last uplink failed and none has succeeded since.</summary>
        public bool IsOwed
        {
            get { return Failures > 0; }
        }

        /// <summary>The uplink failed at <paramref name="now"/>: the cloud was out of reach (<paramref name="refused"/> false) or refused the report.</summary>
        public void Failed(long now, int tdcSeconds, bool refused)
        {
            if (refused != LastRefused)
            {
                Failures = 0;
                LastRefused = refused;
            }

            Failures++;
            FailedAtMs = now;
            long delay = (long)FirstRetryMs << (Failures > 20 ? 20 : Failures - 1);
            long cap = tdcSeconds * 1000L / 2;
            if (cap < FirstRetryMs)
            {
                cap = FirstRetryMs;
            }

            RetryAtMs = now + (delay < cap ? delay : cap);
        }

        /// <summary>An uplink starts: no separate try is needed until it ends.</summary>
        public void Started()
        {
            RetryAtMs = long.MaxValue;
        }

        /// <summary>The cloud acknowledged an uplink: nothing is owed.</summary>
        public void Succeeded()
        {
            Failures = 0;
            LastRefused = false;
            RetryAtMs = long.MaxValue;
        }

        /// <summary>Picks up where an earlier boot left off (persisted across a deep sleep).</summary>
        public void Restore(int failures, bool lastRefused, long retryAtMs)
        {
            Failures = failures < 0 ? 0 : failures;
            LastRefused = Failures > 0 && lastRefused;
            RetryAtMs = Failures == 0 ? long.MaxValue : retryAtMs;
        }
    }
}
