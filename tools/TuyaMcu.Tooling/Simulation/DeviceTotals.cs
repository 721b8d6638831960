namespace TuyaMcu.Tooling.Simulation;

/// <summary>What the firmware did over a whole simulation, summed across its boots and wakes.</summary>
public sealed class DeviceTotals
{
    public long Uplinks { get; set; }

    public long ReportsAcknowledged { get; set; }

    public long ReportsFailed { get; set; }

    public long RecordsAcknowledged { get; set; }

    public long RecordsFailed { get; set; }

    public long ContactEvents { get; set; }

    public long Alarms { get; set; }

    public long Retries { get; set; }

    public long Timeouts { get; set; }

    public long DuplicateModuleCommands { get; set; }

    public long ModuleCommandsAnswered { get; set; }

    public long BytesSent { get; set; }

    /// <summary>Boots after a deep sleep.</summary>
    public long Wakes { get; set; }

    /// <summary>Wakes by the timer (TDC, TR, battery check).</summary>
    public long TimerWakes { get; set; }

    /// <summary>Wakes by the contact pin.</summary>
    public long ContactWakes { get; set; }

    /// <summary>Time the MCU was awake, ms.</summary>
    public long AwakeMs { get; set; }

    /// <summary>Time the contact was closed, ms.</summary>
    public long ContactClosedMs { get; set; }

    /// <summary>Time the module had no cloud connection (activation, outages, resets), ms; measured by the run, not by the device.</summary>
    public long ModuleNoServiceMs { get; set; }

    /// <summary>A copy to add to without changing these totals.</summary>
    public DeviceTotals Clone() => (DeviceTotals)MemberwiseClone();
}
