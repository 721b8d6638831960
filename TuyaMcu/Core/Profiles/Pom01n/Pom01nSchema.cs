using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N product schema, built in code like the CPN01's (its texts stay in flash):
    /// <c>tuyamcu schema</c> prints it as the JSON the Tuya IoT Platform imports. Standard codes mean
    /// exactly what Tuya's do (<c>battery_percentage</c>, <c>battery_value</c> in mV,
    /// <c>signal_strength</c> in dBm; the payload keeps Dragino's CSQ); power outage and low voltage
    /// have none, so they and the rest are this product's own, from 101.
    /// </summary>
    public static class Pom01nSchema
    {
        /// <summary>Longest JSON payload a string DP carries here: what fits one frame with the report's other units.</summary>
        public const int MaxJsonLength = 400;

        /// <summary>Builds the table: one definition per DP.</summary>
        public static DpDefinition[] Create()
        {
            DpMode ro = DpMode.ReadOnly;
            DpMode rw = DpMode.ReadWrite;
            DpMode wr = DpMode.WriteOnly;
            const string triggers = "off,both,falling,rising";
            return new DpDefinition[]
            {
                DpDefinition.Value(Pom01nDp.BatteryPercentage, "battery_percentage", "Battery level", ro, 0, 100, "%"),
                DpDefinition.Bool(Pom01nDp.PowerOutage, "power_outage", "Power outage", ro),
                DpDefinition.Bool(Pom01nDp.LowVoltage, "low_voltage", "Low voltage", ro),
                DpDefinition.Value(Pom01nDp.BatteryVoltage, "battery_value", "Battery voltage", ro, 0, 30000, "mV"),
                DpDefinition.Value(Pom01nDp.SignalStrength, "signal_strength", "Signal strength", ro, -255, 255, "dBm"),
                DpDefinition.Value(Pom01nDp.ReportInterval, "report_interval", "Uplink interval (TDC)", rw, Pom01nDownlink.MinTdcSeconds, Pom01nDownlink.MaxTdcSeconds, "s"),
                DpDefinition.Enum(Pom01nDp.OutageTrigger, "outage_trigger", "Power outage events (INTMOD a)", rw, triggers),
                DpDefinition.Enum(Pom01nDp.LowVoltageTrigger, "low_voltage_trigger", "Low voltage events (INTMOD b)", rw, triggers),
                DpDefinition.Bool(Pom01nDp.ClockLogEnable, "clock_log_enable", "Clock log (CLOCKLOG a)", rw),
                DpDefinition.Value(Pom01nDp.ClockLogStart, "clock_log_start", "Clock log start, s of the hour or 65535 (CLOCKLOG b)", rw, 0, ClockLogSettings.AfterFirstUplink, "s"),
                DpDefinition.Value(Pom01nDp.ClockLogInterval, "clock_log_interval", "Clock log interval (CLOCKLOG c)", rw, 0, ClockLogSettings.MaxIntervalMin, "min"),
                DpDefinition.Value(Pom01nDp.ClockLogEntries, "clock_log_entries", "Entries per uplink (CLOCKLOG d)", rw, 0, ClockLogSettings.MaxEntriesPerUplink, null),
                DpDefinition.Enum(Pom01nDp.PayloadFormat, "payload_format", "Payload format (PRO)", rw, "hex,json"),
                DpDefinition.Bool(Pom01nDp.DeviceReset, "device_reset", "Reset device", wr),
                DpDefinition.Raw(Pom01nDp.Pom01nPayload, "pom01n_payload", "POM01-N payload", ro, Pom01nPayload.MaxLength),
                DpDefinition.Text(Pom01nDp.Pom01nJson, "pom01n_json", "POM01-N JSON payload", ro, MaxJsonLength),
                DpDefinition.Raw(Pom01nDp.Pom01nDownlink, "pom01n_downlink", "POM01-N downlink", wr, 16),
            };
        }
    }
}
