using System.Text.Json;
using System.Text.Json.Nodes;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Api;

/// <summary>What <c>GET /api/power</c> answers: an estimate as JSON, with how it was counted and as <c>sim --power</c> prints it.</summary>
public static class PowerJson
{
    /// <summary>The 409 of a POM01-N bench whose run has not been on its backup battery yet.</summary>
    public const string NoTimeOnBackupBattery =
        "the run has not been on the backup battery yet: start a mains outage first (the outage control, or POST /api/world/outage), then estimate";

    /// <summary>The whole run's estimate (the CPN01's, or from the frames).</summary>
    public static JsonObject Run(PowerEstimate estimate, string countedBy)
    {
        JsonObject result = Estimate(estimate);
        result["countedBy"] = countedBy;
        result["text"] = PowerReport.Format(estimate);
        return result;
    }

    /// <summary>
    /// The backup battery's estimate over the run's time on it: the estimate, the counts it charged
    /// (<c>onBattery</c>, as <see cref="BatteryModeTotals"/>) and the days an outage lasts against the manual's.
    /// </summary>
    public static JsonObject Backup(BackupBatteryEstimate backup)
    {
        JsonObject result = Estimate(backup.Estimate);
        BatteryModeTotals b = backup.OnBattery;
        result["countedBy"] = "the simulation, on the backup battery";
        result["onBattery"] = new JsonObject
        {
            ["batteryMs"] = b.BatteryMs,
            ["awakeMs"] = b.AwakeMs,
            ["uplinks"] = b.Uplinks,
            ["wakes"] = b.Wakes,
            ["bytesSent"] = b.BytesSent,
            ["moduleNoServiceMs"] = b.ModuleNoServiceMs,
        };
        double days = backup.OutageDays;
        result["outage"] = new JsonObject
        {
            ["days"] = double.IsInfinity(days) ? null : Math.Round(days, 6),
            ["ratedDays"] = backup.RatedOutageDays,
            ["targetReached"] = days >= backup.RatedOutageDays,
        };
        result["text"] = backup.Format();
        return result;
    }

    private static JsonObject Estimate(PowerEstimate estimate)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            PowerReport.WriteJson(json, estimate);
        }

        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }
}
