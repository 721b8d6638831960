namespace TuyaMcu.Tooling.Simulation;

/// <summary>Counters of a <see cref="ModuleSimulator"/>.</summary>
public sealed class ModuleStatistics
{
    public long FramesToMcu { get; set; }
    public long FramesFromMcu { get; set; }
    public long ReportsReceived { get; set; }
    public long RecordsReceived { get; set; }
    public long ReportsFailedByCloud { get; set; }
    public long RetainedUploaded { get; set; }
    public long RetainedOverwritten { get; set; }
    public long DpCommandsAcknowledged { get; set; }
    public long Resends { get; set; }
    public long UnansweredByMcu { get; set; }
    public long StrayAnswers { get; set; }
    public long DroppedToMcu { get; set; }
    public long DroppedFromMcu { get; set; }
    public long CorruptedToMcu { get; set; }
    public long DuplicatedToMcu { get; set; }
    public long LateAnswers { get; set; }
    public long ChecksumErrors { get; set; }
    public long MalformedFromMcu { get; set; }
    public long UnknownFromMcu { get; set; }
    public long Resets { get; set; }
    public long LineResets { get; set; }
    public long Hangs { get; set; }
    public long Outages { get; set; }
    public long Sleeps { get; set; }
    public long Wakes { get; set; }
    public long BytesLostAsleep { get; set; }
    public int LastBatteryAnswer { get; set; } = -1;
}
