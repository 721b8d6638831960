using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// Turns <c>code=value</c> words into the DP units of one DP command (0x09), by schema code, and
/// checks them as the firmware will: writable, right type, within range. A CPN01 AT command name
/// (<c>tdc</c>, <c>intmod</c>, ...) may stand for the DP it sets.
/// </summary>
public sealed class DpAssignments(DpRegistry dps)
{
    /// <summary>CPN01 AT command names (lower case) and the schema codes of the DPs they set.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tdc"] = "report_interval",
        ["tr"] = "record_interval",
        ["noud"] = "records_per_uplink",
        ["ttrmod"] = "trigger_mode",
        ["calcflag"] = "calculate_flag",
        ["setcnt"] = "set_count",
        ["clrc"] = "clear_count",
        ["intmod"] = "event_uplink",
    };

    /// <summary>The codes of the DPs a command may set, in id order.</summary>
    public IEnumerable<string> WritableCodes
    {
        get
        {
            for (int id = 1; id < 256; id++)
            {
                if (dps.Find(id) is { IsWritable: true } definition)
                {
                    yield return definition.Code;
                }
            }
        }
    }

    /// <summary>
    /// Encodes every assignment, in order, into one buffer of DP units. Null when all are valid
    /// (<paramref name="units"/> then holds them), else the first problem as one line.
    /// </summary>
    public string? TryEncode(IReadOnlyList<string> assignments, out byte[] units)
    {
        units = [];
        if (assignments.Count == 0)
        {
            return "set needs at least one code=value";
        }

        var all = new List<byte>();
        var reader = new DpReader();
        foreach (string assignment in assignments)
        {
            int equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                return $"'{assignment}' is not code=value";
            }

            string code = assignment[..equals];
            string resolved = Aliases.TryGetValue(code.ToLowerInvariant(), out string? alias) ? alias : code;
            byte[] unit;
            try
            {
                unit = SensorSimulation.EncodeDp(resolved + assignment[equals..], dps, code);
            }
            catch (FormatException e)
            {
                return e.Message;
            }

            reader.Reset(unit, 0, unit.Length);
            string? problem = reader.MoveNext() ? dps.CheckCommand(reader) : reader.Error;
            if (problem != null)
            {
                return $"{code}: {problem}";
            }

            all.AddRange(unit);
        }

        units = [.. all];
        return null;
    }
}
