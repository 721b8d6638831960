namespace TuyaMcu.Sensor
{
    /// <summary>The counts that must survive a reboot, kept apart from the settings.</summary>
    public sealed class SensorCounters
    {
        /// <summary>Opens (contact mode) or pulses (pulse mode), 64-bit inside; reported modulo 2^24.</summary>
        public long Total;

        /// <summary>Duration of the last completed open period, minutes.</summary>
        public int LastOpenDurationMin;

        /// <summary>Unix time the contact last opened, or -1 when unknown (used across deep sleep).</summary>
        public long OpenedAtUnix = -1;

        /// <summary>The CPN01's 24-bit total: <see cref="Total"/> wrapping after 16777215.</summary>
        public int Total24
        {
            get { return (int)(Total & 0xFFFFFF); }
        }

        /// <summary>A copy.</summary>
        public SensorCounters Clone()
        {
            return (SensorCounters)MemberwiseClone();
        }
    }
}
