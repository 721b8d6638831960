namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's "alarm based on timeout" (AT+TTRIG=keepStatus,keepTime): when the contact stays
    /// in the monitored state (keepStatus 1: open, after close→open; 0: closed, after open→close)
    /// longer than keepTime seconds, the alarm fires — once — and stays active until the contact
    /// changes, which re-arms it. keepTime 0 disables it.
    /// </summary>
    public sealed class OpenAlarm
    {
        /// <summary>keepStatus value that monitors the closed state.</summary>
        public const int WatchClosed = 0;

        /// <summary>keepStatus value that monitors the open state.</summary>
        public const int WatchOpen = 1;

        private int _keepStatus;
        private int _keepTimeSeconds;
        private bool _armed;
        private long _armedAt;

        /// <summary>True from the moment the alarm fired until the contact changes.</summary>
        public bool IsActive { get; private set; }

        /// <summary>0 monitors closed, 1 monitors open.</summary>
        public int KeepStatus
        {
            get { return _keepStatus; }
        }

        /// <summary>Seconds in the monitored state before the alarm; 0 disables.</summary>
        public int KeepTimeSeconds
        {
            get { return _keepTimeSeconds; }
        }

        /// <summary>When the alarm will fire if nothing changes, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return _armed && _keepTimeSeconds > 0 ? _armedAt + _keepTimeSeconds * 1000L : long.MaxValue; }
        }

        /// <summary>
        /// Applies new settings. If the contact is in the newly monitored state, the timeout counts
        /// from now: a setting never fires an alarm for time spent before it was made.
        /// </summary>
        public void Configure(int keepStatus, int keepTimeSeconds, bool closed, long nowMs)
        {
            _keepStatus = keepStatus;
            _keepTimeSeconds = keepTimeSeconds;
            IsActive = false;
            _armed = IsWatched(closed);
            _armedAt = nowMs;
        }

        /// <summary>The contact changed at <paramref name="changedAtMs"/>: clears the alarm and re-arms if the new state is monitored.</summary>
        public void OnContactChanged(bool closed, long changedAtMs)
        {
            IsActive = false;
            _armed = IsWatched(closed);
            _armedAt = changedAtMs;
        }

        /// <summary>
        /// Restores the alarm after a reboot or deep sleep: the contact has been in its state since
        /// <paramref name="changedAtMs"/> (which may lie before this boot), and the alarm did or did
        /// not fire already for it.
        /// </summary>
        public void Restore(int keepStatus, int keepTimeSeconds, bool closed, long changedAtMs, bool fired)
        {
            _keepStatus = keepStatus;
            _keepTimeSeconds = keepTimeSeconds;
            bool watched = IsWatched(closed);
            IsActive = watched && fired && keepTimeSeconds > 0;
            _armed = watched && !fired;
            _armedAt = changedAtMs;
        }

        /// <summary>Returns true exactly once, when the alarm fires.</summary>
        public bool Update(long nowMs)
        {
            if (!_armed || _keepTimeSeconds == 0 || nowMs < NextDueMs)
            {
                return false;
            }

            _armed = false;
            IsActive = true;
            return true;
        }

        private bool IsWatched(bool closed)
        {
            return closed ? _keepStatus == WatchClosed : _keepStatus == WatchOpen;
        }
    }
}
