using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// A change to the settings and the count, staged in a copy so that it is saved before it is put
    /// in use (OK means saved): begun from the values in use, staged DP by DP (an AT command, or every
    /// unit of a DP command), saved all together, then taken over by the application — or dropped, when
    /// the save fails, with nothing of it on flash or in use. Allocates nothing.
    /// </summary>
    public sealed class StagedChange
    {
        /// <summary><see cref="Changes"/>: a setting (the configuration is saved).</summary>
        public const int Settings = 1;

        /// <summary><see cref="Changes"/>: the uplink interval (its timer restarts).</summary>
        public const int Tdc = 2;

        /// <summary><see cref="Changes"/>: the datalog interval (its timer restarts).</summary>
        public const int Tr = 4;

        /// <summary><see cref="Changes"/>: the open alarm's keep status or time (the alarm is set up again).</summary>
        public const int Alarm = 8;

        /// <summary><see cref="Changes"/>: the work mode (the pulse counter starts over).</summary>
        public const int WorkMode = 16;

        /// <summary><see cref="Changes"/>: the total count (the counters are saved).</summary>
        public const int Count = 32;

        /// <summary><see cref="Changes"/>: a reset was asked for.</summary>
        public const int Reboot = 64;

        // Open (between Begin and Save) and the Changes, in one field (a field is a 12-byte block of heap).
        private const int Open = 128;

        private readonly Cpn01SettingsFormat _format;
        private readonly Cpn01StateFormat _state;
        private int _flags;

        /// <summary>Changes staged in <paramref name="format"/>'s copy of the settings, saved with <paramref name="state"/>.</summary>
        public StagedChange(Cpn01SettingsFormat format, Cpn01StateFormat state)
        {
            _format = format;
            _state = state;
        }

        /// <summary>The settings' format, whose copy the change is staged in.</summary>
        public Cpn01SettingsFormat Format
        {
            get { return _format; }
        }

        /// <summary>The format of the counters and the datalog, saved with a change of the count.</summary>
        public Cpn01StateFormat StateFormat
        {
            get { return _state; }
        }

        /// <summary>True between <see cref="Begin"/> and <see cref="Save"/>.</summary>
        public bool IsOpen
        {
            get { return (_flags & Open) != 0; }
        }

        /// <summary>What the staged change touches, as the flags above.</summary>
        public int Changes
        {
            get { return _flags & ~Open; }
        }

        /// <summary>The total count as the change leaves it.</summary>
        public long Total { get; private set; }

        /// <summary>Starts a change from the values in use (<paramref name="total"/>: the count in use).</summary>
        public void Begin(long total)
        {
            _flags = Open;
            _format.BeginChange();
            Total = total;
        }

        /// <summary>Stages a value that passed the DP's schema: a setting, set_count, clear_count or device_reset (other DPs change nothing).</summary>
        public void Stage(byte dp, int value)
        {
            Cpn01Settings settings = _format.Staged;
            switch (dp)
            {
                case Cpn01Dp.ReportInterval:
                    settings.TdcSeconds = value;
                    _flags |= Tdc;
                    break;
                case Cpn01Dp.RecordInterval:
                    settings.TrSeconds = value;
                    _flags |= Tr;
                    break;
                case Cpn01Dp.RecordsPerUplink:
                    settings.Noud = value;
                    break;
                case Cpn01Dp.AlarmKeepStatus:
                    settings.AlarmKeepStatus = value;
                    _flags |= Alarm;
                    break;
                case Cpn01Dp.AlarmKeepTime:
                    settings.AlarmKeepTimeSeconds = value;
                    _flags |= Alarm;
                    break;
                case Cpn01Dp.TriggerMode:
                    settings.TriggerMode = value;
                    break;
                case Cpn01Dp.CalculateFlag:
                    settings.CalculateFlag = value;
                    break;
                case Cpn01Dp.EventUplink:
                    settings.EventUplinkMode = value;
                    break;
                case Cpn01Dp.WorkMode:
                    settings.WorkMode = value;
                    _flags |= WorkMode;
                    break;
                case Cpn01Dp.SetCount:
                    Total = value;
                    _flags |= Count;
                    return;
                case Cpn01Dp.ClearCount:
                    if (value != 0)
                    {
                        Total = 0;
                        _flags |= Count;
                    }

                    return;
                case Cpn01Dp.DeviceReset:
                    if (value != 0)
                    {
                        _flags |= Reboot;
                    }

                    return;
                default:
                    return;
            }

            _flags |= Settings;
        }

        /// <summary>
        /// Closes the change and saves what it touches through <paramref name="store"/>: the
        /// configuration, then the counters. When both are saved the staged settings are in use (the
        /// caller takes over the count and acts on <see cref="Changes"/>); null. Else why not, and
        /// nothing of the change is in use or on flash: should the counters fail after the
        /// configuration was saved, the settings in use are saved back.
        /// </summary>
        public string Save(Persistence store)
        {
            _flags &= ~Open;
            string error = (Changes & Settings) != 0 ? store.SaveConfiguration(false) : null;
            if (error == null && (Changes & Count) != 0)
            {
                error = _state.Save(store, Total, DatalogChange.None);
                if (error != null && (Changes & Settings) != 0)
                {
                    _format.EndChange(false);
                    store.SaveConfiguration(true);
                }
            }

            _format.EndChange(error == null);
            return error;
        }
    }
}
