using System.Collections;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// What the simulated module handed to the cloud, in order: every real-time report and record,
/// whether the cloud accepted it, and the records the module retained while offline and uploaded
/// later. A test compares it with what the MCU believes it delivered.
/// </summary>
public sealed class SimulatedCloud : IReadOnlyList<CloudRecord>
{
    private readonly List<CloudRecord> _received = [];

    /// <inheritdoc />
    public int Count => _received.Count;

    /// <inheritdoc />
    public CloudRecord this[int index] => _received[index];

    /// <summary>Records (0x08) the cloud accepted, oldest first; a record sent twice appears twice.</summary>
    public IEnumerable<CloudRecord> AcceptedRecords => _received.Where(r => r.Accepted && r.Command == TuyaCommand.ReportRecordData);

    /// <summary>Real-time reports (0x05) the cloud accepted, oldest first.</summary>
    public IEnumerable<CloudRecord> AcceptedReports => _received.Where(r => r.Accepted && r.Command == TuyaCommand.ReportRealTimeStatus);

    /// <summary>True when the cloud accepted a record stamped <paramref name="timestampUnix"/> carrying exactly <paramref name="dps"/>.</summary>
    public bool Accepted(long timestampUnix, byte[] dps) =>
        AcceptedRecords.Any(r => r.TimestampUnix == timestampUnix && r.Dps.AsSpan().SequenceEqual(dps));

    /// <summary>Notes what reached the cloud.</summary>
    public void Add(CloudRecord record) => _received.Add(record);

    /// <summary>Forgets everything received so far (a long soak keeps its memory flat).</summary>
    public void Clear() => _received.Clear();

    /// <inheritdoc />
    public IEnumerator<CloudRecord> GetEnumerator() => _received.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
