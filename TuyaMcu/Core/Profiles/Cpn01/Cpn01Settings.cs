namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The sensor's configuration, as the CPN01 names it (the password, debug and sleep lock are the
    /// device's own: <see cref="TuyaMcu.Platform.DeviceSettings"/>). Ranges are not repeated here: every
    /// change goes through the DP schema's limits (<see cref="Cpn01Schema"/>), whichever path it
    /// comes by (DP command, Dragino downlink, AT command, stored file).
    /// </summary>
    public sealed class Cpn01Settings
    {
        /// <summary>Contact mode: the total counts opens (per the trigger mode).</summary>
        public const int ModeContact = 0;

        /// <summary>Pulse mode: the total counts meter pulses.</summary>
        public const int ModePulse = 1;

        /// <summary>AT+TTRMOD 0: the total counts when the contact opens (close→open).</summary>
        public const int CountOnOpen = 0;

        /// <summary>AT+TTRMOD 1: the total counts when the contact closes (open→close).</summary>
        public const int CountOnClose = 1;

        /// <summary>What AT+CFGMOD adds to <see cref="WorkMode"/>: the CPN01 numbers its modes 1 (contact) and 2 (pulse), the DP 0 and 1.</summary>
        public const int CfgModOffset = 1;

        /// <summary>Event uplinks off: events are counted and reported periodically.</summary>
        public const int EventsOff = 0;

        /// <summary>Event uplink on every change.</summary>
        public const int EventsBoth = 1;

        /// <summary>Event uplink when the contact opens.</summary>
        public const int EventsOpen = 2;

        /// <summary>Event uplink when the contact closes.</summary>
        public const int EventsClose = 3;

        /// <summary>AT+TDC: uplink interval, s (CPN01 default: 1 h).</summary>
        public int TdcSeconds = 3600;

        /// <summary>AT+TR: datalog interval, s (default 900, minimum 180).</summary>
        public int TrSeconds = 900;

        /// <summary>AT+NOUD: datalog records per uplink (default 8, max 32).</summary>
        public int Noud = 8;

        /// <summary>AT+TTRIG first value: 0 monitors closed, 1 monitors open.</summary>
        public int AlarmKeepStatus;

        /// <summary>AT+TTRIG second value: seconds before the alarm; 0 disables (the default).</summary>
        public int AlarmKeepTimeSeconds;

        /// <summary>AT+TTRMOD: <see cref="CountOnOpen"/> or <see cref="CountOnClose"/>.</summary>
        public int TriggerMode;

        /// <summary>AT+CALCFLAG: user-defined 6-bit field.</summary>
        public int CalculateFlag;

        /// <summary>AT+INTMOD: event uplinks, see the Events* constants (default: on every change).</summary>
        public int EventUplinkMode = EventsBoth;

        /// <summary>Contact or pulse mode.</summary>
        public int WorkMode = ModeContact;

        /// <summary>Contact debounce, ms: reed switches bounce well under 1 ms, mechanical contacts up to ~20 ms; 50 ms covers both and still counts ten opens a second.</summary>
        public int DebounceMs = 50;

        /// <summary>Null when <paramref name="debounceMs"/> is a usable debounce (0..1000 ms), else why not.</summary>
        public static string CheckDebounce(int debounceMs)
        {
            return debounceMs >= 0 && debounceMs <= 1000 ? null : "debounce must be 0..1000 ms";
        }

        /// <summary>A copy.</summary>
        public Cpn01Settings Clone()
        {
            return (Cpn01Settings)MemberwiseClone();
        }

        /// <summary>Makes this a copy of <paramref name="other"/> without allocating (a change is staged in a copy, saved, then taken over).</summary>
        public void CopyFrom(Cpn01Settings other)
        {
            TdcSeconds = other.TdcSeconds;
            TrSeconds = other.TrSeconds;
            Noud = other.Noud;
            AlarmKeepStatus = other.AlarmKeepStatus;
            AlarmKeepTimeSeconds = other.AlarmKeepTimeSeconds;
            TriggerMode = other.TriggerMode;
            CalculateFlag = other.CalculateFlag;
            EventUplinkMode = other.EventUplinkMode;
            WorkMode = other.WorkMode;
            DebounceMs = other.DebounceMs;
        }
    }
}
