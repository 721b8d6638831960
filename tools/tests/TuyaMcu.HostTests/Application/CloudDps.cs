using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

/// <summary>What the simulated cloud received, with DP units decoded by id.</summary>
public static class CloudDps
{
    public sealed record Entry(long AtMs, byte Command, long TimestampUnix, bool Accepted, Dictionary<int, object> Dps);

    public static List<Entry> Read(ModuleSimulator module)
    {
        var entries = new List<Entry>();
        var reader = new DpReader();
        foreach (CloudRecord record in module.Cloud)
        {
            var dps = new Dictionary<int, object>();
            reader.Reset(record.Dps, 0, record.Dps.Length);
            while (reader.MoveNext())
            {
                dps[reader.Id] = reader.Type switch
                {
                    DpType.Bool => reader.ReadBool(),
                    DpType.Value => reader.ReadValue(),
                    DpType.Enum => (int)reader.ReadEnum(),
                    _ => record.Dps[reader.ValueOffset..(reader.ValueOffset + reader.ValueLength)],
                };
            }

            Assert.False(reader.HasError, reader.Error);
            entries.Add(new Entry(record.ReceivedAtMs, record.Command, record.TimestampUnix, record.Accepted, dps));
        }

        return entries;
    }

    public static List<Entry> Reports(ModuleSimulator module) => Read(module).Where(e => e.Command == TuyaCommand.ReportRealTimeStatus).ToList();

    public static List<Entry> Uplinks(ModuleSimulator module) => Reports(module).Where(e => e.Dps.ContainsKey(120)).ToList();

    public static List<Entry> Records(ModuleSimulator module) => Read(module).Where(e => e.Command == TuyaCommand.ReportRecordData).ToList();
}
