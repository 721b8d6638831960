using TuyaMcu.Profiles.Pom01n;

namespace TuyaMcu.Cli.Commands;

/// <summary><c>pom01n HEX</c>: decodes a POM01-N uplink payload (hex, type 0) to JSON.</summary>
public sealed class Pom01nCommand : ICommand
{
    public string Name => "pom01n";

    public string Summary => "decode a POM01-N uplink payload (Dragino layout) to JSON";

    public string Usage => """
        usage: tuyamcu pom01n HEX...
          Decodes a POM01-N uplink payload in Dragino's hex layout (payload type 0): IMEI, IMSI,
          model (the version's high byte, 67 = 0x43 for the POM01-N), firmware version, battery,
          signal (CSQ), mod, power_outage, low_voltage, timestamp (Unix seconds), then the
          clock-log records of 6 bytes each, newest first. Spaces between bytes are allowed.
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, [], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("give the payload as hex");
        }

        byte[] bytes = HexArgument.Parse(string.Join(' ', parsed.Positionals), "the payload is not hex");
        var payload = new Pom01nPayload();
        string? error = payload.Decode(bytes, 0, bytes.Length);
        if (error != null)
        {
            throw new UsageException(error);
        }

        JsonLine.Write(console.Out, json =>
        {
            json.WriteStartObject();
            json.WriteString("imei", payload.ImeiText());
            json.WriteString("imsi", payload.ImsiText());
            json.WriteNumber("model", payload.Model);
            json.WriteString("firmwareVersion", payload.FirmwareText());
            json.WriteNumber("batteryMv", payload.BatteryMv);
            json.WriteNumber("signal", payload.Signal);
            json.WriteNumber("mod", payload.Mod);
            json.WriteNumber("powerOutage", payload.PowerOutage);
            json.WriteNumber("lowVoltage", payload.LowVoltage);
            json.WriteNumber("timestamp", payload.Timestamp);
            json.WriteStartArray("records");
            for (int i = 0; i < payload.EntryCount; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("powerOutage", payload.EntryPowerOutage[i]);
                json.WriteNumber("lowVoltage", payload.EntryLowVoltage[i]);
                json.WriteNumber("timestamp", payload.EntryTimestamp[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return 0;
    }
}
