using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Cli.Commands;

/// <summary><c>cpn01 HEX</c>: decodes a CPN01 uplink payload to JSON with the manual's field names.</summary>
public sealed class Cpn01Command : ICommand
{
    public string Name => "cpn01";

    public string Summary => "decode a CPN01 uplink payload (Dragino layout) to JSON";

    public string Usage => """
        usage: tuyamcu cpn01 HEX...
          Decodes a CPN01 uplink payload, as the cpn01_payload DP carries it: device ID, version,
          battery, signal, mod, calculate flag, contact status, alarm, total pulse, last open
          duration, timestamp (Unix seconds), then the datalog records of 11 bytes each.
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("give the payload as hex");
        }

        byte[] bytes = HexArgument.Parse(string.Join(' ', parsed.Positionals), "the payload is not hex");
        var payload = new Cpn01Payload();
        string? error = payload.Decode(bytes, 0, bytes.Length);
        if (error != null)
        {
            throw new UsageException(error);
        }

        JsonLine.Write(console.Out, json =>
        {
            json.WriteStartObject();
            json.WriteString("deviceId", payload.DeviceIdText());
            json.WriteNumber("version", payload.Version);
            json.WriteNumber("batteryMv", payload.BatteryMv);
            json.WriteNumber("signal", payload.Signal);
            json.WriteNumber("mod", payload.Mod);
            json.WriteNumber("calculateFlag", payload.CalculateFlag);
            json.WriteNumber("contactStatus", payload.ContactStatus);
            json.WriteNumber("alarm", payload.Alarm);
            json.WriteNumber("totalPulse", payload.TotalPulse);
            json.WriteNumber("lastOpenDurationMin", payload.LastOpenDurationMin);
            json.WriteNumber("timestamp", payload.Timestamp);
            json.WriteStartArray("records");
            for (int i = 0; i < payload.RecordCount; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("contactStatus", payload.RecordContactStatus[i]);
                json.WriteNumber("totalPulse", payload.RecordTotalPulse[i]);
                json.WriteNumber("lastOpenDurationMin", payload.RecordLastOpenDurationMin[i]);
                json.WriteNumber("timestamp", payload.RecordTimestamp[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return 0;
    }
}
