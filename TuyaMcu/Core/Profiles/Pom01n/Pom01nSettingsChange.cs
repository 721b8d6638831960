using TuyaMcu.Hal;
using TuyaMcu.Platform;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// A change to the settings, staged in a copy so that it is saved before it is taken (OK means
    /// saved): the Set methods the AT commands use, and the staging the DP handler uses for DP
    /// commands and downlinks. Taking a change applies AT+INTMOD, restarts the TDC and the clock log
    /// when theirs changed, and reboots when a reset was asked for; a failed save changes nothing.
    /// Allocates nothing.
    /// </summary>
    public sealed class Pom01nSettingsChange
    {
        /// <summary>Time between a reset command and the reboot, so its acknowledgement goes out.</summary>
        public const int RebootDelayMs = 2000;

        private const string Component = "pom01n";

        private readonly Device _device;
        private readonly Pom01nSettings _settings;
        private readonly Pom01nSettings _defaults;
        private readonly Pom01nEvents _events;
        private readonly Pom01nUplink _uplink;
        private readonly Pom01nState _state;

        // A change is open (Begin) and a reboot is staged with it, in one field (a field is a 12-byte block of heap).
        private const int Open = 1;
        private const int ResetStaged = 2;
        private int _flags;

        /// <summary>Changes <paramref name="settings"/> on <paramref name="device"/>; AT+FDR1 goes back to <paramref name="defaults"/> (null: the factory settings).</summary>
        public Pom01nSettingsChange(Device device, Pom01nSettings settings, Pom01nSettings defaults, Pom01nEvents events, Pom01nUplink uplink, Pom01nState state)
        {
            _device = device;
            _settings = settings;
            _defaults = defaults;
            _events = events;
            _uplink = uplink;
            _state = state;
        }

        /// <summary>The copy the open change is staged in; begins a change when none is open.</summary>
        public Pom01nSettings Staged
        {
            get { return (_flags & Open) != 0 ? _settings.Staged : Begin(); }
        }

        /// <summary>Asks for a reboot once the open change is saved.</summary>
        public void StageReset()
        {
            _flags |= ResetStaged;
        }

        /// <summary>AT+TDC. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetTdc(long seconds)
        {
            string error = Pom01nSettings.CheckTdc(seconds);
            if (error != null)
            {
                return error;
            }

            Begin().TdcSeconds = (int)seconds;
            return CommitAndReport();
        }

        /// <summary>AT+INTMOD=a,b. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetTriggers(long a, long b)
        {
            string error = Pom01nDownlink.CheckTrigger("a (power_outage)", a);
            if (error == null)
            {
                error = Pom01nDownlink.CheckTrigger("b (low_voltage)", b);
            }

            if (error != null)
            {
                return error;
            }

            Pom01nSettings staged = Begin();
            staged.OutageTrigger = (TriggerMode)(int)a;
            staged.LowVoltageTrigger = (TriggerMode)(int)b;
            return CommitAndReport();
        }

        /// <summary>AT+CLOCKLOG=a,b,c,d. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetClockLog(int a, int b, int c, int d)
        {
            string error = ClockLogSettings.Check(a, b, c, d);
            if (error != null)
            {
                return error;
            }

            Begin().ClockLog.Set(a, b, c, d);
            return CommitAndReport();
        }

        /// <summary>AT+PRO=x,type: 0 hex, 5 General JSON. Null when saved and in use; else why not, and nothing changed.</summary>
        public string SetPayloadType(long type)
        {
            string error = Pom01nSettings.CheckPayloadType(type);
            if (error != null)
            {
                return error;
            }

            Begin().PayloadType = (int)type;
            return CommitAndReport();
        }

        /// <summary>AT+CDP=0: forgets the log (delivered or not). Null when saved and done; else why not, and nothing changed.</summary>
        public string ClearLog()
        {
            _state.WriteLogEmpty = true;
            string error = _device.Persistence.SaveState();
            _state.WriteLogEmpty = false;
            if (error != null)
            {
                return "nothing changed: " + error;
            }

            _events.Entries.Clear();
            return null;
        }

        /// <summary>
        /// AT+FDR1: the factory settings and an empty log are saved (the device's own settings, the
        /// password among them, stay), then the device reboots. Null when saved; else why not, and
        /// nothing changed.
        /// </summary>
        public string FactoryResetKeepingPassword()
        {
            Pom01nSettings staged = Begin();
            if (_defaults == null)
            {
                staged.SetFactory();
            }
            else
            {
                staged.CopyFrom(_defaults);
            }

            string error = Commit();
            if (error != null)
            {
                return error;
            }

            _events.Entries.Clear();
            _state.Delivered = 0;
            _state.Schedule.Stop();
            error = _device.Persistence.SaveState();
            _device.RestartAt(_device.Hardware.Clock.UptimeMs + RebootDelayMs);
            return error == null ? null : "settings reset, but the log could not be erased: " + error;
        }

        /// <summary>Saves the staged change, then takes it. Null when done (or nothing was staged); else why not, and nothing changed.</summary>
        public string Commit()
        {
            if ((_flags & Open) == 0)
            {
                return null;
            }

            _flags &= ~Open;
            Pom01nSettings staged = _settings.Staged;
            _settings.Staging = true;
            string error = _device.Persistence.SaveConfiguration(false);
            _settings.Staging = false;
            if (error != null)
            {
                ILog log = _device.Hardware.Log;
                if (log != null)
                {
                    log.Write(LogLevel.Warning, Component, "change refused: " + error);
                }

                return "nothing changed: " + error;
            }

            long now = _device.Hardware.Clock.UptimeMs;
            bool tdc = staged.TdcSeconds != _settings.TdcSeconds;
            bool clockLog = staged.ClockLog.Enabled != _settings.ClockLog.Enabled || staged.ClockLog.StartSecond != _settings.ClockLog.StartSecond
                || staged.ClockLog.IntervalMin != _settings.ClockLog.IntervalMin;
            _settings.CopyFrom(staged);
            _events.ApplyTriggers(_settings);
            if (tdc)
            {
                _uplink.RestartTdc(now);
            }

            if (clockLog)
            {
                // New settings start the log again; without a clock it starts at the sync.
                _events.RestartClockLog();
                _device.Persistence.StateChanged(0, true);
            }

            if ((_flags & ResetStaged) != 0)
            {
                _flags &= ~ResetStaged;
                _device.RestartAt(now + RebootDelayMs);
            }

            return null;
        }

        private Pom01nSettings Begin()
        {
            Pom01nSettings staged = _settings.Staged;
            staged.CopyFrom(_settings);
            _flags = Open;
            return staged;
        }

        private string CommitAndReport()
        {
            string error = Commit();
            _uplink.SettingsReportDue |= error == null;
            return error;
        }
    }
}
