using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>What the <c>mcu</c> prompt's <c>status</c> prints: what the firmware knows about the module and itself.</summary>
public static class McuStatusText
{
    private static readonly string[] EventModes = ["off", "both", "open", "close"];

    /// <summary>Writes the status of <paramref name="session"/>'s firmware, a few lines.</summary>
    public static void Write(McuSession session, TextWriter output)
    {
        ModuleState m = session.Device.Dispatcher.State;
        LinkStatistics link = session.Device.Dispatcher.Link.Statistics;
        output.WriteLine(
            $"module: network status {m.NetworkStatus} ({NetworkStatus.GetName(m.NetworkStatus)}), operating status {OperatingStatus.GetName(m.OperatingStatus)}, " +
            $"IMEI {m.Imei ?? "?"}, IMSI {m.Imsi ?? "?"}, ICCID {m.Iccid ?? "?"}, signal " +
            (m.RsrpLevel < 0 ? "not asked yet" : $"CSQ {SignalConversion.RsrpLevelToCsq(m.RsrpLevel)} (RSRP level {m.RsrpLevel})"));
        output.WriteLine(session.Rtc.IsSet
            ? $"time: {DateTimeOffset.FromUnixTimeSeconds(session.Rtc.UnixSeconds):yyyy-MM-dd'T'HH:mm:ss'Z'} (from the module)"
            : "time: not set (the module has not given it yet)");
        if (session.Device.Application is Cpn01Application app)
        {
            Cpn01(session, app, output);
        }
        else
        {
            output.WriteLine("inputs: " + string.Join(", ", session.Inputs.Where(i => i.Level != null).Select(i => $"{i.Role} {(i.Level.Read() ? 1 : 0)}")));
        }

        output.WriteLine(
            $"link: frames sent {link.FramesSent}, received {link.FramesReceived}; retries {link.Retries}, timeouts {link.RequestsTimedOut}; " +
            $"DP commands applied {m.DpCommandsApplied}, rejected {m.DpCommandsRejected}" + (m.LastDpError == null ? "" : $" (last: {m.LastDpError})"));
    }

    private static void Cpn01(McuSession session, Cpn01Application app, TextWriter output)
    {
        Cpn01Settings s = app.Settings;
        output.WriteLine(
            $"contact: {(app.IsClosed ? "closed" : "open")}, total {app.Counters.Total}, last open {app.Counters.LastOpenDurationMin} min, " +
            $"alarm {(app.IsAlarmActive ? "on" : "off")}; pulses fed {session.Pulses?.Total}");
        output.WriteLine(
            $"settings: TDC {s.TdcSeconds} s, TR {s.TrSeconds} s, NOUD {s.Noud}, event uplinks {EventModes[s.EventUplinkMode]}, " +
            (s.AlarmKeepTimeSeconds == 0 ? "open alarm off" : $"alarm when {(s.AlarmKeepStatus == 1 ? "open" : "closed")} for {s.AlarmKeepTimeSeconds} s") +
            $", {(s.WorkMode == Cpn01Settings.ModePulse ? "pulse" : "contact")} mode");
        output.WriteLine(
            $"uplinks {app.Uplink.Uplinks}: reports acknowledged {app.Uplink.ReportsAcknowledged}, failed {app.Uplink.ReportFailures}; " +
            $"records acknowledged {app.Uplink.RecordsAcknowledged}, failed {app.Uplink.RecordFailures}, pending {app.Datalog.PendingCount}");
    }
}
