using TuyaMcu.Dispatch;

namespace TuyaMcu.Sensor
{
    /// <summary>
    /// The product schema: it drives the DP table and its validation on the device, and the bench
    /// tool names DPs by its codes. It is built in code, not parsed: its texts are literals, which
    /// nanoCLR leaves in the assembly (flash), so the table costs the device a small object per DP
    /// and nothing at boot. <c>tuyamcu schema</c> prints it as the JSON the Tuya IoT Platform
    /// imports. Ids 1..3 are Tuya's standard door-sensor functions; 101 onwards are this product's own.
    /// </summary>
    public static class SensorSchema
    {
        /// <summary>Builds the table: one definition per DP, standard codes first.</summary>
        public static DpDefinition[] Create()
        {
            DpMode ro = DpMode.ReadOnly;
            DpMode rw = DpMode.ReadWrite;
            DpMode wr = DpMode.WriteOnly;
            return new DpDefinition[]
            {
                DpDefinition.Bool(SensorDp.DoorContactState, "doorcontact_state", "Door contact", ro),
                DpDefinition.Value(SensorDp.BatteryPercentage, "battery_percentage", "Battery level", ro, 0, 100, "%"),
                DpDefinition.Enum(SensorDp.BatteryState, "battery_state", "Battery state", ro, "low,middle,high"),
                DpDefinition.Value(SensorDp.TotalCount, "total_count", "Total count", ro, 0, 16777215, null),
                DpDefinition.Value(SensorDp.LastOpenDuration, "last_open_duration", "Last open duration", ro, 0, 16777215, "min"),
                DpDefinition.Bool(SensorDp.OpenAlarm, "open_alarm", "Open alarm", ro),
                DpDefinition.Value(SensorDp.BatteryVoltage, "battery_voltage", "Battery voltage", ro, 0, 5000, "mV"),
                DpDefinition.Value(SensorDp.SignalStrength, "signal_strength", "Signal (CSQ)", ro, 0, 99, null),
                DpDefinition.Value(SensorDp.ReportInterval, "report_interval", "Uplink interval (TDC)", rw, 30, 16777215, "s"),
                DpDefinition.Value(SensorDp.RecordInterval, "record_interval", "Datalog interval (TR)", rw, 180, 86400, "s"),
                DpDefinition.Value(SensorDp.RecordsPerUplink, "records_per_uplink", "Records per uplink (NOUD)", rw, 0, 32, null),
                DpDefinition.Enum(SensorDp.AlarmKeepStatus, "alarm_keep_status", "Alarm keep status", rw, "closed,open"),
                DpDefinition.Value(SensorDp.AlarmKeepTime, "alarm_keep_time", "Alarm keep time", rw, 0, 65535, "s"),
                DpDefinition.Enum(SensorDp.TriggerMode, "trigger_mode", "Count trigger", rw, "close_to_open,open_to_close"),
                DpDefinition.Value(SensorDp.CalculateFlag, "calculate_flag", "Calculate flag", rw, 0, 63, null),
                DpDefinition.Value(SensorDp.SetCount, "set_count", "Set count", wr, 0, 16777215, null),
                DpDefinition.Bool(SensorDp.ClearCount, "clear_count", "Clear count", wr),
                DpDefinition.Enum(SensorDp.EventUplink, "event_uplink", "Event uplinks (INTMOD)", rw, "off,both,open,close"),
                DpDefinition.Bool(SensorDp.DeviceReset, "device_reset", "Reset device", wr),
                DpDefinition.Enum(SensorDp.WorkMode, "work_mode", "Work mode", rw, "contact,pulse"),
                DpDefinition.Raw(SensorDp.Cpn01Payload, "cpn01_payload", "CPN01 payload", ro, Cpn01Payload.MaxLength),
                DpDefinition.Raw(SensorDp.Cpn01Downlink, "cpn01_downlink", "CPN01 downlink", wr, 16),
            };
        }
    }
}
