namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// DP ids of the CPN01-style sensor, as <see cref="Cpn01Schema"/> defines them: Tuya's
    /// standard door-sensor ("mcs") functions where they exist (1..3), custom ones from 101.
    /// </summary>
    public static class Cpn01Dp
    {
        /// <summary>doorcontact_state, bool, ro: true while the contact is open.</summary>
        public const byte DoorContactState = 1;

        /// <summary>battery_percentage, value 0..100 %, ro.</summary>
        public const byte BatteryPercentage = 2;

        /// <summary>battery_state, enum low/middle/high, ro.</summary>
        public const byte BatteryState = 3;

        /// <summary>total_count, value 0..16777215, ro: opens (contact mode) or pulses (pulse mode), the CPN01's 24-bit total.</summary>
        public const byte TotalCount = 101;

        /// <summary>last_open_duration, value minutes, ro.</summary>
        public const byte LastOpenDuration = 102;

        /// <summary>open_alarm, bool, ro.</summary>
        public const byte OpenAlarm = 103;

        /// <summary>battery_value (Tuya's standard code for the battery's value), mV, ro.</summary>
        public const byte BatteryVoltage = 104;

        /// <summary>signal_strength (Tuya's standard code), the RSRP in dBm, -255 while unknown, ro (the CPN01 payload carries it as CSQ).</summary>
        public const byte SignalStrength = 105;

        /// <summary>report_interval (AT+TDC), value seconds, rw.</summary>
        public const byte ReportInterval = 106;

        /// <summary>record_interval (AT+TR), value seconds, rw.</summary>
        public const byte RecordInterval = 107;

        /// <summary>records_per_uplink (AT+NOUD), value 0..32, rw.</summary>
        public const byte RecordsPerUplink = 108;

        /// <summary>alarm_keep_status (AT+TTRIG first value), enum closed/open, rw.</summary>
        public const byte AlarmKeepStatus = 109;

        /// <summary>alarm_keep_time (AT+TTRIG second value), value seconds 0..65535, rw.</summary>
        public const byte AlarmKeepTime = 110;

        /// <summary>trigger_mode (AT+TTRMOD), enum close_to_open/open_to_close, rw.</summary>
        public const byte TriggerMode = 111;

        /// <summary>calculate_flag (AT+CALCFLAG), value 0..63, rw.</summary>
        public const byte CalculateFlag = 112;

        /// <summary>set_count (AT+SETCNT), value, wr.</summary>
        public const byte SetCount = 113;

        /// <summary>clear_count (AT+CLRC), bool, wr.</summary>
        public const byte ClearCount = 114;

        /// <summary>event_uplink (AT+INTMOD), enum off/both/open/close, rw.</summary>
        public const byte EventUplink = 115;

        /// <summary>device_reset (ATZ, downlink 04FF), bool, wr.</summary>
        public const byte DeviceReset = 116;

        /// <summary>work_mode, enum contact/pulse, rw.</summary>
        public const byte WorkMode = 117;

        /// <summary>cpn01_payload, raw, ro: the CPN01 uplink payload in Dragino's byte layout.</summary>
        public const byte Cpn01Payload = 120;

        /// <summary>cpn01_downlink, raw, wr: CPN01 downlink payloads (01xxxxxx TDC, 04FF reset, 06xxxxxx INTMOD).</summary>
        public const byte Cpn01Downlink = 121;
    }
}
