using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Schema;

namespace TuyaMcu.HostTests.Schema;

/// <summary>
/// The schema's JSON lives on the host now: the device builds its table in code, the host
/// exports it for the Tuya IoT Platform and reads JSON back, naming what is wrong in bad input.
/// </summary>
public sealed class DpSchemaJsonTests
{
    // The schema the firmware parsed at boot before its table was built in code, as uploaded to the platform.
    private const string PlatformSchema = """
        [
          {"id":1,"code":"doorcontact_state","name":"Door contact","mode":"ro","type":"obj","property":{"type":"bool"}},
          {"id":2,"code":"battery_percentage","name":"Battery level","mode":"ro","type":"obj","property":{"type":"value","min":0,"max":100,"step":1,"scale":0,"unit":"%"}},
          {"id":3,"code":"battery_state","name":"Battery state","mode":"ro","type":"obj","property":{"type":"enum","range":["low","middle","high"]}},
          {"id":101,"code":"total_count","name":"Total count","mode":"ro","type":"obj","property":{"type":"value","min":0,"max":16777215,"step":1,"scale":0,"unit":""}},
          {"id":102,"code":"last_open_duration","name":"Last open duration","mode":"ro","type":"obj","property":{"type":"value","min":0,"max":16777215,"step":1,"scale":0,"unit":"min"}},
          {"id":103,"code":"open_alarm","name":"Open alarm","mode":"ro","type":"obj","property":{"type":"bool"}},
          {"id":104,"code":"battery_value","name":"Battery voltage","mode":"ro","type":"obj","property":{"type":"value","min":0,"max":30000,"step":1,"scale":0,"unit":"mV"}},
          {"id":105,"code":"signal_strength","name":"Signal strength","mode":"ro","type":"obj","property":{"type":"value","min":-255,"max":255,"step":1,"scale":0,"unit":"dBm"}},
          {"id":106,"code":"report_interval","name":"Uplink interval (TDC)","mode":"rw","type":"obj","property":{"type":"value","min":30,"max":16777215,"step":1,"scale":0,"unit":"s"}},
          {"id":107,"code":"record_interval","name":"Datalog interval (TR)","mode":"rw","type":"obj","property":{"type":"value","min":180,"max":86400,"step":1,"scale":0,"unit":"s"}},
          {"id":108,"code":"records_per_uplink","name":"Records per uplink (NOUD)","mode":"rw","type":"obj","property":{"type":"value","min":0,"max":32,"step":1,"scale":0,"unit":""}},
          {"id":109,"code":"alarm_keep_status","name":"Alarm keep status","mode":"rw","type":"obj","property":{"type":"enum","range":["closed","open"]}},
          {"id":110,"code":"alarm_keep_time","name":"Alarm keep time","mode":"rw","type":"obj","property":{"type":"value","min":0,"max":65535,"step":1,"scale":0,"unit":"s"}},
          {"id":111,"code":"trigger_mode","name":"Count trigger","mode":"rw","type":"obj","property":{"type":"enum","range":["close_to_open","open_to_close"]}},
          {"id":112,"code":"calculate_flag","name":"Calculate flag","mode":"rw","type":"obj","property":{"type":"value","min":0,"max":63,"step":1,"scale":0,"unit":""}},
          {"id":113,"code":"set_count","name":"Set count","mode":"wr","type":"obj","property":{"type":"value","min":0,"max":16777215,"step":1,"scale":0,"unit":""}},
          {"id":114,"code":"clear_count","name":"Clear count","mode":"wr","type":"obj","property":{"type":"bool"}},
          {"id":115,"code":"event_uplink","name":"Event uplinks (INTMOD)","mode":"rw","type":"obj","property":{"type":"enum","range":["off","both","open","close"]}},
          {"id":116,"code":"device_reset","name":"Reset device","mode":"wr","type":"obj","property":{"type":"bool"}},
          {"id":117,"code":"work_mode","name":"Work mode","mode":"rw","type":"obj","property":{"type":"enum","range":["contact","pulse"]}},
          {"id":120,"code":"cpn01_payload","name":"CPN01 payload","mode":"ro","type":"raw","property":{"type":"raw","maxlen":379}},
          {"id":121,"code":"cpn01_downlink","name":"CPN01 downlink","mode":"wr","type":"raw","property":{"type":"raw","maxlen":16}}
        ]
        """;

    [Fact]
    public void Export_IsTheSchemaThePlatformHas()
    {
        Assert.Equal(PlatformSchema, DpSchemaJson.Write(Cpn01Schema.Create()));
    }

    [Fact]
    public void Export_ReadsBackToTheSameTable()
    {
        DpDefinition[] table = Cpn01Schema.Create();

        DpDefinition[] read = DpSchemaJson.Parse(DpSchemaJson.Write(table));

        Assert.Equal(table.Length, read.Length);
        for (int i = 0; i < table.Length; i++)
        {
            DpDefinition a = table[i];
            DpDefinition b = read[i];
            Assert.Equal((a.Id, a.Code, a.Name, a.Type, a.Mode), (b.Id, b.Code, b.Name, b.Type, b.Mode));
            Assert.Equal((a.Min, a.Max, a.Step, a.Scale, a.Unit ?? ""), (b.Min, b.Max, b.Step, b.Scale, b.Unit ?? ""));
            Assert.Equal((a.EnumCount, a.MaxLength, a.BitmapLength, a.BitmapBits), (b.EnumCount, b.MaxLength, b.BitmapLength, b.BitmapBits));
            Assert.Equal(a.EnumNames, b.EnumNames);
        }
    }

    [Theory]
    [InlineData("{}", "JSON array")]
    [InlineData("""[{"id":0,"code":"a","mode":"rw","property":{"type":"bool"}}]""", "id must be 1..255")]
    [InlineData("""[{"id":1,"mode":"rw","property":{"type":"bool"}}]""", "code is missing")]
    [InlineData("""[{"id":1,"code":"a","mode":"xx","property":{"type":"bool"}}]""", "mode must be rw, ro or wr")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"float"}}]""", "property.type")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"value","min":5,"max":1}}]""", "min <= max")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"enum","range":[]}}]""", "enum needs a range")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"enum","range":["a,b"]}}]""", "without commas")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"bool"}},{"id":1,"code":"b","mode":"rw","property":{"type":"bool"}}]""", "DP 1 twice")]
    [InlineData("""[{"id":1,"code":"a","mode":"rw","property":{"type":"bool"}}""", "unexpected end of JSON")]
    public void Parse_NamesTheEntryAtFault(string json, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => DpSchemaJson.Parse(json));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Parse_ReadsABitmapByItsLabels()
    {
        DpDefinition dp = DpSchemaJson.Parse("""[{"id":5,"code":"faults","mode":"ro","property":{"type":"bitmap","label":["a","b","c"]}}]""")[0];

        Assert.Equal(DpType.Bitmap, dp.Type);
        Assert.Equal(3, dp.BitmapBits);
        Assert.Equal(1, dp.BitmapLength);
    }
}
