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
    /// nothing. The run form of a setting shows it, like the get form.
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

        /// <summary>
        /// Parses <paramref name="text"/> as a value for <paramref name="dp"/> within the schema's
        /// limits; null when it is one, else the reason (naming the limits).
        /// </summary>
        public static string ParseForDp(CommandDispatcher dispatcher, byte dp, string text, out int value)
        {
            value = 0;
            DpDefinition definition = dispatcher.Dps.Find(dp);
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
            string error = NumberText.Parse(text, min, max, out parsed);
            if (error != null)
            {
                return definition.Unit != null && definition.Unit.Length > 0 && error.StartsWith("must") ? error + " " + definition.Unit : error;
            }

            value = (int)parsed;
            return null;
        }

        private SensorApplication App
        {
            get { return _device.Application; }
        }

        private void Number(AtLine line, byte dp)
        {
            if (line.Form != AtForm.Set)
            {
                Show(App.Get(dp).ToString());
                return;
            }

            int value;
            string error = ParseForDp(_device.Dispatcher, dp, line.Value, out value);
            if (error == null)
            {
                error = App.Set(dp, value);
            }

            Finish(line, error);
        }

        private void AlarmTrigger(AtLine line)
        {
            if (line.Form != AtForm.Set)
            {
                Show(App.Settings.AlarmKeepStatus.ToString() + "," + App.Settings.AlarmKeepTimeSeconds.ToString());
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
            string error = ParseForDp(_device.Dispatcher, SensorDp.AlarmKeepStatus, line.Value.Substring(0, comma).Trim(), out status);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep status " + error));
                return;
            }

            error = ParseForDp(_device.Dispatcher, SensorDp.AlarmKeepTime, line.Value.Substring(comma + 1).Trim(), out seconds);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, "keep time " + error));
                return;
            }

            error = App.Set(SensorDp.AlarmKeepStatus, status);
            if (error == null)
            {
                error = App.Set(SensorDp.AlarmKeepTime, seconds);
            }

            Finish(line, error);
        }

        private void SetCount(AtLine line)
        {
            if (line.Form == AtForm.Get)
            {
                Show(App.Get(SensorDp.TotalCount).ToString());
                return;
            }

            if (line.Form == AtForm.Run)
            {
                _out.Error(Replies.NeedsValue(line, "<count>"));
                return;
            }

            int value;
            string error = ParseForDp(_device.Dispatcher, SensorDp.SetCount, line.Value, out value);
            if (error == null)
            {
                error = App.Set(SensorDp.SetCount, value);
            }

            SaveCountsAndFinish(line, error);
        }

        private void ClearCount(AtLine line)
        {
            if (line.Form != AtForm.Run)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            SaveCountsAndFinish(line, App.Set(SensorDp.ClearCount, 1));
        }

        private void WorkMode(AtLine line)
        {
            // The CPN01 numbers its modes 1 (contact) and 2 (pulse); the DP 0 and 1.
            if (line.Form != AtForm.Set)
            {
                Show((App.Settings.WorkMode + 1).ToString());
                return;
            }

            long mode;
            string error = NumberText.Parse(line.Value, 1, 2, out mode);
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, error + " (1 contact, 2 pulse)"));
                return;
            }

            Finish(line, App.Set(SensorDp.WorkMode, (int)mode - 1));
        }

        // Counts are saved at once: the periodic save may be 15 minutes away, and a count set by
        // hand should survive a power cut.
        private void SaveCountsAndFinish(AtLine line, string error)
        {
            if (error == null)
            {
                _device.SaveAll();
            }

            Finish(line, error);
        }

        private void Show(string value)
        {
            _out.Line(value);
            _out.Ok();
        }

        private void Finish(AtLine line, string error)
        {
            if (error == null)
            {
                _out.Ok();
            }
            else
            {
                _out.Error(line.Form == AtForm.Set ? Replies.BadValue(line, error) : line.Command + ": " + error);
            }
        }
    }
}
