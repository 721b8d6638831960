using System;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Sensor;

namespace TuyaMcu.Storage
{
    // Over 400 lines: the three objects share one cursor, one failure policy and the same checks of
    // what is loaded, and each object's save sits next to its load so the two formats stay in step.

    /// <summary>
    /// Keeps the configuration, the counters and datalog, and the device ID across reboots and
    /// power loss, each in its own <see cref="SlotStore"/> (so a torn write costs at most that
    /// object's newest copy, never the previous one). The configuration and the device ID are
    /// saved by whoever changes them, when they change (<see cref="ISettingsStore"/>): a command is
    /// answered only after its save, and a failed save is answered as a failure. The counters and
    /// datalog are saved when a datalog record is added, when 100 counts have accumulated (at most
    /// once a minute), and otherwise at most every 15 minutes; when a command changes them; and
    /// always before a reboot or deep sleep (<see cref="SaveAll"/>). So with the default settings
    /// (a record every 15 minutes) that is 96 writes a day, and a sudden power loss costs at most
    /// the counts of the last 15 minutes, and never more than 99 counts plus those of the last minute.
    /// <para>
    /// A failed save is logged (once until saving works again) and <see cref="LastError"/> keeps its
    /// reason. What the device holds but could not save (a module's sleep lock, a device ID taken from
    /// the IMEI, defaults in place of a damaged configuration) is tried again at most once a minute.
    /// </para>
    /// </summary>
    public sealed class Persistence : ISettingsStore
    {
        /// <summary>Longest time counts stay unsaved, ms.</summary>
        public const int StateSaveIntervalMs = 15 * 60 * 1000;

        /// <summary>Counts that trigger a save sooner.</summary>
        public const int CountSaveThreshold = 100;

        /// <summary>Shortest time between two count-triggered saves, and between two tries of a failed save, ms.</summary>
        public const int MinSaveSpacingMs = 60 * 1000;

        private const string Component = "storage";
        private const byte ConfigFormat = 1;
        private const byte StateFormat = 1;
        private const byte IdentityFormat = 1;
        private const int RecordBytes = 21;
        private const int StateFixedBytes = 53;

        // The largest configuration is 58 bytes (ten 4-byte settings, a 16-character password and its
        // length, the flags); 64 leaves room for one more setting. The identity is 8 bytes and a flag.
        private const int ConfigBytes = 64;
        private const int IdentityBytes = 9;

        // The objects, as indices of _problems and _unsaved.
        private const int Config = 0;
        private const int State = 1;
        private const int Identity = 2;

        private readonly SlotStore _config;
        private readonly SlotStore _state;
        private readonly SlotStore _identity;
        private readonly DpDefinition[] _schema;
        private readonly ILog _log;
        private readonly ByteCursor _cursor = new ByteCursor();
        private readonly string[] _problems = new string[3];
        private readonly bool[] _unsaved = new bool[3];
        private SensorApplication _app;
        private long _savedStateVersion;
        private uint _savedNextSequence;
        private long _savedTotal;
        private long _lastStateSaveAt;
        private long _retryAt;
        private long _now;
        private bool _failing;
        private bool _configLoaded;

        /// <summary>Persistence on <paramref name="storage"/>; the schema validates a loaded configuration.</summary>
        public Persistence(IStorage storage, DpDefinition[] schema, int datalogCapacity, ILog log)
        {
            if (storage == null || schema == null)
            {
                throw new ArgumentNullException(storage == null ? "storage" : "schema");
            }

            _schema = schema;
            _log = log == null ? NullLog.Instance : log;
            _config = new SlotStore(storage, "config", ConfigFormat, ConfigBytes);
            _state = new SlotStore(storage, "state", StateFormat, StateFixedBytes + datalogCapacity * RecordBytes);
            _identity = new SlotStore(storage, "identity", IdentityFormat, IdentityBytes);
        }

        /// <summary>What loading found wrong (damaged slots, invalid contents), one entry per object, or empty.</summary>
        public string[] Problems
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _problems.Length; i++)
                {
                    if (_problems[i] != null)
                    {
                        count++;
                    }
                }

                string[] result = new string[count];
                count = 0;
                for (int i = 0; i < _problems.Length; i++)
                {
                    if (_problems[i] != null)
                    {
                        result[count++] = _problems[i];
                    }
                }

