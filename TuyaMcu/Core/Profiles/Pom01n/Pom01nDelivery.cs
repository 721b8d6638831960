namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// Which log entries the next uplink carries: the ones no acknowledged uplink has carried yet
    /// (the newest, whose sequence numbers are above the last delivered), the oldest of them first,
    /// up to AT+CLOCKLOG d (all an uplink holds when an event waits), and none whose time is still
    /// unknown. A pure function of the log, so a static one: it holds nothing, allocates nothing.
    /// </summary>
    public static class Pom01nDelivery
    {
        /// <summary>
        /// How many entries the next uplink carries, at most <paramref name="maxEntries"/>, when
        /// <paramref name="delivered"/> is the sequence number of the last entry delivered and
        /// <paramref name="entriesPerUplink"/> is AT+CLOCKLOG d. <paramref name="pending"/> gets how
        /// many are undelivered: indices 0..pending-1 of <paramref name="log"/> (newest first); the
        /// ones carried are the oldest of them, pending-count..pending-1.
        /// </summary>
        public static int Sendable(Pom01nLog log, uint delivered, int entriesPerUplink, int maxEntries, out int pending)
        {
            pending = 0;
            bool eventWaits = false;
            while (pending < log.Count && log.SequenceAt(pending) > delivered)
            {
                eventWaits |= log.KindAt(pending) == LogEntryKind.Event;
                pending++;
            }

            int limit = eventWaits ? Pom01nPayload.MaxEntries : entriesPerUplink;
            int count = 0;
            for (int i = pending - 1; i >= 0 && count < limit && count < maxEntries && log.TimeKnownAt(i); i--)
            {
                count++;
            }

            return count;
        }
    }
}
