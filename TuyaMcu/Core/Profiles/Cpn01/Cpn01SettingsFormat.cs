using TuyaMcu.Dispatch;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// How the CPN01's settings are saved (the first part of the <c>config</c> slot, format 1): ten
    /// 4-byte values in this order — TDC, TR, NOUD, alarm keep status, alarm keep time, trigger mode,
    /// calculate flag, event uplinks, work mode, debounce. A loaded copy is used only when every value
    /// passes the DP schema's limits. It also holds the copy a change is staged in, so the change can
    /// be saved before it is put in use (OK means saved).
    /// </summary>
    public sealed class Cpn01SettingsFormat : IPersistedObject
    {
        private const byte ConfigFormat = 1;

        // Ten 4-byte settings, room for one more, and two spare bytes: with the device's 18 bytes
        // that follow them the slot keeps the 64 bytes it has always had.
        private const int Bytes = 46;

        private readonly Cpn01Settings _live;
        private readonly Cpn01Settings _copy = new Cpn01Settings();
        private readonly DpRegistry _dps;
        private bool _writeCopy;

        /// <summary>The format of <paramref name="live"/>, whose values <paramref name="dps"/>' schema limits.</summary>
        public Cpn01SettingsFormat(Cpn01Settings live, DpRegistry dps)
        {
            _live = live;
            _dps = dps;
        }

        /// <summary>The copy a change is staged in (between <see cref="BeginChange"/> and <see cref="EndChange"/>).</summary>
        public Cpn01Settings Staged
        {
            get { return _copy; }
        }

        /// <summary>Starts a change: <see cref="Staged"/> is a copy of the settings in use, which a save writes from now until <see cref="EndChange"/>.</summary>
        public void BeginChange()
        {
            _copy.CopyFrom(_live);
            _writeCopy = true;
        }

        /// <summary>Ends the change: <paramref name="take"/> puts the copy in use (it was saved), else it is dropped.</summary>
        public void EndChange(bool take)
        {
            _writeCopy = false;
            if (take)
            {
                _live.CopyFrom(_copy);
            }
        }

        /// <inheritdoc />
        public byte Format
        {
            get { return ConfigFormat; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return Bytes; }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            Cpn01Settings s = _writeCopy ? _copy : _live;
            cursor.WriteInt32(s.TdcSeconds);
            cursor.WriteInt32(s.TrSeconds);
            cursor.WriteInt32(s.Noud);
            cursor.WriteInt32(s.AlarmKeepStatus);
            cursor.WriteInt32(s.AlarmKeepTimeSeconds);
            cursor.WriteInt32(s.TriggerMode);
            cursor.WriteInt32(s.CalculateFlag);
            cursor.WriteInt32(s.EventUplinkMode);
            cursor.WriteInt32(s.WorkMode);
            cursor.WriteInt32(s.DebounceMs);
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            Cpn01Settings s = _copy;
            s.CopyFrom(_live);
            s.TdcSeconds = cursor.ReadInt32();
            s.TrSeconds = cursor.ReadInt32();
            s.Noud = cursor.ReadInt32();
            s.AlarmKeepStatus = cursor.ReadInt32();
            s.AlarmKeepTimeSeconds = cursor.ReadInt32();
            s.TriggerMode = cursor.ReadInt32();
            s.CalculateFlag = cursor.ReadInt32();
            s.EventUplinkMode = cursor.ReadInt32();
            s.WorkMode = cursor.ReadInt32();
            s.DebounceMs = cursor.ReadInt32();
            string error = Check(Cpn01Dp.ReportInterval, s.TdcSeconds);
            error = error != null ? error : Check(Cpn01Dp.RecordInterval, s.TrSeconds);
            error = error != null ? error : Check(Cpn01Dp.RecordsPerUplink, s.Noud);
            error = error != null ? error : Check(Cpn01Dp.AlarmKeepStatus, s.AlarmKeepStatus);
            error = error != null ? error : Check(Cpn01Dp.AlarmKeepTime, s.AlarmKeepTimeSeconds);
            error = error != null ? error : Check(Cpn01Dp.TriggerMode, s.TriggerMode);
            error = error != null ? error : Check(Cpn01Dp.CalculateFlag, s.CalculateFlag);
            error = error != null ? error : Check(Cpn01Dp.EventUplink, s.EventUplinkMode);
            error = error != null ? error : Check(Cpn01Dp.WorkMode, s.WorkMode);
            return error != null ? error : Cpn01Settings.CheckDebounce(s.DebounceMs);
        }

        /// <inheritdoc />
        public void Use()
        {
            _live.CopyFrom(_copy);
        }

        private string Check(byte id, int value)
        {
            DpDefinition definition = _dps.Find(id);
            return definition == null ? "DP " + id.ToString() + " is not in the schema" : definition.CheckNumber(value);
        }
    }
}
