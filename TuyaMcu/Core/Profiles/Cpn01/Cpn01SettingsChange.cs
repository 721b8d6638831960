using TuyaMcu.Dispatch;
using TuyaMcu.Hal;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// Changes to the CPN01's settings and count: the Set methods the AT commands use (checked against
    /// the DP schema, as DP commands are), the staging the DP handler uses for DP commands and
    /// downlinks, and the commit that saves a <see cref="StagedChange"/> and only then puts it in use
    /// (the TDC or TR restarts, the alarm is set up again, the pulse counter starts over, the count is
    /// taken, a reset reboots). A failed save changes nothing. Also the datalog's AT+CDP=0 and
    /// AT+CLRDTA, saved before they are done. Allocates nothing.
    /// </summary>
    public sealed class Cpn01SettingsChange
    {
        private readonly Cpn01Application _app;
        private readonly StagedChange _staged;

        /// <summary>Changes <paramref name="app"/>'s settings and count through <paramref name="staged"/>.</summary>
        public Cpn01SettingsChange(Cpn01Application app, StagedChange staged)
        {
            _app = app;
            _staged = staged;
        }

        /// <summary>The change being staged, and the formats it saves.</summary>
        public StagedChange Staged
        {
            get { return _staged; }
        }

        /// <summary>
        /// Changes a setting or count by DP id with the schema's limits — the path AT commands take.
        /// Null when saved, in use and reported to the cloud; else why not (nothing changed, on flash
        /// or in use: a value that cannot be saved is not taken).
        /// </summary>
        public string Set(byte dp, int value)
        {
            string error = CheckSet(dp, value);
            if (error != null)
            {
                return error;
            }

            Begin();
            _staged.Stage(dp, value);
            return CommitAndReport(dp, dp);
        }

        /// <summary>Sets the open alarm's keep status and keep time together (AT+TTRIG): both or neither, as <see cref="Set"/>.</summary>
        public string SetAlarm(int keepStatus, int keepTimeSeconds)
        {
            string error = CheckSet(Cpn01Dp.AlarmKeepStatus, keepStatus);
            if (error == null)
            {
                error = CheckSet(Cpn01Dp.AlarmKeepTime, keepTimeSeconds);
            }

            if (error != null)
            {
                return error;
            }

            Begin();
            _staged.Stage(Cpn01Dp.AlarmKeepStatus, keepStatus);
            _staged.Stage(Cpn01Dp.AlarmKeepTime, keepTimeSeconds);
            return CommitAndReport(Cpn01Dp.AlarmKeepStatus, Cpn01Dp.AlarmKeepTime);
        }

        /// <summary>Marks every pending datalog record sent (AT+CDP=0). Null when saved and done, else why not (nothing changed).</summary>
        public string ForgetPendingRecords()
        {
            string error = _staged.StateFormat.Save(_app.Device.Persistence, _app.Counters.Total, DatalogChange.AllSent);
            if (error != null)
            {
                return NothingChanged(error);
            }

            Datalog datalog = _app.Datalog;
            for (int i = 0; i < datalog.Count; i++)
            {
                if (datalog.PendingAt(i))
                {
                    datalog.MarkSent(datalog.SequenceAt(i));
                }
            }

            return null;
        }

        /// <summary>Forgets every datalog record (AT+CLRDTA). Null when saved and done, else why not (nothing changed).</summary>
        public string ClearDatalog()
        {
            string error = _staged.StateFormat.Save(_app.Device.Persistence, _app.Counters.Total, DatalogChange.Cleared);
            if (error != null)
            {
                return NothingChanged(error);
            }

            _app.Datalog.Clear();
            return null;
        }

        /// <summary>Stages a unit of a DP command (a value that passed the schema), beginning a change when none is open.</summary>
        public void Stage(byte dp, int value)
        {
            if (!_staged.IsOpen)
            {
                Begin();
            }

            _staged.Stage(dp, value);
        }

        /// <summary>
        /// Saves the staged change, then puts it in use. Null when done (or nothing was staged); else
        /// why not, and nothing changed: the staged change is dropped.
        /// </summary>
        public string Commit()
        {
            if (!_staged.IsOpen)
            {
                return null;
            }

            string error = _staged.Save(_app.Device.Persistence);
            if (error != null)
            {
                return NothingChanged(error);
            }

            int changes = _staged.Changes;
            long now = _app.Device.Hardware.Clock.UptimeMs;
            if ((changes & StagedChange.Tdc) != 0)
            {
                _app.Schedule.RestartTdc(now);
            }

            if ((changes & StagedChange.Tr) != 0)
            {
                _app.Schedule.RestartTr(now);
            }

            if ((changes & StagedChange.Alarm) != 0)
            {
                _app.Counting.ConfigureAlarm(now);
            }

            if ((changes & StagedChange.WorkMode) != 0)
            {
                _app.Counting.RestartPulses();
            }

            if ((changes & StagedChange.Count) != 0)
            {
                // Saved as it is now: no further save is due for it.
                _app.Counters.Total = _staged.Total;
            }

            if ((changes & StagedChange.Reboot) != 0)
            {
                _app.Device.RestartAt(now + Cpn01Application.RebootDelayMs);
            }

            return null;
        }

        // Null when dp is a writable setting or count of this application and value passes its schema, else why not.
        private string CheckSet(byte dp, int value)
        {
            DpRegistry dps = _app.Device.Dispatcher.Dps;
            DpDefinition definition = dps.Find(dp);
            if (definition == null || dps.HandlerOf(dp) != _app.Dps)
            {
                return "DP " + dp.ToString() + " is not a sensor setting";
            }

            if (!definition.IsWritable)
            {
                return "DP " + dp.ToString() + " (" + definition.Code + ") is read-only";
            }

            return definition.CheckNumber(value);
        }

        private void Begin()
        {
            _staged.Begin(_app.Counters.Total);
        }

        // An AT command's change: committed, then reported to the cloud (the DP command path is
        // reported back by the dispatcher).
        private string CommitAndReport(byte dp, byte alsoDp)
        {
            string error = Commit();
            if (error == null)
            {
                _app.Uplink.QueueSettingReport(dp);
                _app.Uplink.QueueSettingReport(alsoDp);
            }

            return error;
        }

        private string NothingChanged(string reason)
        {
            _app.Log(LogLevel.Warning, "change refused: " + reason);
            return "nothing changed: " + reason;
        }
    }
}
