using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>What the <c>module</c> prompt's <c>status</c> prints: what the simulated module knows and has counted.</summary>
public static class ModuleStatusText
{
    /// <summary>Writes the status of <paramref name="module"/>, a few lines.</summary>
    public static void Write(ModuleSimulator module, TextWriter output)
    {
        ModuleStatistics s = module.Statistics;
        output.WriteLine(
            $"network: status {module.NetworkStatus} ({NetworkStatus.GetName(module.NetworkStatus)}), " +
            (module.IsOffline ? "cloud unreachable (offline)" : "cloud reachable") + ", " + (module.IsAsleep ? "in PSM" : "awake"));
        ProductInfo? product = module.McuProductInfo;
        output.WriteLine(product == null
            ? "mcu product: not received yet" + (module.ProductQueriesSinceBoot == 0 ? string.Empty : $" (asked {module.ProductQueriesSinceBoot} times; asking until answered)")
            : $"mcu product: pid {product.ProductId}, version {product.McuVersion}, power mode {product.PowerMode}, connection {product.Connection}");
        output.WriteLine(
            $"set by the mcu: sleep lock {(module.SleepLocked ? "on" : "off")}, heartbeat {module.HeartbeatIntervalSeconds} s, " +
            $"T3324 {Seconds(module.T3324Seconds)}, record wake-up {Seconds(module.RecordWakeUpSeconds)}, " +
            $"APN {(module.Apn == null ? "not set" : $"\"{module.Apn.Apn}\" ({module.Apn.PdpType})")}");
        output.WriteLine(
            $"frames: to mcu {s.FramesToMcu}, from mcu {s.FramesFromMcu}, checksum errors {s.ChecksumErrors}, malformed {s.MalformedFromMcu}, " +
            $"unknown {s.UnknownFromMcu}; resends {s.Resends}, unanswered {s.UnansweredByMcu}");
        output.WriteLine(
            $"cloud: reports {s.ReportsReceived}, records {s.RecordsReceived}, failed {s.ReportsFailedByCloud}, retained uploaded {s.RetainedUploaded}; " +
            $"DP commands acknowledged {s.DpCommandsAcknowledged}; battery check answer " +
            (s.LastBatteryAnswer < 0 ? "none" : s.LastBatteryAnswer == CommandResult.BatteryOk ? "ok" : "low"));
    }

    private static string Seconds(uint seconds) => seconds == 0 ? "not set" : $"{seconds} s";
}