                return result;
            }
        }

        /// <summary>Writes done: configuration, state, identity.</summary>
        public long Writes
        {
            get { return _config.Saves + _state.Saves + _identity.Saves; }
        }

        /// <summary>Why the most recent failed save failed, or null when none has failed.</summary>
        public string LastError { get; private set; }

        /// <summary>True when the device ID <see cref="Load"/> returned was set by hand (AT+DEUI).</summary>
        public bool DeviceIdFixed { get; private set; }

        /// <summary>
        /// Loads what was saved into the given objects (left as they are when nothing valid was
        /// saved). Returns the saved device ID, or null. Never throws for bad contents: problems
        /// are logged and listed in <see cref="Problems"/>.
        /// </summary>
        public byte[] Load(SensorSettings settings, SensorCounters counters, Datalog datalog)
        {
            LoadConfig(settings);
            LoadState(counters, datalog);
            return LoadIdentity();
        }

        /// <summary>Saves <paramref name="app"/>'s changes from now on (what was just loaded counts as saved): the application saves its settings through this store.</summary>
        public void Attach(SensorApplication app, long nowMs)
        {
            _app = app;
            app.UseStore(this);

            // Defaults in use because nothing valid was stored: save them at the first Loop, so the
            // next start finds a good copy instead of reporting the same problem again.
            _unsaved[Config] = !_configLoaded;
            _savedStateVersion = app.StateVersion;
            _savedNextSequence = app.Datalog.NextSequence;
            _savedTotal = app.Counters.Total;
            _lastStateSaveAt = nowMs;
            _retryAt = nowMs;
            _now = nowMs;
        }

        /// <summary>When <see cref="Loop"/> will next save if nothing else changes, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                if (_app == null || _app.StateVersion == _savedStateVersion)
                {
                    return long.MaxValue;
                }

                long due = _lastStateSaveAt + StateSaveIntervalMs;
                return due > _retryAt ? due : _retryAt;
            }
        }

        /// <summary>Saves what the policy says is due, and tries again what could not be saved.</summary>
        public void Loop(long nowMs)
        {
            _now = nowMs;
            if (_app == null || nowMs < _retryAt)
            {
                return;
            }

            if (_unsaved[Config] || _unsaved[Identity])
            {
                SaveUnsaved();
            }

            if (_app.StateVersion == _savedStateVersion)
            {
                return;
            }

            long sinceSave = nowMs - _lastStateSaveAt;
            long counts = _app.Counters.Total - _savedTotal;
            if (counts < 0)
            {
                counts = -counts;
            }

            bool due = _app.Datalog.NextSequence != _savedNextSequence
                || sinceSave >= StateSaveIntervalMs
                || (counts >= CountSaveThreshold && sinceSave >= MinSaveSpacingMs);
            if (due)
            {
                SaveCounters(_app.Counters.Total, DatalogChange.None);
            }
        }

        /// <summary>Saves now what is not saved yet (before a reboot or deep sleep): counters and datalog always, configuration and device ID when a save of theirs failed. Returns false if a write failed (<see cref="LastError"/> says why).</summary>
        public bool SaveAll(long nowMs)
        {
            _now = nowMs;
            if (_app == null)
            {
                return true;
            }

            bool ok = SaveCounters(_app.Counters.Total, DatalogChange.None) == null;
            return SaveUnsaved() && ok;
        }

        /// <summary>Erases the configuration, counters and datalog (AT+FDR); the device ID stays. Null when erased, else why not.</summary>
        public string FactoryReset()
        {
            try
            {
                _config.Erase();
                _state.Erase();
                return null;
            }
            catch (Exception e)
            {
                return Failed("erasing the configuration and counters failed: " + e.Message);
            }
        }

        // Tries again what the device holds but could not save. False if it still fails.
        private bool SaveUnsaved()
        {
            bool ok = !_unsaved[Config] || SaveSettings(_app.Settings) == null;
            return (!_unsaved[Identity] || SaveDeviceId(_app.DeviceId, _app.DeviceIdFixed) == null) && ok;
        }

        // Writes what the cursor wrote to store; liveCopy: it is what the device uses, so it must be
        // tried again if this fails. Null when saved, else why not.
        private string Commit(SlotStore store, int which, string what, bool liveCopy)
        {
            // A copy cut short by a full buffer would pass its CRC and then be refused at start-up in
            // place of the good copy before it, so it is not written.
            if (_cursor.Overrun)
            {
                if (liveCopy)
                {
                    _unsaved[which] = true;
                }

                return Failed("saving the " + what + " failed: it does not fit its " + store.MaxPayload.ToString() + "-byte store");
            }

            try
            {
                store.Save(_cursor.Position - SlotStore.HeaderLength);
            }
            catch (Exception e)
            {
                if (liveCopy)
                {
                    _unsaved[which] = true;
                }

                return Failed("saving the " + what + " failed: " + e.Message);
            }

            _unsaved[which] = false;
            if (_failing)
            {
                _failing = false;
                _log.Write(LogLevel.Info, Component, "saving works again");
            }

            return null;
        }

        // Keeps running: the next change, the retry a minute later, or SaveAll tries again.
        private string Failed(string reason)
        {
            LastError = reason;
            _retryAt = _now + MinSaveSpacingMs;
            if (!_failing)
            {
                _failing = true;
                _log.Write(LogLevel.Error, Component, reason);
            }

            return reason;
        }

        /// <inheritdoc />
        public string SaveSettings(SensorSettings s)
        {
            _cursor.Reset(_config.Buffer, SlotStore.HeaderLength, _config.MaxPayload);
            _cursor.WriteInt32(s.TdcSeconds);
            _cursor.WriteInt32(s.TrSeconds);
            _cursor.WriteInt32(s.Noud);
            _cursor.WriteInt32(s.AlarmKeepStatus);
            _cursor.WriteInt32(s.AlarmKeepTimeSeconds);
            _cursor.WriteInt32(s.TriggerMode);
            _cursor.WriteInt32(s.CalculateFlag);
            _cursor.WriteInt32(s.EventUplinkMode);
            _cursor.WriteInt32(s.WorkMode);
            _cursor.WriteInt32(s.DebounceMs);
            _cursor.WriteString(s.Password);
            _cursor.WriteByte((s.Debug ? 1 : 0) | (s.SleepLock ? 2 : 0));

            // A copy that is not the one in use failing changes nothing: the one in use is on flash.
            return Commit(_config, Config, "configuration", _app == null || s == _app.Settings);
        }

        private void LoadConfig(SensorSettings settings)
        {
            int length = _config.Load();
            _problems[Config] = _config.LoadProblem;
            if (length < 0)
            {
                Report(Config);
                return;
            }

            _cursor.Reset(_config.Buffer, SlotStore.HeaderLength, length);
            SensorSettings loaded = settings.Clone();
            loaded.TdcSeconds = _cursor.ReadInt32();
            loaded.TrSeconds = _cursor.ReadInt32();
            loaded.Noud = _cursor.ReadInt32();
            loaded.AlarmKeepStatus = _cursor.ReadInt32();
            loaded.AlarmKeepTimeSeconds = _cursor.ReadInt32();
            loaded.TriggerMode = _cursor.ReadInt32();
            loaded.CalculateFlag = _cursor.ReadInt32();
            loaded.EventUplinkMode = _cursor.ReadInt32();
            loaded.WorkMode = _cursor.ReadInt32();
            loaded.DebounceMs = _cursor.ReadInt32();
            loaded.Password = _cursor.ReadString();
            int flags = _cursor.ReadByte();
            loaded.Debug = (flags & 1) != 0;
            loaded.SleepLock = (flags & 2) != 0;

            string error = _cursor.Overrun || !_cursor.AtEnd ? length.ToString() + " bytes is not the length of a configuration"
                : flags > 3 ? "unknown flags 0x" + flags.ToString("X2")
                : Check(loaded);
            if (error != null)
            {
                _problems[Config] = "configuration not used: " + error;
                Report(Config);
                return;
            }

            settings.CopyFrom(loaded);
            Report(Config);
            _configLoaded = true;
        }

        private string Check(SensorSettings s)
        {
            string error = CheckDp(SensorDp.ReportInterval, s.TdcSeconds);
            if (error == null)
            {
                error = CheckDp(SensorDp.RecordInterval, s.TrSeconds);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.RecordsPerUplink, s.Noud);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.AlarmKeepStatus, s.AlarmKeepStatus);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.AlarmKeepTime, s.AlarmKeepTimeSeconds);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.TriggerMode, s.TriggerMode);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.CalculateFlag, s.CalculateFlag);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.EventUplink, s.EventUplinkMode);
            }

            if (error == null)
            {
                error = CheckDp(SensorDp.WorkMode, s.WorkMode);
            }

            if (error == null)
            {
                error = SensorSettings.CheckDebounce(s.DebounceMs);
            }

            if (error == null)
            {
                error = SensorSettings.CheckPassword(s.Password);
            }

            return error;
        }

        private string CheckDp(byte id, int value)
        {
            for (int i = 0; i < _schema.Length; i++)
            {
                if (_schema[i].Id == id)
                {
                    return _schema[i].CheckNumber(value);
                }
            }

            return "DP " + id.ToString() + " is not in the schema";
        }

        /// <inheritdoc />
        public string SaveCounters(long total, DatalogChange change)
        {
            SensorCounters c = _app.Counters;
            Datalog log = _app.Datalog;
            _cursor.Reset(_state.Buffer, SlotStore.HeaderLength, _state.MaxPayload);
            _cursor.WriteInt64(total);
            _cursor.WriteInt32(c.LastOpenDurationMin);
            _cursor.WriteInt64(c.OpenedAtUnix);
            _cursor.WriteByte((c.HasContactState ? 1 : 0) | (c.ContactClosed ? 2 : 0) | (c.AlarmFired ? 4 : 0));
            _cursor.WriteInt64(c.ChangedAtUnix);
            _cursor.WriteInt64(c.NextTdcUnix);
            _cursor.WriteInt64(c.NextTrUnix);
            _cursor.WriteInt32((int)log.NextSequence);
            int timed = 0;
            for (int i = 0; change != DatalogChange.Cleared && i < log.Count; i++)
            {
                if (log.TimeKnownAt(i))
                {
                    timed++;
                }
            }

            _cursor.WriteInt32(timed);
            for (int i = 0; change != DatalogChange.Cleared && i < log.Count; i++)
            {
                // A record whose time is still unknown is not worth saving: after a reboot it could never get one.
                if (!log.TimeKnownAt(i))
                {
                    continue;
                }

                bool pending = log.PendingAt(i) && change != DatalogChange.AllSent;
                _cursor.WriteInt32((int)log.SequenceAt(i));
                _cursor.WriteInt64(log.StampAt(i));
                _cursor.WriteByte((log.ClosedAt(i) ? 1 : 0) | (pending ? 2 : 0));
                _cursor.WriteInt32(log.TotalAt(i));
                _cursor.WriteInt32(log.DurationAt(i));
            }

            // The counters are always the live ones (what is not the live total, the caller takes
            // over once saved), so a failure leaves nothing to retry but the periodic save.
            string error = Commit(_state, State, "counters and datalog", false);
            if (error == null)
            {
                _savedStateVersion = _app.StateVersion;
                _savedNextSequence = log.NextSequence;
                _savedTotal = total;
                _lastStateSaveAt = _now;
            }

            return error;
        }

        private void LoadState(SensorCounters counters, Datalog datalog)
        {
            int length = _state.Load();
            _problems[State] = _state.LoadProblem;
            if (length < 0)
            {
                Report(State);
                return;
            }

            _cursor.Reset(_state.Buffer, SlotStore.HeaderLength, length);
            long total = _cursor.ReadInt64();
            int duration = _cursor.ReadInt32();
            long openedAt = _cursor.ReadInt64();
            int flags = _cursor.ReadByte();
            long changedAt = _cursor.ReadInt64();
            long nextTdc = _cursor.ReadInt64();
            long nextTr = _cursor.ReadInt64();
            uint nextSequence = (uint)_cursor.ReadInt32();
            int records = _cursor.ReadInt32();
            string error = _cursor.Overrun ? length.ToString() + " bytes is too short for the counters"
                : records < 0 || records > datalog.Capacity ? records.ToString() + " records do not fit the datalog's " + datalog.Capacity.ToString()
                : length != StateFixedBytes + records * RecordBytes ? length.ToString() + " bytes is not the length of " + records.ToString() + " records"
                : total < 0 ? "negative total " + total.ToString()
                : duration < 0 || duration > 0xFFFFFF ? "last open duration " + duration.ToString() + " is outside 0..16777215"
                : flags > 7 ? "unknown flags 0x" + flags.ToString("X2")
                : CheckRecords(records);
            if (error != null)
            {
                _problems[State] = "counters and datalog not used: " + error;
                Report(State);
                return;
            }

            counters.Total = total;
            counters.LastOpenDurationMin = duration;
            counters.OpenedAtUnix = openedAt;
            counters.HasContactState = (flags & 1) != 0;
            counters.ContactClosed = (flags & 2) != 0;
            counters.AlarmFired = (flags & 4) != 0;
            counters.ChangedAtUnix = changedAt;
            counters.NextTdcUnix = nextTdc;
            counters.NextTrUnix = nextTr;
            datalog.Clear();
            _cursor.Reset(_state.Buffer, SlotStore.HeaderLength + StateFixedBytes, records * RecordBytes);
            for (int i = 0; i < records; i++)
            {
                uint sequence = (uint)_cursor.ReadInt32();
                long stamp = _cursor.ReadInt64();
                int recordFlags = _cursor.ReadByte();
                int recordTotal = _cursor.ReadInt32();
                int recordDuration = _cursor.ReadInt32();
                datalog.Restore(sequence, (recordFlags & 1) != 0, recordTotal, recordDuration, true, stamp, (recordFlags & 2) != 0);
            }

            datalog.ReserveSequence(nextSequence);
            Report(State);
        }

        // Reads the records the cursor is on, so that nothing is applied before all of them are
        // known to be good: values the firmware could have made, numbered oldest first.
        private string CheckRecords(int records)
        {
            uint previous = 0;
            for (int i = 0; i < records; i++)
            {
                uint sequence = (uint)_cursor.ReadInt32();
                _cursor.ReadInt64();
                int flags = _cursor.ReadByte();
                int total = _cursor.ReadInt32();
                int duration = _cursor.ReadInt32();
                string wrong = i > 0 && sequence <= previous ? "its sequence number does not follow " + previous.ToString()
                    : flags > 3 ? "unknown flags 0x" + flags.ToString("X2")
                    : total < 0 || total > 0xFFFFFF ? "its total " + total.ToString() + " is outside 0..16777215"
                    : duration < 0 || duration > 0xFFFFFF ? "its open duration " + duration.ToString() + " is outside 0..16777215"
                    : null;
                if (wrong != null)
                {
                    return "record " + (i + 1).ToString() + " of " + records.ToString() + " (sequence " + sequence.ToString() + "): " + wrong;
                }

                previous = sequence;
            }

            return null;
        }

        /// <inheritdoc />
        public string SaveDeviceId(byte[] deviceId, bool fixedByHand)
        {
            _cursor.Reset(_identity.Buffer, SlotStore.HeaderLength, _identity.MaxPayload);
            for (int i = 0; i < 8; i++)
            {
                _cursor.WriteByte(deviceId[i]);
            }

            _cursor.WriteByte(fixedByHand ? 1 : 0);
            return Commit(_identity, Identity, "device ID", _app == null || deviceId == _app.DeviceId);
        }

        private byte[] LoadIdentity()
        {
            int length = _identity.Load();
            _problems[Identity] = _identity.LoadProblem;
            int flag = length == 9 ? _identity.Buffer[SlotStore.HeaderLength + 8] : -1;
            if (length != 9 || flag > 1)
            {
                if (length >= 0)
                {
                    _problems[Identity] = "device ID not used: " + (length != 9 ? length.ToString() + " bytes, expected 9" : "flag " + flag.ToString() + " is not 0 or 1");
                }

                Report(Identity);
                return null;
            }

            byte[] id = new byte[8];
            Array.Copy(_identity.Buffer, SlotStore.HeaderLength, id, 0, 8);
            DeviceIdFixed = flag == 1;
            Report(Identity);
            return id;
        }

        private void Report(int which)
        {
            if (_problems[which] != null)
            {
                _log.Write(LogLevel.Warning, Component, _problems[which]);
            }
        }
    }
}
