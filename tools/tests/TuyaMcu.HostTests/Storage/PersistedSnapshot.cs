using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Storage;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.HostTests.Storage;

/// <summary>What a start-up would recover from flash, in a comparable form.</summary>
public sealed record PersistedSnapshot(string Settings, long Total, int LastOpenDurationMin, long OpenedAtUnix, string Contact, string Datalog, string DeviceId, string[] Problems)
{
    public static PersistedSnapshot Of(IStorage flash, int datalogCapacity = TuyaMcu.Profiles.Cpn01.Datalog.DefaultCapacity)
    {
        var settings = new Cpn01Settings();
        var counters = new Cpn01Counters();
        var datalog = new TuyaMcu.Profiles.Cpn01.Datalog(datalogCapacity);
        var device = new Cpn01Profile().CreateDeviceSettings();
        var identity = new DeviceIdentity();
        var persistence = new Persistence(flash, null);
        persistence.Keep(new Cpn01SettingsFormat(settings, SensorDps.Create()), device, new Cpn01StateFormat(counters, datalog), identity, 0);
        byte[]? id = identity.DeviceId.Any(b => b != 0) ? identity.DeviceId : null;
        var records = new List<string>();
        for (int i = 0; i < datalog.Count; i++)
        {
            records.Add($"{datalog.SequenceAt(i)}:{datalog.StampAt(i)}:{datalog.ClosedAt(i)}:{datalog.TotalAt(i)}:{datalog.DurationAt(i)}:{datalog.PendingAt(i)}");
        }

        string s = $"tdc={settings.TdcSeconds} tr={settings.TrSeconds} noud={settings.Noud} ttrig={settings.AlarmKeepStatus},{settings.AlarmKeepTimeSeconds} ttrmod={settings.TriggerMode} calc={settings.CalculateFlag} intmod={settings.EventUplinkMode} mode={settings.WorkMode} pword={device.Password} debug={device.Debug}";
        string contact = $"{counters.HasContactState}/{counters.ContactClosed}/{counters.ChangedAtUnix}/{counters.AlarmFired}/{counters.NextTdcUnix}/{counters.NextTrUnix}";
        return new PersistedSnapshot(s, counters.Total, counters.LastOpenDurationMin, counters.OpenedAtUnix, contact, string.Join(",", records), id == null ? "" : Convert.ToHexString(id), persistence.Problems);
    }

    /// <summary>Equal in everything that was saved (problems aside).</summary>
    public bool SameStateAs(PersistedSnapshot other) =>
        Settings == other.Settings && Total == other.Total && LastOpenDurationMin == other.LastOpenDurationMin
        && OpenedAtUnix == other.OpenedAtUnix && Contact == other.Contact && Datalog == other.Datalog && DeviceId == other.DeviceId;
}
