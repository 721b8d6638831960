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

    /// <summary>Time the link had a request queued or in flight, ms: the time spent talking to the module.</summary>
    public long LinkBusyMs { get; set; }

    /// <summary>Uplinks put off because the cloud could not be reached.</summary>
    public long UplinksPutOff { get; set; }

    /// <summary>Reset commands (0x03) recovery sent.</summary>
    public long ModuleResetCommands { get; set; }

    /// <summary>Pulses recovery gave the module's reset line.</summary>
    public long ModuleResetPulses { get; set; }

    /// <summary>Pending datalog records overwritten before upload (the datalog was full).</summary>
    public long OverwrittenPending { get; set; }

    /// <summary>Time the MCU was awake, ms.</summary>
    public long AwakeMs { get; set; }

    /// <summary>Time the contact was closed, ms.</summary>
    public long ContactClosedMs { get; set; }

    /// <summary>Time the module had no cloud connection (activation, outages, resets), ms; measured by the run, not by the device.</summary>
    public long ModuleNoServiceMs { get; set; }

    /// <summary>A copy to add to without changing these totals.</summary>
    public DeviceTotals Clone() => (DeviceTotals)MemberwiseClone();
}
