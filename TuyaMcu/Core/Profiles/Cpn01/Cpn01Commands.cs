using TuyaMcu.AtConsole;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's own commands: its settings and count (TDC, TR, NOUD, TTRIG, TTRMOD, CALCFLAG,
    /// SETCNT, CLRC, INTMOD, CFGMOD) and its datalog (CDP, CLRDTA); the Dragino commands it has no
    /// use for are refused by name. Every value goes through <see cref="Cpn01SettingsChange.Set"/>, so
    /// the DP schema limits it exactly as for a DP command or a downlink; a bad value changes nothing.
    /// OK comes once the change is saved; a failed save answers ERROR with the reason, and changes
    /// nothing. The run form of a setting shows it, like the get form.
    /// </summary>
    public sealed class Cpn01Commands : IAtCommandGroup
    {
        /// <summary>Why the Dragino-only commands are refused.</summary>
        public const string NotUsedReason = "not used: the Tuya module handles the cloud connection";

        private readonly Cpn01Application _app;
        private readonly DpRegistry _dps;
        private readonly ConsoleOutput _out;

        /// <summary>Serves <paramref name="app"/>, whose DPs <paramref name="dps"/> defines, answering on <paramref name="output"/>.</summary>
        public Cpn01Commands(Cpn01Application app, DpRegistry dps, ConsoleOutput output)
        {
            _app = app;
            _dps = dps;
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
            output.Line("AT+TR: Datalog record interval, s");
            output.Line("AT+NOUD: Datalog records per uplink");
            output.Line("AT+TTRIG: Alarm on timeout: keep status, keep time");
            output.Line("AT+TTRMOD: Count trigger (0 close->open, 1 open->close)");
            output.Line("AT+CALCFLAG: Calculate flag");
            output.Line("AT+SETCNT: Set the count");
            output.Line("AT+CLRC: Clear the count");
            output.Line("AT+INTMOD: Event uplinks (0 off,1 both,2 open,3 close)");
            output.Line("AT+CFGMOD: Working mode (1 contact, 2 pulse)");
            output.Line("AT+CDP: Read or clear cached data");
            output.Line("AT+CLRDTA: Clear the datalog");
        }

        /// <inheritdoc />
        public void WriteNotes(ConsoleOutput output)
        {
            output.Line("Not used (the Tuya module handles the cloud connection): AT+PRO AT+SERVADDR AT+URI AT+CLIENT AT+UNAME AT+PWD AT+PUBTOPIC AT+SUBTOPIC AT+RXDL AT+5VT");
        }

        // Ranges here repeat the DP schema's for the reader; the schema enforces them.
        /// <inheritdoc />
        public string Usage(string name)
        {
            switch (name)
            {
                case "TDC": return "AT+TDC=<s> sets the uplink interval, 30..16777215 s (DP 106 report_interval); AT+TDC=? or AT+TDC shows it";
                case "TR": return "AT+TR=<s> sets the datalog interval, 180..86400 s (DP 107 record_interval); AT+TR=? shows it";
                case "NOUD": return "AT+NOUD=<n> sets the datalog records sent per uplink, 0..32 (DP 108 records_per_uplink); AT+NOUD=? shows it";
                case "TTRIG": return "AT+TTRIG=<status>,<s>: alarm when the contact stays in a state too long; status 1 watches open, 0 watches closed; keep time 0..65535 s, 0 disables (DPs 109, 110; both checked before either is set); AT+TTRIG=? shows them";
                case "TTRMOD": return "AT+TTRMOD=<0|1>: 0 counts close->open (falling edge), 1 counts open->close (rising edge) (DP 111 trigger_mode); AT+TTRMOD=? shows it";
                case "CALCFLAG": return "AT+CALCFLAG=<0..63> sets the user-defined calculate flag sent in the payload (DP 112 calculate_flag); AT+CALCFLAG=? shows it";
                case "SETCNT": return "AT+SETCNT=<n> sets the open/pulse count, 0..16777215 (DP 113 set_count); AT+SETCNT=? shows the count";
                case "CLRC": return "AT+CLRC clears the open/pulse count (DP 114 clear_count)";
                case "INTMOD": return "AT+INTMOD=<0..3>: uplink on contact events: 0 off, 1 on every change, 2 on open, 3 on close (DP 115 event_uplink); AT+INTMOD=? shows it";
                case "CFGMOD": return "AT+CFGMOD=<1|2>: 1 counts contact opens, 2 counts meter pulses (DP 117 work_mode 0/1); AT+CFGMOD=? shows it";
                case "CDP": return "AT+CDP prints the cached (not yet uplinked) datalog records; AT+CDP=0 clears them (marks them sent)";
                case "CLRDTA": return "AT+CLRDTA clears the whole datalog (sent and cached records)";
                default: return null;
            }
        }

        /// <inheritdoc />
        public bool Execute(AtLine line)
        {
            switch (line.Name)
            {
                case "TDC":
                    Number(line, Cpn01Dp.ReportInterval);
                    return true;
                case "TR":
                    Number(line, Cpn01Dp.RecordInterval);
                    return true;
                case "NOUD":
                    Number(line, Cpn01Dp.RecordsPerUplink);
                    return true;
                case "TTRMOD":
                    Number(line, Cpn01Dp.TriggerMode);
                    return true;
                case "CALCFLAG":
                    Number(line, Cpn01Dp.CalculateFlag);
                    return true;
                case "INTMOD":
                    Number(line, Cpn01Dp.EventUplink);
                    return true;
                case "TTRIG":
                    AlarmTrigger(line);
                    return true;
                case "SETCNT":
                    SetCount(line);
                    return true;
                case "CLRC":
                    ClearCount(line);
                    return true;
                case "CFGMOD":
                    WorkMode(line);
                    return true;
                case "CDP":
                    CachedData(line);
                    return true;
                case "CLRDTA":
                    ClearDatalog(line);
                    return true;
                case "PRO":
                case "SERVADDR":
                case "URI":
                case "CLIENT":
                case "UNAME":
                case "PWD":
                case "PUBTOPIC":
                case "SUBTOPIC":
                case "RXDL":
                case "5VT":
                    // Dragino's direct IP uplinks (CoAP, UDP, MQTT, TCP) and its 5 V output.
                    _out.Error(line.Command + ": " + NotUsedReason);
                    return true;
                default:
                    return false;
            }
        }

        /// <inheritdoc />
        public void WriteConfiguration(ConsoleOutput output)
        {
            Cpn01Settings s = App.Settings;
            output.Line("AT+TDC=" + s.TdcSeconds.ToString());
            output.Line("AT+TR=" + s.TrSeconds.ToString());
            output.Line("AT+NOUD=" + s.Noud.ToString());
            output.Line("AT+TTRIG=" + s.AlarmKeepStatus.ToString() + "," + s.AlarmKeepTimeSeconds.ToString());
            output.Line("AT+TTRMOD=" + s.TriggerMode.ToString());
            output.Line("AT+CALCFLAG=" + s.CalculateFlag.ToString());
            output.Line("AT+INTMOD=" + s.EventUplinkMode.ToString());
            output.Line("AT+CFGMOD=" + (s.WorkMode + Cpn01Settings.CfgModOffset).ToString());
        }

        /// <inheritdoc />
        public void WriteState(ConsoleOutput output)
        {
            output.Line("Count: " + App.Get(Cpn01Dp.TotalCount).ToString());
            output.Line("Last open duration: " + App.Get(Cpn01Dp.LastOpenDuration).ToString() + " min");
            output.Line("Contact: " + (App.IsClosed ? "closed" : "open"));
            output.Line("Alarm: " + (App.IsAlarmActive ? "on" : "off"));
            int mv = App.Get(Cpn01Dp.BatteryVoltage);
            int percent = App.Get(Cpn01Dp.BatteryPercentage);
            output.Line("Battery: " + (mv < 0 && percent < 0 ? "unknown" : (mv < 0 ? "? mV" : mv.ToString() + " mV") + ", " + (percent < 0 ? "? %" : percent.ToString() + " %")));
            output.Line("Datalog: " + App.Datalog.Count.ToString() + " records, " + App.Datalog.PendingCount.ToString() + " cached");
        }

        private Cpn01Application App
        {
            get { return _app; }
        }

        // The value for dp as the schema limits it (range, unit, step), so that what passes here
        // Cpn01SettingsChange.Set accepts too; null when it is one, else the reason.
        private string ParseForDp(byte dp, string text, out int value)
        {
            DpDefinition definition = _dps.Find(dp);
            long min = 0;
            long max = 1;
            if (definition.Type == DpType.Value)
            {
                min = definition.Min;
                max = definition.Max;
            }
            else if (definition.Type == DpType.Enum)
            {
                max = definition.EnumCount - 1;
            }

            long parsed;
            string error = NumberText.Parse(text, min, max, definition.Unit, out parsed);
            if (error == null)
            {
                error = definition.CheckNumber((int)parsed);
            }

            value = (int)parsed;
            return error;
        }

        private string ParseAndSet(byte dp, string text)
        {
            int value;
            string error = ParseForDp(dp, text, out value);
            return error != null ? error : App.Change.Set(dp, value);
        }

        private void Number(AtLine line, byte dp)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply(App.Get(dp).ToString());
                return;
            }

            _out.Result(line, ParseAndSet(dp, line.Value));
        }

        private void AlarmTrigger(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply(App.Settings.AlarmKeepStatus.ToString() + "," + App.Settings.AlarmKeepTimeSeconds.ToString());
                return;
            }

            int comma = line.Value.IndexOf(',');
            if (comma < 0)
            {
                _out.Error(Replies.BadValue(line, "two values are needed: keep status (0 closed, 1 open) and keep time (s), e.g. AT+TTRIG=1,30"));
                return;
            }

            // Both are checked before either is set: a half-applied alarm would watch the wrong thing.
            int status;
            int seconds;
            string error = ParseForDp(Cpn01Dp.AlarmKeepStatus, line.Value.Substring(0, comma).Trim(), out status);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep status " + error));
                return;
            }

            error = ParseForDp(Cpn01Dp.AlarmKeepTime, line.Value.Substring(comma + 1).Trim(), out seconds);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep time " + error));
                return;
            }

            _out.Result(line, App.Change.SetAlarm(status, seconds));
        }

        private void SetCount(AtLine line)
        {
            if (line.Form == AtForm.Get)
            {
                _out.Reply(App.Get(Cpn01Dp.TotalCount).ToString());
                return;
            }

            if (line.Form == AtForm.Run)
            {
                _out.Error(Replies.NeedsValue(line, "<count>"));
                return;
            }

            _out.Result(line, ParseAndSet(Cpn01Dp.SetCount, line.Value));
        }

        private void ClearCount(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            _out.Result(line, App.Change.Set(Cpn01Dp.ClearCount, 1));
        }

        private void WorkMode(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                _out.Reply((App.Settings.WorkMode + Cpn01Settings.CfgModOffset).ToString());
                return;
            }

            long mode;
            string error = line.ParseNumber(1, 2, null, "(1 contact, 2 pulse)", out mode);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            _out.Result(line, App.Change.Set(Cpn01Dp.WorkMode, (int)mode - Cpn01Settings.CfgModOffset));
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
            string error = App.Change.ForgetPendingRecords();
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
            string error = App.Change.ClearDatalog();
            if (error != null)
            {
                _out.Error(line.Command + ": " + error);
                return;
            }

            _out.Reply("Clear all stored sensor data: " + count.ToString() + " record(s)");
        }

        private static string RecordText(Datalog log, int index)
        {
            string time = log.TimeKnownAt(index)
                ? TuyaTime.FromUnixSeconds(log.StampAt(index)).ToString() + "Z"
                : "time unknown (uptime " + (log.StampAt(index) / 1000).ToString() + " s)";
            return "#" + log.SequenceAt(index).ToString() + " " + time + " " + (log.ClosedAt(index) ? "closed" : "open")
                + " count=" + log.TotalAt(index).ToString() + " last_open=" + log.DurationAt(index).ToString() + "min";
        }
    }
}
