using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.Bench.Web.Events;

/// <summary>
/// What the frames alone tell of the device, for the plots and the power estimate where the
/// session cannot see the device itself (a real board under <c>module</c> or <c>monitor</c>):
/// the last contact, count, battery and signal reported (by the profile's DP codes), uplinks and
/// their acknowledgements, and the activity the power model charges for. Called under the log's lock.
/// </summary>
public sealed class FrameWorld(BenchProfile profile)
{
    private long _records;
    private long _moduleCommands;
    private long _bytesFromMcu;
    private long _contactEvents;

    public bool? ContactClosed { get; private set; }

    public long? Count { get; private set; }

    public int? BatteryMillivolts { get; private set; }

    public int? Signal { get; private set; }

    public long Uplinks { get; private set; }

    public long Acknowledged { get; private set; }

    /// <summary>The levels plotted as steps (power_outage, low_voltage) by DP code, as last reported; null until reported.</summary>
    public IReadOnlyDictionary<string, bool?> Steps
    {
        get
        {
            // Read by the session's thread while frames come in on others.
            lock (_steps)
            {
                return new Dictionary<string, bool?>(_steps);
            }
        }
    }

    private readonly Dictionary<string, bool?> _steps = profile.Plots.Steps.ToDictionary(code => code, _ => (bool?)null);

    /// <summary>Takes in one frame event.</summary>
    public void Add(long atMs, JsonObject frame)
    {
        if (!frame["checksumOk"]!.GetValue<bool>())
        {
            return;
        }

        string from = frame["from"]!.GetValue<string>();
        byte command = frame["command"]!.GetValue<byte>();
        string? kind = frame["kind"]?.GetValue<string>();
        if (from == "mcu")
        {
            _bytesFromMcu += frame["hex"]!.GetValue<string>().Length / 2;
        }
        else if (from == "module" && TuyaCommand.IsModuleInitiated(command) && FrameKindIsRequest(frame))
        {
            _moduleCommands++;
        }

        if (kind == "uplink")
        {
            if (command == TuyaCommand.ReportRecordData)
            {
                _records++;
            }
            else
            {
                Uplinks++;
            }
        }
        else if (kind == "ack")
        {
            Acknowledged++;
        }

        if (from == "mcu" && frame["decoded"]?["dps"] is JsonArray dps && command == TuyaCommand.ReportRealTimeStatus)
        {
            foreach (JsonNode? dp in dps)
            {
                Take(dp!.AsObject());
            }
        }
    }

    /// <summary>The activity the frames show over <paramref name="period"/>: reports and records, commands answered, bytes sent, contact changes.</summary>
    public ActivityCounts Activity() => new()
    {
        Uplinks = Uplinks,
        RecordReports = _records,
        ContactEvents = _contactEvents,
        ModuleCommands = _moduleCommands,
        BytesSent = _bytesFromMcu,
    };

    private static bool FrameKindIsRequest(JsonObject frame) =>
        frame["decoded"]?["from"]?.GetValue<string>() is null or "module";

    private void Take(JsonObject dp)
    {
        string? code = dp["code"]?.GetValue<string>();
        JsonNode? value = dp["value"];
        if (code == null || value == null)
        {
            return;
        }

        BenchPlotCodes plots = profile.Plots;
        if (code == plots.Contact && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
        {
            bool closed = value.GetValue<bool>() != plots.ContactTrueIsOpen;
            if (ContactClosed is bool before && before != closed)
            {
                _contactEvents++;
            }

            ContactClosed = closed;
        }
        else if (code == plots.Count && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            Count = value.GetValue<long>();
        }
        else if (code == plots.BatteryMillivolts && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            BatteryMillivolts = value.GetValue<int>();
        }
        else if (_steps.ContainsKey(code) && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
        {
            lock (_steps)
            {
                _steps[code] = value.GetValue<bool>();
            }
        }
        else if (code == plots.Signal && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            Signal = value.GetValue<int>();
        }
    }
}
