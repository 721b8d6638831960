namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// AT+CLOCKLOG=a,b,c,d: a enables the clock log; b is the second of the hour of the first
    /// sample (0..3599), or 65535 to start after the first uplink once the log has started; c is
    /// the interval in minutes (0..255, 0 takes no samples); d is the number of entries each TDC
    /// uplink carries (0..32). Defaults 1,65535,15,8, the manual's example: eight 15-minute samples
    /// span the default TDC of two hours.
    /// </summary>
    public sealed class ClockLogSettings
    {
        /// <summary>b: start after the first uplink instead of at a second of the hour.</summary>
        public const int AfterFirstUplink = 65535;

        /// <summary>Largest second of the hour for b.</summary>
        public const int MaxStartSecond = 3599;

        /// <summary>Largest interval, minutes.</summary>
        public const int MaxIntervalMin = 255;

        /// <summary>Most entries per TDC uplink.</summary>
        public const int MaxEntriesPerUplink = 32;

        /// <summary>a: true when clock logging is on.</summary>
        public bool Enabled;

        /// <summary>b: the second of the hour of the first sample, or <see cref="AfterFirstUplink"/>.</summary>
        public int StartSecond;

        /// <summary>c: minutes between samples; 0 takes none.</summary>
        public int IntervalMin;

        /// <summary>d: entries each TDC uplink carries.</summary>
        public int EntriesPerUplink;

        /// <summary>The factory settings, 1,65535,15,8.</summary>
        public ClockLogSettings()
        {
            SetFactory();
        }

        /// <summary>Puts every value back to the factory settings, 1,65535,15,8 (the manual's example).</summary>
        public void SetFactory()
        {
            Enabled = true;
            StartSecond = AfterFirstUplink;
            IntervalMin = 15;
            EntriesPerUplink = 8;
        }

        /// <summary>True when samples are taken: enabled with a non-zero interval.</summary>
        public bool Samples
        {
            get { return Enabled && IntervalMin > 0; }
        }

        /// <summary>Null when a,b,c,d are a valid AT+CLOCKLOG; else why not, naming the parameter.</summary>
        public static string Check(int a, int b, int c, int d)
        {
            if (a != 0 && a != 1)
            {
                return "CLOCKLOG a (enable) must be 0 or 1, got " + a.ToString();
            }

            if ((b < 0 || b > MaxStartSecond) && b != AfterFirstUplink)
            {
                return "CLOCKLOG b (first sample, second of the hour) must be 0..3599 or 65535, got " + b.ToString();
            }

            if (c < 0 || c > MaxIntervalMin)
            {
                return "CLOCKLOG c (interval) must be 0..255 minutes, got " + c.ToString();
            }

            if (d < 0 || d > MaxEntriesPerUplink)
            {
                return "CLOCKLOG d (entries per uplink) must be 0..32, got " + d.ToString();
            }

            return null;
        }

        /// <summary>Sets a,b,c,d when <see cref="Check"/> passes them; returns its answer (and changes nothing when it is not null).</summary>
        public string Set(int a, int b, int c, int d)
        {
            string error = Check(a, b, c, d);
            if (error == null)
            {
                Enabled = a == 1;
                StartSecond = b;
                IntervalMin = c;
                EntriesPerUplink = d;
            }

            return error;
        }

        /// <summary>Copies <paramref name="other"/>.</summary>
        public void CopyFrom(ClockLogSettings other)
        {
            Enabled = other.Enabled;
            StartSecond = other.StartSecond;
            IntervalMin = other.IntervalMin;
            EntriesPerUplink = other.EntriesPerUplink;
        }
    }
}
