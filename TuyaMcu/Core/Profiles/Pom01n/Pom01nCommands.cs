using TuyaMcu.AtConsole;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's own AT commands: AT+TDC, AT+INTMOD=a,b, AT+CLOCKLOG=a,b,c,d, AT+CDP (AT+CDP=0
    /// clears), AT+GETSENSORVALUE, AT+LDATA, AT+MODEL, AT+PRO and AT+FDR1; the console and the
    /// platform's groups bring ATZ, AT+CFG, AT+FDR, AT+PWORD, AT+DEUI, AT+APN and the module's
    /// commands. Every value is checked whole before anything changes; OK comes once the change is
    /// saved, and a bad or unsaved value answers ERROR with the reason and changes nothing.
    /// </summary>
    public sealed class Pom01nCommands : IAtCommandGroup
    {
        /// <summary>Why Dragino's cloud settings are refused.</summary>
        public const string NotUsedReason = "not used: the Tuya module holds the cloud connection";

        // The commands of Dragino's MQTT/CoAP connection, which the Tuya module replaces.
        private const string CloudSettings = "|SERVADDR|URI|CLIENT|UNAME|PWD|PUBTOPIC|SUBTOPIC|";

        private readonly Pom01nApplication _app;
        private readonly ConsoleOutput _out;
        private readonly int[] _values = new int[4];

        /// <summary>Serves <paramref name="app"/>, answering on <paramref name="output"/>.</summary>
        public Pom01nCommands(Pom01nApplication app, ConsoleOutput output)
        {
            _app = app;
            _out = output;
        }

        /// <inheritdoc />
        public bool IsWaiting
        {
            get { return false; }
        }

        /// <inheritdoc />
        public void WriteSummaries(ConsoleOutput output)
        {
            output.Line("AT+TDC: Uplink interval, s");
            output.Line("AT+INTMOD: Event uplinks per input: a power_outage, b low_voltage (0 off,1 both,2 falling,3 rising)");
            output.Line("AT+CLOCKLOG: Clock log: enable, start second, interval min, entries per uplink");
            output.Line("AT+CDP: Read the log; AT+CDP=0 clears it");
            output.Line("AT+GETSENSORVALUE: The inputs now");
            output.Line("AT+LDATA: The last uplink's payload");
            output.Line("AT+MODEL: Model and firmware version");
            output.Line("AT+PRO: Payload type (x,0 hex; x,5 General JSON)");
            output.Line("AT+FDR1: Factory reset keeping the password");
        }

        /// <inheritdoc />
        public void WriteNotes(ConsoleOutput output)
        {
            output.Line("Not used (the Tuya module holds the cloud connection): AT+SERVADDR AT+URI AT+CLIENT AT+UNAME AT+PWD AT+PUBTOPIC AT+SUBTOPIC");
        }

        /// <inheritdoc />
        public string Usage(string name)
        {
            switch (name)
            {
                case "TDC": return "AT+TDC=<s> sets the uplink interval, 30..16777215 s; AT+TDC shows it";
                case "INTMOD": return "AT+INTMOD=<a>,<b>: events of power_outage (a) and low_voltage (b): 0 off, 1 both edges, 2 falling (1->0), 3 rising (0->1); AT+INTMOD shows them";
                case "CLOCKLOG": return "AT+CLOCKLOG=<a>,<b>,<c>,<d>: a 0/1 enable, b the second of the hour of the first sample 0..3599 or 65535 (after the first uplink), c the interval 0..255 min, d entries per uplink 0..32";
                case "CDP": return "AT+CDP prints the log (newest first, * marks entries not yet uplinked); AT+CDP=0 clears it";
                case "GETSENSORVALUE": return "AT+GETSENSORVALUE prints power_outage and low_voltage as held now";
                case "LDATA": return "AT+LDATA prints the last acknowledged uplink's payload in hex";
                case "MODEL": return "AT+MODEL prints the model and the firmware version";
                case "PRO": return "AT+PRO=<x>,<type>: type 0 sends the hex payload (raw DP), 5 the General JSON (string DP); x is ignored, the Tuya module holds the connection";
                case "FDR1": return "AT+FDR1 erases the settings and the log, keeps the password, and reboots";
                default: return null;
            }
        }

        /// <inheritdoc />
        public bool Execute(AtLine line)
        {
            switch (line.Name)
            {
                case "TDC":
                    Tdc(line);
                    return true;
                case "INTMOD":
                    if (Get(line, ((int)_app.Settings.OutageTrigger).ToString() + "," + ((int)_app.Settings.LowVoltageTrigger).ToString())
                        && Values(line, 2, "a,b"))
                    {
                        string error = _app.Change.SetTriggers(_values[0], _values[1]);
                        _out.Result(line, error);
                    }

                    return true;
                case "CLOCKLOG":
                    ClockLog(line);
                    return true;
                case "CDP":
                    Log(line);
                    return true;
                case "GETSENSORVALUE":
                    if (RunOnly(line))
                    {
                        _out.Reply("power_outage=" + (_app.PowerOutage ? "1" : "0") + " low_voltage=" + (_app.LowVoltage ? "1" : "0"));
                    }

                    return true;
                case "LDATA":
                    if (RunOnly(line))
                    {
                        _out.Reply(_app.Uplink.LastPayloadLength == 0 ? "no uplink yet" : Hex.FormatLower(_app.Uplink.LastPayload, 0, _app.Uplink.LastPayloadLength));
                    }

                    return true;
                case "MODEL":
                    if (RunOnly(line))
                    {
                        _out.Reply(Pom01nJson.ModelName + "," + _app.Uplink.FirmwareText);
                    }

                    return true;
                case "PRO":
                    Pro(line);
                    return true;
                case "FDR1":
                    if (RunOnly(line))
                    {
                        string error = _app.Change.FactoryResetKeepingPassword();
                        if (error != null)
                        {
                            _out.Error(line.Command + ": " + error);
                        }
                        else
                        {
                            _out.Reply("factory reset, password kept: rebooting");
                        }
                    }

                    return true;
                default:
                    // Dragino's own cloud settings: named, so the answer says why rather than "unknown".
                    if (CloudSettings.IndexOf("|" + line.Name + "|") < 0)
                    {
                        return false;
                    }

                    _out.Error(line.Command + ": " + NotUsedReason);
                    return true;
            }
        }

        /// <inheritdoc />
        public void WriteConfiguration(ConsoleOutput output)
        {
            Pom01nSettings s = _app.Settings;
            output.Line("AT+TDC=" + s.TdcSeconds.ToString());
            output.Line("AT+INTMOD=" + ((int)s.OutageTrigger).ToString() + "," + ((int)s.LowVoltageTrigger).ToString());
            output.Line("AT+CLOCKLOG=" + ClockLogText(s.ClockLog));
            output.Line("AT+PRO=1," + s.PayloadType.ToString());
        }

        /// <inheritdoc />
        public void WriteState(ConsoleOutput output)
        {
            output.Line("power_outage=" + (_app.PowerOutage ? "1" : "0") + " low_voltage=" + (_app.LowVoltage ? "1" : "0") + (_app.OnBattery ? " (on battery)" : " (mains)"));
            output.Line("Log: " + _app.Log.Count.ToString() + " entries, " + _app.Uplink.Undelivered.ToString() + " not yet uplinked");
        }

        private void Tdc(AtLine line)
        {
            if (Get(line, _app.Settings.TdcSeconds.ToString()))
            {
                long seconds;
                string error = line.ParseNumber(Pom01nDownlink.MinTdcSeconds, Pom01nDownlink.MaxTdcSeconds, "s", null, out seconds);
                _out.Result(line, error != null ? error : _app.Change.SetTdc(seconds));
            }
        }

        private void ClockLog(AtLine line)
        {
            if (Get(line, ClockLogText(_app.Settings.ClockLog)) && Values(line, 4, "a,b,c,d"))
            {
                string error = _app.Change.SetClockLog(_values[0], _values[1], _values[2], _values[3]);
                _out.Result(line, error);
            }
        }

        private void Pro(AtLine line)
        {
            if (!Get(line, "1," + _app.Settings.PayloadType.ToString()) || !Values(line, 2, "x,type"))
            {
                return;
            }

            string error = _app.Change.SetPayloadType(_values[1]);
            _out.Result(line, error);
        }

        private void Log(AtLine line)
        {
            Pom01nLog log = _app.Log;
            if (line.Form != AtForm.Set)
            {
                for (int i = 0; i < log.Count; i++)
                {
                    string time = log.TimeKnownAt(i)
                        ? TuyaTime.FromUnixSeconds(log.StampAt(i)).ToString() + "Z"
                        : "time unknown (uptime " + (log.StampAt(i) / 1000).ToString() + " s)";
                    _out.Line((i < _app.Uplink.Undelivered ? "*" : " ") + time + " " + (log.KindAt(i) == LogEntryKind.Event ? "event " : "sample")
                        + " power_outage=" + (log.PowerOutageAt(i) ? "1" : "0") + " low_voltage=" + (log.LowVoltageAt(i) ? "1" : "0"));
                }

                _out.Reply(log.Count.ToString() + " entries");
                return;
            }

            if (line.Value != "0")
            {
                _out.Error(Replies.BadValue(line, "the only value is 0 (AT+CDP=0 clears the log)"));
                return;
            }

            int count = log.Count;
            string error = _app.Change.ClearLog();
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, error));
                return;
            }

            _out.Reply(count.ToString() + " entries cleared");
        }

        // The get and run forms show current; true for the set form, which the caller handles.
        private bool Get(AtLine line, string current)
        {
            if (line.Form == AtForm.Set)
            {
                return true;
            }

            _out.Reply(current);
            return false;
        }

        private bool RunOnly(AtLine line)
        {
            if (line.Form == AtForm.Run)
            {
                return true;
            }

            _out.Error(Replies.RunOnly(line));
            return false;
        }

        // Parses exactly count comma-separated whole numbers into _values; on a bad one answers
        // ERROR naming it and returns false.
        private bool Values(AtLine line, int count, string form)
        {
            string text = line.Value;
            int start = 0;
            for (int i = 0; i < count; i++)
            {
                int comma = text.IndexOf(',', start);
                bool last = i == count - 1;
                if (last != (comma < 0))
                {
                    _out.Error(Replies.BadValue(line, count.ToString() + " values are needed: " + line.Command + "=" + form));
                    return false;
                }

                long value;
                string part = (last ? text.Substring(start) : text.Substring(start, comma - start)).Trim();
                string error = NumberText.Parse(part, 0, 65535, null, out value);
                if (error != null)
                {
                    _out.Error(Replies.BadValue(line, "value " + (i + 1).ToString() + " " + error));
                    return false;
                }

                _values[i] = (int)value;
                start = comma + 1;
            }

            return true;
        }

        private static string ClockLogText(ClockLogSettings c)
        {
            return (c.Enabled ? "1," : "0,") + c.StartSecond.ToString() + "," + c.IntervalMin.ToString() + "," + c.EntriesPerUplink.ToString();
        }
    }
}
