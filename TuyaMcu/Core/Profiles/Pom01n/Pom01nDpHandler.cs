using TuyaMcu.Dispatch;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's DPs (<see cref="Pom01nSchema"/>): the values the uplinks and the dispatcher
    /// report, and the DP commands and downlinks from the cloud, checked as the AT commands check
    /// them and staged in a <see cref="Pom01nSettingsChange"/> that is saved before it is taken.
    /// Allocates nothing.
    /// </summary>
    public sealed class Pom01nDpHandler : IDpHandler
    {
        private readonly Device _device;
        private readonly Pom01nSettings _settings;
        private readonly Pom01nEvents _events;
        private readonly Pom01nSettingsChange _change;
        private readonly Pom01nDownlink _downlink = new Pom01nDownlink();

        /// <summary>Reports <paramref name="events"/>' state and <paramref name="settings"/>; commands go into <paramref name="change"/>.</summary>
        public Pom01nDpHandler(Device device, Pom01nSettings settings, Pom01nEvents events, Pom01nSettingsChange change)
        {
            _device = device;
            _settings = settings;
            _events = events;
            _change = change;
        }

        /// <summary>The current value of a numeric DP, as the DP carries it.</summary>
        public int Get(byte dp)
        {
            switch (dp)
            {
                case Pom01nDp.PowerOutage: return _events.PowerOutage ? 1 : 0;
                case Pom01nDp.LowVoltage: return _events.LowVoltage ? 1 : 0;
                case Pom01nDp.BatteryPercentage: return _device.Battery.Percent;
                case Pom01nDp.BatteryVoltage: return _device.Battery.Millivolts;
                case Pom01nDp.SignalStrength: return SignalConversion.RsrpLevelToDbm(_device.Dispatcher.State.RsrpLevel);
                case Pom01nDp.ReportInterval: return _settings.TdcSeconds;
                case Pom01nDp.OutageTrigger: return (int)_settings.OutageTrigger;
                case Pom01nDp.LowVoltageTrigger: return (int)_settings.LowVoltageTrigger;
                case Pom01nDp.ClockLogEnable: return _settings.ClockLog.Enabled ? 1 : 0;
                case Pom01nDp.ClockLogStart: return _settings.ClockLog.StartSecond;
                case Pom01nDp.ClockLogInterval: return _settings.ClockLog.IntervalMin;
                case Pom01nDp.ClockLogEntries: return _settings.ClockLog.EntriesPerUplink;
                case Pom01nDp.PayloadFormat: return _settings.PayloadType == Pom01nSettings.JsonPayload ? 1 : 0;
                default: return 0;
            }
        }

        string IDpHandler.Check(DpReader unit)
        {
            switch (unit.Id)
            {
                case Pom01nDp.Pom01nDownlink:
                    return _downlink.Parse(unit.Buffer, unit.ValueOffset, unit.ValueLength);
                case Pom01nDp.ClockLogStart:
                    int start = unit.ReadValue();
                    return start > ClockLogSettings.MaxStartSecond && start != ClockLogSettings.AfterFirstUplink
                        ? "CLOCKLOG b (first sample, second of the hour) must be 0..3599 or 65535, got " + start.ToString()
                        : null;
                default:
                    return null;
            }
        }

        void IDpHandler.Apply(DpReader unit)
        {
            Pom01nSettings staged = _change.Staged;
            switch (unit.Id)
            {
                case Pom01nDp.ReportInterval: staged.TdcSeconds = unit.ReadValue(); break;
                case Pom01nDp.OutageTrigger: staged.OutageTrigger = (TriggerMode)unit.ReadEnum(); break;
                case Pom01nDp.LowVoltageTrigger: staged.LowVoltageTrigger = (TriggerMode)unit.ReadEnum(); break;
                case Pom01nDp.ClockLogEnable: staged.ClockLog.Enabled = unit.ReadBool(); break;
                case Pom01nDp.ClockLogStart: staged.ClockLog.StartSecond = unit.ReadValue(); break;
                case Pom01nDp.ClockLogInterval: staged.ClockLog.IntervalMin = unit.ReadValue(); break;
                case Pom01nDp.ClockLogEntries: staged.ClockLog.EntriesPerUplink = unit.ReadValue(); break;
                case Pom01nDp.PayloadFormat: staged.PayloadType = unit.ReadEnum() == 1 ? Pom01nSettings.JsonPayload : Pom01nSettings.HexPayload; break;
                case Pom01nDp.DeviceReset:
                    if (unit.ReadBool())
                    {
                        _change.StageReset();
                    }

                    break;
                case Pom01nDp.Pom01nDownlink: ApplyDownlink(staged); break;
            }
        }

        string IDpHandler.Commit()
        {
            return _change.Commit();
        }

        int IDpHandler.ReportedFor(byte id, int index)
        {
            if (id != Pom01nDp.Pom01nDownlink)
            {
                return 0;
            }

            // A downlink shows its effect in the settings it sets.
            return index < 7 ? Pom01nDp.ReportInterval + index : 0;
        }

        bool IDpHandler.WriteCurrent(byte id, DpWriter writer)
        {
            switch (id)
            {
                case Pom01nDp.PowerOutage:
                case Pom01nDp.LowVoltage:
                case Pom01nDp.ClockLogEnable:
                    return writer.WriteBool(id, Get(id) != 0);
                case Pom01nDp.OutageTrigger:
                case Pom01nDp.LowVoltageTrigger:
                case Pom01nDp.PayloadFormat:
                    return writer.WriteEnum(id, (byte)Get(id));
                case Pom01nDp.BatteryPercentage:
                case Pom01nDp.BatteryVoltage:
                    int battery = Get(id);
                    return battery < 0 || writer.WriteValue(id, battery);
                case Pom01nDp.Pom01nPayload:
                case Pom01nDp.Pom01nJson:
                    // Only an uplink writes the payload: it decides which log entries go.
                    return true;
                default:
                    return writer.WriteValue(id, Get(id));
            }
        }

        private void ApplyDownlink(Pom01nSettings staged)
        {
            switch (_downlink.Type)
            {
                case Pom01nDownlink.SetTdc:
                    staged.TdcSeconds = _downlink.TdcSeconds;
                    break;
                case Pom01nDownlink.SetIntMod:
                    staged.OutageTrigger = _downlink.PowerOutageTrigger;
                    staged.LowVoltageTrigger = _downlink.LowVoltageTrigger;
                    break;
                case Pom01nDownlink.SetClockLog:
                    staged.ClockLog.CopyFrom(_downlink.ClockLog);
                    break;
                default:
                    _change.StageReset();
                    break;
            }
        }
    }
}
