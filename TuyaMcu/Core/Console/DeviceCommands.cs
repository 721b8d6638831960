using TuyaMcu.Device;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Sensor;
using TuyaMcu.Text;

namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The device's own commands: CFG (everything at a glance), PWORD, DEBUG, DEUI, the datalog's
    /// CDP and CLRDTA, and UPLINK. (FDR and ATZ end the session; the console runs those.)
    /// </summary>
    public sealed class DeviceCommands
    {
        private readonly SensorDevice _device;
        private readonly ConsoleOutput _out;
        private readonly ConsoleOptions _options;

        /// <summary>Serves <paramref name="device"/>, answering on <paramref name="output"/>.</summary>
        public DeviceCommands(SensorDevice device, ConsoleOutput output, ConsoleOptions options)
        {
            _device = device;
            _out = output;
            _options = options;
        }

        /// <summary>True when <paramref name="id"/> is one of these commands.</summary>
        public static bool Handles(int id)
        {
            return id >= AtCommandCatalog.Cfg && id <= AtCommandCatalog.Uplink && id != AtCommandCatalog.Fdr;
        }

        /// <summary>Runs the command (not the help form: the console answers that).</summary>
        public void Execute(int id, AtLine line)
        {
            switch (id)
            {
                case AtCommandCatalog.Cfg:
                    Configuration(line);
                    return;
                case AtCommandCatalog.Pword:
                    Password(line);
                    return;
                case AtCommandCatalog.Debug:
                    DebugMode(line);
                    return;
                case AtCommandCatalog.Deui:
                    DeviceId(line);
                    return;
                case AtCommandCatalog.Cdp:
                    CachedData(line);
                    return;
                case AtCommandCatalog.ClrDta:
                    ClearDatalog(line);
                    return;
                case AtCommandCatalog.Uplink:
                    UplinkNow(line);
                    return;
            }
        }

        /// <summary>The device ID as 16 hex digits: set by hand, else from the IMEI; null while neither is known.</summary>
        public static string DeviceIdText(SensorDevice device)
        {
            SensorApplication app = device.Application;
            if (app.DeviceIdFixed)
            {
                return Hex.FormatLower(app.DeviceId, 0, 8);
            }

            byte[] fromImei = new byte[8];
            return Cpn01Payload.DeviceIdFromImei(device.Dispatcher.State.Imei, fromImei) ? Hex.FormatLower(fromImei, 0, 8) : null;
        }

        private SensorApplication App
        {
            get { return _device.Application; }
        }

        private void Configuration(AtLine line)
        {
            if (line.Form == AtForm.Set)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            SensorSettings s = App.Settings;
            _out.Line("AT+TDC=" + s.TdcSeconds.ToString());
            _out.Line("AT+TR=" + s.TrSeconds.ToString());
            _out.Line("AT+NOUD=" + s.Noud.ToString());
            _out.Line("AT+TTRIG=" + s.AlarmKeepStatus.ToString() + "," + s.AlarmKeepTimeSeconds.ToString());
            _out.Line("AT+TTRMOD=" + s.TriggerMode.ToString());
            _out.Line("AT+CALCFLAG=" + s.CalculateFlag.ToString());
            _out.Line("AT+INTMOD=" + s.EventUplinkMode.ToString());
            _out.Line("AT+CFGMOD=" + (s.WorkMode + 1).ToString());
            _out.Line("AT+DEBUG=" + (s.Debug ? "1" : "0"));
            string id = DeviceIdText(_device);
            _out.Line("AT+DEUI=" + (id == null ? "unknown (no IMEI yet)" : id));
            _out.Line("Firmware: " + _options.FirmwareVersion);
            _out.Line("Count: " + App.Get(SensorDp.TotalCount).ToString());
            _out.Line("Last open duration: " + App.Get(SensorDp.LastOpenDuration).ToString() + " min");
            _out.Line("Contact: " + (App.IsClosed ? "closed" : "open"));
            _out.Line("Alarm: " + (App.IsAlarmActive ? "on" : "off"));
            int mv = App.Get(SensorDp.BatteryVoltage);
            int percent = App.Get(SensorDp.BatteryPercentage);
            _out.Line("Battery: " + (mv < 0 && percent < 0 ? "unknown" : (mv < 0 ? "? mV" : mv.ToString() + " mV") + ", " + (percent < 0 ? "? %" : percent.ToString() + " %")));
            _out.Line("Datalog: " + App.Datalog.Count.ToString() + " records, " + App.Datalog.PendingCount.ToString() + " cached");
            ModuleState module = _device.Dispatcher.State;
            _out.Line("Network: " + ModuleCommands.NetworkText(module.NetworkStatus));
            _out.Line("Signal: " + (module.RsrpLevel < 0 ? "unknown" : ModuleCommands.SignalText(module.RsrpLevel)));
            _out.Line("IMEI: " + Known(module.Imei));
            _out.Line("IMSI: " + Known(module.Imsi));
            _out.Line("ICCID: " + Known(module.Iccid));
            _out.Line("Time synced: " + (module.TimeSyncedAtMs < 0 ? "no" : "yes"));
            _out.Ok();
        }

        private void Password(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply("hidden (" + line.Command + "=<new password> changes it)");
                return;
            }

            // The error never repeats the value: it may be a password with a typo.
            string error = App.SetPassword(line.Value);
            if (error == null)
            {
                _out.Ok();
            }
            else
            {
                _out.Error(line.Command + ": " + error);
            }
        }

        private void DebugMode(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply(App.Settings.Debug ? "1" : "0");
                return;
            }

            long value;
            string error = line.ParseNumber(0, 1, null, "(0 off, 1 on)", out value);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            _out.Result(line, App.SetDebug(value == 1));
        }

        private void DeviceId(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                string id = DeviceIdText(_device);
                _out.Reply(id == null ? "unknown (taken from the IMEI once the module gives it; AT+DEUI=<16 hex digits> sets one)" : id);
                return;
            }

            _out.Result(line, App.SetDeviceId(line.Value));
        }

        private void CachedData(AtLine line)
        {
            Datalog log = App.Datalog;
            if (line.Form != AtForm.Set)
            {
                for (int i = 0; i < log.Count; i++)
                {
                    if (log.PendingAt(i))
                    {
                        _out.Line(RecordText(log, i));
                    }
                }

                _out.Reply(log.PendingCount.ToString() + " cached record(s)");
                return;
            }

            if (line.Value != "0")
            {
                _out.Error(Replies.BadValue(line, "the only value is 0 (AT+CDP=0 clears the cached data)"));
                return;
            }

            int cleared = log.PendingCount;
            string error = App.ForgetPendingRecords();
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, error));
                return;
            }

            _out.Reply(cleared.ToString() + " cached record(s) cleared");
        }

        private void ClearDatalog(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            int count = App.Datalog.Count;
            string error = App.ClearDatalog();
            if (error != null)
            {
                _out.Error(line.Command + ": " + error);
                return;
            }

            _out.Reply("Clear all stored sensor data: " + count.ToString() + " record(s)");
        }

        private void UplinkNow(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            App.RequestUplink();
            _out.Reply(_device.Dispatcher.State.IsCloudConnected ? "uplink requested" : "uplink requested; it goes out once the cloud is reachable");
        }

        private static string RecordText(Datalog log, int index)
        {
            string time = log.TimeKnownAt(index)
                ? TuyaTime.FromUnixSeconds(log.StampAt(index)).ToString() + "Z"
                : "time unknown (uptime " + (log.StampAt(index) / 1000).ToString() + " s)";
            return "#" + log.SequenceAt(index).ToString() + " " + time + " " + (log.ClosedAt(index) ? "closed" : "open")
                + " count=" + log.TotalAt(index).ToString() + " last_open=" + log.DurationAt(index).ToString() + "min";
        }

        private static string Known(string value)
        {
            return value == null ? "unknown" : value;
        }
    }
}
