namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// What must survive a reboot or a deep sleep besides the settings: the counts, and the
    /// contact's and timers' state in wall-clock terms (uptime starts again at every wake).
    /// </summary>
    public sealed class Cpn01Counters
    {
        /// <summary>Opens (contact mode) or pulses (pulse mode), 64-bit inside; reported modulo 2^24.</summary>
        public long Total;

        /// <summary>Duration of the last completed open period, minutes.</summary>
        public int LastOpenDurationMin;

        /// <summary>Unix time the contact last opened, or -1 when unknown (or closed).</summary>
        public long OpenedAtUnix = -1;

        /// <summary>True once <see cref="ContactClosed"/> holds a known state.</summary>
        public bool HasContactState;

        /// <summary>The contact's last known state, so a change while the chip slept or rebooted still counts.</summary>
        public bool ContactClosed;

        /// <summary>Unix time of the last contact change, or -1 (the open alarm counts from it across a sleep).</summary>
        public long ChangedAtUnix = -1;

        /// <summary>True when the open alarm already fired for the current contact state.</summary>
        public bool AlarmFired;

        /// <summary>Unix time the next periodic uplink is due, or -1 before the clock is known.</summary>
        public long NextTdcUnix = -1;

        /// <summary>Unix time the next datalog record is due, or -1 before the clock is known.</summary>
        public long NextTrUnix = -1;

        /// <summary>The CPN01's 24-bit total: <see cref="Total"/> wrapping after 16777215.</summary>
        public int Total24
        {
            get { return (int)(Total & 0xFFFFFF); }
        }

        /// <summary>A copy.</summary>
        public Cpn01Counters Clone()
        {
            return (Cpn01Counters)MemberwiseClone();
        }
    }
}
