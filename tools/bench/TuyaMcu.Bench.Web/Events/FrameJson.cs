using System.Text.Json;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Text;
using TuyaMcu.Tooling.Decoding;

namespace TuyaMcu.Bench.Web.Events;

/// <summary>
/// A frame as the API shows it: when, which way, the command's name, what it is for the plots
/// (an uplink, its acknowledgement), the decoder's JSON (as <c>decode</c> prints it) with each DP
/// named by its schema code and an enum's value by its name, and the raw hex.
/// </summary>
public sealed class FrameJson(BenchProfile profile)
{
    private readonly FrameDescriber _describer = new(id => profile.Find(id)?.Code);

    /// <summary>The frame in <paramref name="bytes"/> as one JSON object.</summary>
    public JsonObject Describe(long seq, long atMs, bool? fromMcu, byte[] bytes, bool checksumOk, bool notReceived)
    {
        var frame = new Frame(bytes, 0, bytes.Length, 0);
        JsonObject decoded = JsonNode.Parse(_describer.Describe(frame, checksumOk))!.AsObject();
        string from = fromMcu is bool f ? (f ? "mcu" : "module") : decoded["from"]?.GetValue<string>() ?? "unknown";
        if (decoded["dps"] is JsonArray dps)
        {
            foreach (JsonNode? dp in dps)
            {
                NameEnum(dp!.AsObject());
            }
        }

        return new JsonObject
        {
            ["seq"] = seq,
            ["type"] = "frame",
            ["atMs"] = atMs,
            ["from"] = from,
            ["command"] = frame.Command,
            ["name"] = TuyaCommand.GetName(frame.Command) ?? "unknown command",
            ["kind"] = Kind(frame, from, checksumOk),
            ["checksumOk"] = checksumOk,
            ["notReceived"] = notReceived,
            ["hex"] = Hex.FormatLower(bytes, 0, bytes.Length),
            ["decoded"] = decoded,
        };
    }

    /// <summary>"uplink" for a report the MCU sends, "ack" or "nack" for the module's answer to one; else null.</summary>
    public static string? Kind(Frame frame, string from, bool checksumOk)
    {
        byte command = frame.Command;
        if (!checksumOk || (command != TuyaCommand.ReportRealTimeStatus && command != TuyaCommand.ReportRecordData))
        {
            return null;
        }

        if (from == "mcu" && frame.DataLength > 1)
        {
            return "uplink";
        }

        if (from == "module" && frame.DataLength == 1)
        {
            return CommandResult.IsSuccess(command, frame.DataAt(0)) ? "ack" : "nack";
        }

        return null;
    }

    private void NameEnum(JsonObject dp)
    {
        if (dp["type"]?.GetValue<string>() != "enum" || dp["value"] is not JsonValue value || !value.TryGetValue(out int index))
        {
            return;
        }

        DpDefinition? definition = profile.Find(dp["id"]!.GetValue<int>());
        if (definition?.EnumNames is string[] names && index >= 0 && index < names.Length)
        {
            dp["index"] = index;
            dp["value"] = names[index];
        }
    }
}
