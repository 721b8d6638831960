namespace TuyaMcu.Sensor
{
    /// <summary>
    /// The product schema, in the shape the Tuya IoT Platform exports and imports: it drives the
    /// DP table and its validation on the device, and the bench tool names DPs by its codes
    /// (<c>tuyamcu schema</c> prints it for upload to the platform). Ids 1..3 are Tuya's standard
    /// door-sensor functions; 101 onwards are this product's own.
    /// </summary>
    public static class SensorSchema
    {
        /// <summary>The schema JSON.</summary>
        public const string Json = @"[
  {""id"":1,""code"":""doorcontact_state"",""name"":""Door contact"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""bool""}},
  {""id"":2,""code"":""battery_percentage"",""name"":""Battery level"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":100,""step"":1,""scale"":0,""unit"":""%""}},
  {""id"":3,""code"":""battery_state"",""name"":""Battery state"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""enum"",""range"":[""low"",""middle"",""high""]}},
  {""id"":101,""code"":""total_count"",""name"":""Total count"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":16777215,""step"":1,""scale"":0,""unit"":""""}},
  {""id"":102,""code"":""last_open_duration"",""name"":""Last open duration"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":16777215,""step"":1,""scale"":0,""unit"":""min""}},
  {""id"":103,""code"":""open_alarm"",""name"":""Open alarm"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""bool""}},
  {""id"":104,""code"":""battery_voltage"",""name"":""Battery voltage"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":5000,""step"":1,""scale"":0,""unit"":""mV""}},
  {""id"":105,""code"":""signal_strength"",""name"":""Signal (CSQ)"",""mode"":""ro"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":99,""step"":1,""scale"":0,""unit"":""""}},
  {""id"":106,""code"":""report_interval"",""name"":""Uplink interval (TDC)"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""value"",""min"":30,""max"":16777215,""step"":1,""scale"":0,""unit"":""s""}},
  {""id"":107,""code"":""record_interval"",""name"":""Datalog interval (TR)"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""value"",""min"":180,""max"":86400,""step"":1,""scale"":0,""unit"":""s""}},
  {""id"":108,""code"":""records_per_uplink"",""name"":""Records per uplink (NOUD)"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":32,""step"":1,""scale"":0,""unit"":""""}},
  {""id"":109,""code"":""alarm_keep_status"",""name"":""Alarm keep status"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""enum"",""range"":[""closed"",""open""]}},
  {""id"":110,""code"":""alarm_keep_time"",""name"":""Alarm keep time"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":65535,""step"":1,""scale"":0,""unit"":""s""}},
  {""id"":111,""code"":""trigger_mode"",""name"":""Count trigger"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""enum"",""range"":[""close_to_open"",""open_to_close""]}},
  {""id"":112,""code"":""calculate_flag"",""name"":""Calculate flag"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":63,""step"":1,""scale"":0,""unit"":""""}},
  {""id"":113,""code"":""set_count"",""name"":""Set count"",""mode"":""wr"",""type"":""obj"",""property"":{""type"":""value"",""min"":0,""max"":16777215,""step"":1,""scale"":0,""unit"":""""}},
  {""id"":114,""code"":""clear_count"",""name"":""Clear count"",""mode"":""wr"",""type"":""obj"",""property"":{""type"":""bool""}},
  {""id"":115,""code"":""event_uplink"",""name"":""Event uplinks (INTMOD)"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""enum"",""range"":[""off"",""both"",""open"",""close""]}},
  {""id"":116,""code"":""device_reset"",""name"":""Reset device"",""mode"":""wr"",""type"":""obj"",""property"":{""type"":""bool""}},
  {""id"":117,""code"":""work_mode"",""name"":""Work mode"",""mode"":""rw"",""type"":""obj"",""property"":{""type"":""enum"",""range"":[""contact"",""pulse""]}},
  {""id"":120,""code"":""cpn01_payload"",""name"":""CPN01 payload"",""mode"":""ro"",""type"":""raw"",""property"":{""type"":""raw"",""maxlen"":379}},
  {""id"":121,""code"":""cpn01_downlink"",""name"":""CPN01 downlink"",""mode"":""wr"",""type"":""raw"",""property"":{""type"":""raw"",""maxlen"":16}}
]";
    }
}
