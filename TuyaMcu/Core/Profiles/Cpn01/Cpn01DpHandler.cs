using TuyaMcu.Dispatch;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's DPs (<see cref="Cpn01Schema"/>): the values the uplinks and the dispatcher report
    /// (the CPN01 payload among them), and the DP commands and Dragino downlinks from the cloud,
    /// checked against the schema and staged in the application's <see cref="Cpn01SettingsChange"/>,
    /// which saves them before they are taken. Allocates nothing.
    /// </summary>
    public sealed class Cpn01DpHandler : IDpHandler
    {
        /// <summary>battery_state (DP 3) is low below this charge, %.</summary>
        public const int BatteryLowBelowPercent = 20;

        /// <summary>battery_state is middle from <see cref="BatteryLowBelowPercent"/> to below this charge, %, and high from it.</summary>
        public const int BatteryHighFromPercent = 60;

        // battery_state's enum values, in the schema's order (low, middle, high).
        private const int BatteryStateLow = 0;
        private const int BatteryStateMiddle = 1;
        private const int BatteryStateHigh = 2;

        private readonly Cpn01Application _app;
        private readonly Cpn01Payload _payload = new Cpn01Payload();
        private readonly int _version;

        /// <summary>Reports <paramref name="app"/>'s state and settings, with <paramref name="version"/> (<see cref="Cpn01Payload.VersionNumber"/>) in the payload.</summary>
        public Cpn01DpHandler(Cpn01Application app, int version)
        {
            _app = app;
            _version = version;
        }

        /// <summary>The current value of a numeric DP (settings and state), as its DP carries it.</summary>
        public int Get(byte dp)
        {
            Cpn01Settings settings = _app.Settings;
            switch (dp)
            {
                case Cpn01Dp.DoorContactState: return _app.Counting.IsClosed ? 0 : 1;
                case Cpn01Dp.BatteryPercentage: return _app.Device.Battery.Percent;
                case Cpn01Dp.BatteryState: return BatteryState();
                case Cpn01Dp.TotalCount: return _app.Counters.Total24;
                case Cpn01Dp.LastOpenDuration: return _app.Counters.LastOpenDurationMin;
                case Cpn01Dp.OpenAlarm: return _app.Counting.IsAlarmActive ? 1 : 0;
                case Cpn01Dp.BatteryVoltage: return _app.Device.Battery.Millivolts;
                case Cpn01Dp.SignalStrength: return SignalConversion.RsrpLevelToDbm(_app.Device.Dispatcher.State.RsrpLevel);
                case Cpn01Dp.ReportInterval: return settings.TdcSeconds;
                case Cpn01Dp.RecordInterval: return settings.TrSeconds;
                case Cpn01Dp.RecordsPerUplink: return settings.Noud;
                case Cpn01Dp.AlarmKeepStatus: return settings.AlarmKeepStatus;
                case Cpn01Dp.AlarmKeepTime: return settings.AlarmKeepTimeSeconds;
                case Cpn01Dp.TriggerMode: return settings.TriggerMode;
                case Cpn01Dp.CalculateFlag: return settings.CalculateFlag;
                case Cpn01Dp.EventUplink: return settings.EventUplinkMode;
                case Cpn01Dp.WorkMode: return settings.WorkMode;
                default: return 0;
            }
        }

        /// <summary>Fills <paramref name="payload"/> with the CPN01 payload as the next uplink would send it.</summary>
        public void FillPayload(Cpn01Payload payload, long now)
        {
            Device device = _app.Device;
            Cpn01Settings settings = _app.Settings;
            Cpn01Counters counters = _app.Counters;
            Datalog datalog = _app.Datalog;
            device.Identity.AdoptImei(device.Dispatcher.State.Imei);
            device.Identity.CopyTo(payload.DeviceId, 0);

            payload.Version = _version;
            int mv = device.Battery.Millivolts;
            payload.BatteryMv = mv < 0 ? 0 : mv;
            payload.Signal = SignalConversion.RsrpLevelToCsq(device.Dispatcher.State.RsrpLevel);
            payload.Mod = settings.WorkMode == Cpn01Settings.ModePulse ? 2 : 1;
            payload.CalculateFlag = settings.CalculateFlag;
            payload.ContactStatus = _app.Counting.IsClosed ? 1 : 0;
            payload.Alarm = _app.Counting.IsAlarmActive ? 1 : 0;
            payload.TotalPulse = counters.Total24;
            payload.LastOpenDurationMin = counters.LastOpenDurationMin;
            payload.Timestamp = device.Hardware.Rtc.IsSet ? device.Hardware.Rtc.UnixSeconds : 0;

            // The most recent records with a known time, newest first, as Dragino attaches them.
            int count = 0;
            for (int i = datalog.Count - 1; i >= 0 && count < settings.Noud; i--)
            {
                if (!datalog.TimeKnownAt(i))
                {
                    continue;
                }

                payload.RecordContactStatus[count] = datalog.ClosedAt(i) ? 1 : 0;
                payload.RecordTotalPulse[count] = datalog.TotalAt(i);
                payload.RecordLastOpenDurationMin[count] = datalog.DurationAt(i);
                payload.RecordTimestamp[count] = datalog.StampAt(i);
                count++;
            }

            payload.RecordCount = count;
        }

        string IDpHandler.Check(DpReader unit)
        {
            if (unit.Id != Cpn01Dp.Cpn01Downlink)
            {
                return null;
            }

            byte type;
            int value;
            string error = Cpn01Downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength, out type, out value);
            if (error != null)
            {
                return error;
            }

            if (type == Cpn01Downlink.SetTdc)
            {
                return _app.Device.Dispatcher.Dps.Find(Cpn01Dp.ReportInterval).CheckNumber(value);
            }

            if (type == Cpn01Downlink.SetIntMod)
            {
                return _app.Device.Dispatcher.Dps.Find(Cpn01Dp.EventUplink).CheckNumber(value);
            }

            return null;
        }

        // Stages the unit; the dispatcher commits once every unit of the command is staged.
        void IDpHandler.Apply(DpReader unit)
        {
            if (unit.Id != Cpn01Dp.Cpn01Downlink)
            {
                _app.Change.Stage(unit.Id, unit.Type == DpType.Bool ? (unit.ReadBool() ? 1 : 0) : unit.Type == DpType.Enum ? unit.ReadEnum() : unit.ReadValue());
                return;
            }

            byte type;
            int downlinkValue;
            Cpn01Downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength, out type, out downlinkValue);
            byte dp = type == Cpn01Downlink.SetTdc ? Cpn01Dp.ReportInterval : type == Cpn01Downlink.SetIntMod ? Cpn01Dp.EventUplink : Cpn01Dp.DeviceReset;
            _app.Change.Stage(dp, type == Cpn01Downlink.Reset ? 1 : downlinkValue);
        }

        string IDpHandler.Commit()
        {
            return _app.Change.Commit();
        }

        // The write-only DPs show their effect in other DPs, which the report back after a command
        // (applied or refused) carries: the counts in total_count, a downlink in the settings it sets.
        int IDpHandler.ReportedFor(byte id, int index)
        {
            if (index == 0)
            {
                return id == Cpn01Dp.SetCount || id == Cpn01Dp.ClearCount ? Cpn01Dp.TotalCount : id == Cpn01Dp.Cpn01Downlink ? Cpn01Dp.ReportInterval : 0;
            }

            return index == 1 && id == Cpn01Dp.Cpn01Downlink ? Cpn01Dp.EventUplink : 0;
        }

        bool IDpHandler.WriteCurrent(byte id, DpWriter writer)
        {
            switch (id)
            {
                case Cpn01Dp.DoorContactState:
                case Cpn01Dp.OpenAlarm:
                    return writer.WriteBool(id, Get(id) != 0);
                case Cpn01Dp.BatteryState:
                case Cpn01Dp.AlarmKeepStatus:
                case Cpn01Dp.TriggerMode:
                case Cpn01Dp.EventUplink:
                case Cpn01Dp.WorkMode:
                    return writer.WriteEnum(id, (byte)Get(id));
                case Cpn01Dp.BatteryPercentage:
                case Cpn01Dp.BatteryVoltage:
                    int battery = Get(id);
                    return battery < 0 || writer.WriteValue(id, battery);
                case Cpn01Dp.Cpn01Payload:
                    FillPayload(_payload, _app.Device.Hardware.Clock.UptimeMs);
                    int at = writer.ReserveRaw(id, _payload.EncodedLength);
                    if (at < 0)
                    {
                        return false;
                    }

                    _payload.Encode(writer.Buffer, at);
                    return true;
                default:
                    return writer.WriteValue(id, Get(id));
            }
        }

        private int BatteryState()
        {
            int percent = _app.Device.Battery.Percent;
            // No battery measured (external power) reads as high.
            return percent < 0 ? BatteryStateHigh : percent < BatteryLowBelowPercent ? BatteryStateLow : percent < BatteryHighFromPercent ? BatteryStateMiddle : BatteryStateHigh;
        }
    }
}
