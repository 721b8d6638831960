namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// DP ids of the POM01-N-style power-outage monitor, as <see cref="Pom01nSchema"/> defines them.
    /// Tuya has no standard function for a power outage or a low mains voltage, so those are custom
    /// (101 on); the standard codes used (<c>battery_percentage</c>, <c>battery_value</c>,
    /// <c>signal_strength</c>) mean exactly what Tuya's do, and keep their ids 2, 103, 104 here.
    /// </summary>
    public static class Pom01nDp
    {
        /// <summary>battery_percentage, value 0..100 %, ro (Tuya standard): the backup battery.</summary>
        public const byte BatteryPercentage = 2;

        /// <summary>power_outage, bool, ro: true while the AC is below about 17 V.</summary>
        public const byte PowerOutage = 101;

        /// <summary>low_voltage, bool, ro: true below about 190 V, until back above about 205 V.</summary>
        public const byte LowVoltage = 102;

        /// <summary>battery_value (Tuya standard), value mV, ro: the backup battery's voltage.</summary>
        public const byte BatteryVoltage = 103;

        /// <summary>signal_strength (Tuya standard), value dBm (the RSRP; -255 while unknown), ro. The payload keeps Dragino's CSQ.</summary>
        public const byte SignalStrength = 104;

        /// <summary>report_interval (AT+TDC), value seconds, rw.</summary>
        public const byte ReportInterval = 105;

        /// <summary>outage_trigger (AT+INTMOD a), enum off/both/falling/rising, rw.</summary>
        public const byte OutageTrigger = 106;

        /// <summary>low_voltage_trigger (AT+INTMOD b), enum off/both/falling/rising, rw.</summary>
        public const byte LowVoltageTrigger = 107;

        /// <summary>clock_log_enable (AT+CLOCKLOG a), bool, rw.</summary>
        public const byte ClockLogEnable = 108;

        /// <summary>clock_log_start (AT+CLOCKLOG b), value 0..3599 or 65535 s, rw.</summary>
        public const byte ClockLogStart = 109;

        /// <summary>clock_log_interval (AT+CLOCKLOG c), value 0..255 min, rw.</summary>
        public const byte ClockLogInterval = 110;

        /// <summary>clock_log_entries (AT+CLOCKLOG d), value 0..32, rw.</summary>
        public const byte ClockLogEntries = 111;

        /// <summary>payload_format (AT+PRO second value), enum hex/json, rw.</summary>
        public const byte PayloadFormat = 112;

        /// <summary>device_reset (ATZ, downlink 04FF), bool, wr.</summary>
        public const byte DeviceReset = 113;

        /// <summary>pom01n_payload, raw, ro: the payload in Dragino's hex layout (type 0).</summary>
        public const byte Pom01nPayload = 120;

        /// <summary>pom01n_json, string, ro: the payload as Dragino's General JSON (type 5, after AT+PRO=x,5).</summary>
        public const byte Pom01nJson = 121;

        /// <summary>pom01n_downlink, raw, wr: Dragino downlinks (01 TDC, 04FF reset, 06 INTMOD, 0A CLOCKLOG).</summary>
        public const byte Pom01nDownlink = 122;
    }
}
