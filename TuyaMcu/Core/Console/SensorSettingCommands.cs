using TuyaMcu.Device;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Sensor;

namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The CPN01's sensor settings and count commands: TDC, TR, NOUD, TTRIG, TTRMOD, CALCFLAG,
    /// SETCNT, CLRC, INTMOD, CFGMOD. Every value goes through <see cref="SensorApplication.Set"/>,
    /// so the DP schema limits it exactly as for a DP command or a downlink; a bad value changes
    /// nothing. OK comes once the change is saved; a failed save answers ERROR with the reason, and
    /// changes nothing. The run form of a setting shows it, like the get form.
    /// </summary>
    public sealed class SensorSettingCommands
    {
        private readonly SensorDevice _device;
        private readonly ConsoleOutput _out;

        /// <summary>Serves <paramref name="device"/>'s settings, answering on <paramref name="output"/>.</summary>
        public SensorSettingCommands(SensorDevice device, ConsoleOutput output)
        {
            _device = device;
            _out = output;
        }

        /// <summary>True when <paramref name="id"/> is one of these commands.</summary>
        public static bool Handles(int id)
        {
            return id >= AtCommandCatalog.Tdc && id <= AtCommandCatalog.CfgMod;
        }

        /// <summary>Runs the command (not the help form: the console answers that).</summary>
        public void Execute(int id, AtLine line)
        {
            switch (id)
            {
                case AtCommandCatalog.Tdc:
                    Number(line, SensorDp.ReportInterval);
                    return;
                case AtCommandCatalog.Tr:
                    Number(line, SensorDp.RecordInterval);
                    return;
                case AtCommandCatalog.Noud:
                    Number(line, SensorDp.RecordsPerUplink);
                    return;
                case AtCommandCatalog.Ttrmod:
                    Number(line, SensorDp.TriggerMode);
                    return;
                case AtCommandCatalog.CalcFlag:
                    Number(line, SensorDp.CalculateFlag);
                    return;
                case AtCommandCatalog.IntMod:
                    Number(line, SensorDp.EventUplink);
                    return;
                case AtCommandCatalog.Ttrig:
                    AlarmTrigger(line);
                    return;
                case AtCommandCatalog.SetCnt:
                    SetCount(line);
                    return;
                case AtCommandCatalog.Clrc:
                    ClearCount(line);
                    return;
                case AtCommandCatalog.CfgMod:
                    WorkMode(line);
                    return;
            }
        }

        // The value for dp as the schema limits it (range, unit, step), so that what passes here
        // SensorApplication.Set accepts too; null when it is one, else the reason.
        private string ParseForDp(byte dp, string text, out int value)
        {
            DpDefinition definition = _device.Dispatcher.Dps.Find(dp);
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
            return error != null ? error : App.Set(dp, value);
        }

        private SensorApplication App
        {
            get { return _device.Application; }
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
            string error = ParseForDp(SensorDp.AlarmKeepStatus, line.Value.Substring(0, comma).Trim(), out status);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep status " + error));
                return;
            }

            error = ParseForDp(SensorDp.AlarmKeepTime, line.Value.Substring(comma + 1).Trim(), out seconds);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep time " + error));
                return;
            }

            _out.Result(line, App.SetAlarm(status, seconds));
        }

        private void SetCount(AtLine line)
        {
            if (line.Form == AtForm.Get)
            {
                _out.Reply(App.Get(SensorDp.TotalCount).ToString());
                return;
            }

            if (line.Form == AtForm.Run)
            {
                _out.Error(Replies.NeedsValue(line, "<count>"));
                return;
            }

            _out.Result(line, ParseAndSet(SensorDp.SetCount, line.Value));
        }

        private void ClearCount(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            _out.Result(line, App.Set(SensorDp.ClearCount, 1));
        }

        private void WorkMode(AtLine line)
        {
            // The CPN01 numbers its modes 1 (contact) and 2 (pulse); the DP 0 and 1.
            if (line.Form != AtForm.Set)
            {
                _out.Reply((App.Settings.WorkMode + 1).ToString());
                return;
            }

            long mode;
            string error = line.ParseNumber(1, 2, null, "(1 contact, 2 pulse)", out mode);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            _out.Result(line, App.Set(SensorDp.WorkMode, (int)mode - 1));
        }
    }
}
