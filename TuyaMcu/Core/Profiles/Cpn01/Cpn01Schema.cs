using TuyaMcu.Dispatch;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The product schema: it drives the DP table and its validation on the device, and the bench
    /// tool names DPs by its codes. It is built in code, not parsed: its texts are literals, which
    /// nanoCLR leaves in the assembly (flash), so the table costs the device a small object per DP
    /// and nothing at boot. <c>tuyamcu schema</c> prints it as the JSON the Tuya IoT Platform
    /// imports. Ids 1..3 are Tuya's standard door-sensor functions; 101 onwards are this product's own.
    /// </summary>
    public static class Cpn01Schema
    {
        /// <summary>Builds the table: one definition per DP, standard codes first.</summary>
        public static DpDefinition[] Create()
        {
            DpMode ro = DpMode.ReadOnly;
            DpMode rw = DpMode.ReadWrite;
            DpMode wr = DpMode.WriteOnly;
            return new DpDefinition[]
            {
                DpDefinition.Bool(Cpn01Dp.DoorContactState, "doorcontact_state", "Door contact", ro),
                DpDefinition.Value(Cpn01Dp.BatteryPercentage, "battery_percentage", "Battery level", ro, 0, 100, "%"),
                DpDefinition.Enum(Cpn01Dp.BatteryState, "battery_state", "Battery state", ro, "low,middle,high"),
                DpDefinition.Value(Cpn01Dp.TotalCount, "total_count", "Total count", ro, 0, 16777215, null),
                DpDefinition.Value(Cpn01Dp.LastOpenDuration, "last_open_duration", "Last open duration", ro, 0, 16777215, "min"),
                DpDefinition.Bool(Cpn01Dp.OpenAlarm, "open_alarm", "Open alarm", ro),
                DpDefinition.Value(Cpn01Dp.BatteryVoltage, "battery_value", "Battery voltage", ro, 0, 30000, "mV"),
                DpDefinition.Value(Cpn01Dp.SignalStrength, "signal_strength", "Signal strength", ro, -255, 255, "dBm"),
                DpDefinition.Value(Cpn01Dp.ReportInterval, "report_interval", "Uplink interval (TDC)", rw, 30, 16777215, "s"),
                DpDefinition.Value(Cpn01Dp.RecordInterval, "record_interval", "Datalog interval (TR)", rw, 180, 86400, "s"),
                DpDefinition.Value(Cpn01Dp.RecordsPerUplink, "records_per_uplink", "Records per uplink (NOUD)", rw, 0, 32, null),
                DpDefinition.Enum(Cpn01Dp.AlarmKeepStatus, "alarm_keep_status", "Alarm keep status", rw, "closed,open"),
                DpDefinition.Value(Cpn01Dp.AlarmKeepTime, "alarm_keep_time", "Alarm keep time", rw, 0, 65535, "s"),
                DpDefinition.Enum(Cpn01Dp.TriggerMode, "trigger_mode", "Count trigger", rw, "close_to_open,open_to_close"),
                DpDefinition.Value(Cpn01Dp.CalculateFlag, "calculate_flag", "Calculate flag", rw, 0, 63, null),
                DpDefinition.Value(Cpn01Dp.SetCount, "set_count", "Set count", wr, 0, 16777215, null),
                DpDefinition.Bool(Cpn01Dp.ClearCount, "clear_count", "Clear count", wr),
                DpDefinition.Enum(Cpn01Dp.EventUplink, "event_uplink", "Event uplinks (INTMOD)", rw, "off,both,open,close"),
                DpDefinition.Bool(Cpn01Dp.DeviceReset, "device_reset", "Reset device", wr),
                DpDefinition.Enum(Cpn01Dp.WorkMode, "work_mode", "Work mode", rw, "contact,pulse"),
                DpDefinition.Raw(Cpn01Dp.Cpn01Payload, "cpn01_payload", "CPN01 payload", ro, Cpn01Payload.MaxLength),
                DpDefinition.Raw(Cpn01Dp.Cpn01Downlink, "cpn01_downlink", "CPN01 downlink", wr, 16),
            };
        }
    }
}
