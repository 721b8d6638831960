using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Storage
{
    /// <summary>
    /// Keeps what must survive reboots and power loss, each in its own <see cref="SlotStore"/> (so a
    /// torn write costs at most that object's newest copy, never the previous one): the
    /// <c>config</c> slot holds the device profile's settings followed by the device's own, the
    /// <c>state</c> slot the profile's state (counters, logs), the <c>identity</c> slot the device ID.
    /// It knows these objects only as <see cref="IPersistedObject"/>: their formats are theirs.
    /// <para>
    /// Settings and identity are saved by whoever changes them, when they change
    /// (<see cref="SaveConfiguration"/>, <see cref="SaveIdentity"/>): a command is answered only after
    /// its save, and a failed save is answered as a failure. The state is saved by policy: the
    /// application says what changed (<see cref="StateChanged"/>), and it is saved at the next pass
    /// when something is to be saved soon (a new datalog record), when <see cref="CountSaveThreshold"/>
    /// counts have accumulated (at most once every <see cref="MinSaveSpacingMs"/>), and otherwise at
    /// most every <see cref="StateSaveIntervalMs"/>; at once when a command changes it
    /// (<see cref="SaveState"/>); and always before a reboot or deep sleep (<see cref="SaveAll"/>).
    /// So a sudden power loss costs at most the counts of the last 15 minutes, and never more than
    /// 99 counts plus those of the last minute.
    /// </para>
    /// <para>
    /// A failed save is logged (once until saving works again) and <see cref="LastError"/> keeps its
    /// reason. What the device holds but could not save (a module's sleep lock, a device ID taken from
    /// the IMEI, defaults in place of a damaged configuration) is tried again at most once a minute.
    /// Without storage nothing is kept and every save succeeds.
    /// </para>
    /// </summary>
    public sealed class Persistence
    {
        /// <summary>Longest time counts stay unsaved, ms.</summary>
        public const int StateSaveIntervalMs = 15 * 60 * 1000;

        /// <summary>Counts that trigger a save sooner.</summary>
        public const int CountSaveThreshold = 100;

        /// <summary>Shortest time between two count-triggered saves, and between two tries of a failed save, ms.</summary>
        public const int MinSaveSpacingMs = 60 * 1000;

        private const string Component = "storage";

        // The slots, as indices of _problems and _unsaved.
        private const int Config = 0;
        private const int State = 1;
        private const int Identity = 2;

        private readonly IStorage _storage;
        private readonly ILog _log;
        private readonly ByteCursor _cursor = new ByteCursor();
        private readonly string[] _problems = new string[3];
        private readonly bool[] _unsaved = new bool[3];
        private SlotStore _config;
        private SlotStore _state;
        private SlotStore _identity;
        private IPersistedObject _settings;
        private IPersistedObject _deviceSettings;
        private IPersistedObject _stateObject;
        private IPersistedObject _identityObject;
        private bool _stateChanged;
        private bool _saveSoon;
        private long _counts;
        private long _lastStateSaveAt;
        private long _retryAt;
        private long _now;
        private bool _failing;

        /// <summary>Persistence on <paramref name="storage"/> (null: nothing is kept); objects are given to <see cref="Keep"/>.</summary>
        public Persistence(IStorage storage, ILog log)
        {
            _storage = storage;
            _log = log == null ? NullLog.Instance : log;
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
            get { return _config == null ? 0 : _config.Saves + _state.Saves + _identity.Saves; }
        }

        /// <summary>Why the most recent failed save failed, or null when none has failed.</summary>
        public string LastError { get; private set; }

        /// <summary>True when <see cref="Keep"/> found a saved state to use (a wake from deep sleep finds one).</summary>
        public bool StateLoaded { get; private set; }

        /// <summary>
        /// Keeps the objects from now on and loads what was saved into them (each is left as it is
        /// when nothing valid was saved): the profile's <paramref name="settings"/> and the device's
        /// <paramref name="deviceSettings"/> in the <c>config</c> slot, the profile's
        /// <paramref name="state"/>, the device's <paramref name="identity"/>. Never throws for bad
        /// contents: problems are logged and listed in <see cref="Problems"/>. Call once.
        /// </summary>
        public void Keep(IPersistedObject settings, IPersistedObject deviceSettings, IPersistedObject state, IPersistedObject identity, long nowMs)
        {
            if (settings == null || deviceSettings == null || state == null || identity == null)
            {
                throw new ArgumentNullException("settings, device settings, state and identity are required");
            }

            _settings = settings;
            _deviceSettings = deviceSettings;
            _stateObject = state;
            _identityObject = identity;
            _lastStateSaveAt = nowMs;
            _retryAt = nowMs;
            _now = nowMs;
            if (_storage == null)
            {
                return;
            }

            _config = new SlotStore(_storage, "config", settings.Format, settings.MaxBytes + deviceSettings.MaxBytes);
            _state = new SlotStore(_storage, "state", state.Format, state.MaxBytes);
            _identity = new SlotStore(_storage, "identity", identity.Format, identity.MaxBytes);

            // Defaults in use because nothing valid was stored: saved at the first Loop, so the next
            // start finds a good copy instead of reporting the same problem again.
            _unsaved[Config] = !Load(_config, Config, settings, deviceSettings, "configuration");
            StateLoaded = Load(_state, State, state, null, "counters and datalog");
            Load(_identity, Identity, identity, null, "device ID");
        }

        /// <summary>
        /// Notes a change of the state: <paramref name="counts"/> more counted (0 for any other
        /// change); <paramref name="soon"/> when it is to be saved at the next pass (a datalog record).
        /// </summary>
        public void StateChanged(int counts, bool soon)
        {
            _stateChanged = true;
            _counts += counts;
            _saveSoon |= soon;
        }

        /// <summary>When <see cref="Loop"/> will next save if nothing else changes, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                if (!_stateChanged || _storage == null)
                {
                    return long.MaxValue;
                }

                long due = _saveSoon ? _now : _lastStateSaveAt + (_counts >= CountSaveThreshold ? MinSaveSpacingMs : StateSaveIntervalMs);
                return due > _retryAt ? due : _retryAt;
            }
        }

        /// <summary>Saves what the policy says is due, and tries again what could not be saved.</summary>
        public void Loop(long nowMs)
        {
            _now = nowMs;
            if (_settings == null || nowMs < _retryAt)
            {
                return;
            }

            if (_unsaved[Config] || _unsaved[Identity])
            {
                SaveUnsaved();
            }

            if (!_stateChanged)
            {
                return;
            }

            long sinceSave = nowMs - _lastStateSaveAt;
            if (_saveSoon || sinceSave >= StateSaveIntervalMs || (_counts >= CountSaveThreshold && sinceSave >= MinSaveSpacingMs))
            {
                SaveState();
            }
        }

        /// <summary>Saves now what is not saved yet (before a reboot or deep sleep): the state always, configuration and device ID when a save of theirs failed. Returns false if a write failed (<see cref="LastError"/> says why).</summary>
        public bool SaveAll(long nowMs)
        {
            _now = nowMs;
            if (_settings == null)
            {
                return true;
            }

            bool ok = SaveState() == null;
            return SaveUnsaved() && ok;
        }

        /// <summary>
        /// Saves the configuration (the profile's settings, then the device's) as the objects write it
        /// now. <paramref name="live"/>: what they write is what the device uses, so a failure is tried
        /// again later; false for a staged change, which a failure simply refuses. Null when saved,
        /// else why not (the previous copy is then still the one on flash).
        /// </summary>
        public string SaveConfiguration(bool live)
        {
            if (_config == null)
            {
                return null;
            }

            _cursor.Reset(_config.Buffer, SlotStore.HeaderLength, _config.MaxPayload);
            _settings.Write(_cursor);
            _deviceSettings.Write(_cursor);
            return Commit(_config, Config, "configuration", live);
        }

        /// <summary>Saves the device ID as its object writes it now; <paramref name="live"/> as for <see cref="SaveConfiguration"/>.</summary>
        public string SaveIdentity(bool live)
        {
            if (_identity == null)
            {
                return null;
            }

            _cursor.Reset(_identity.Buffer, SlotStore.HeaderLength, _identity.MaxPayload);
            _identityObject.Write(_cursor);
            return Commit(_identity, Identity, "device ID", live);
        }

        /// <summary>
        /// Saves the state as its object writes it now (a command's change, or what has accumulated).
        /// The state is always the one in use, so a failure leaves nothing to retry but the periodic
        /// save. Null when saved, else why not.
        /// </summary>
        public string SaveState()
        {
            if (_state == null)
            {
                _stateChanged = false;
                return null;
            }

            _cursor.Reset(_state.Buffer, SlotStore.HeaderLength, _state.MaxPayload);
            _stateObject.Write(_cursor);
            string error = Commit(_state, State, "counters and datalog", false);
            if (error == null)
            {
                _stateChanged = false;
                _saveSoon = false;
                _counts = 0;
                _lastStateSaveAt = _now;
            }

            return error;
        }

        /// <summary>Erases the configuration and the state (AT+FDR); the device ID stays. Null when erased, else why not.</summary>
        public string FactoryReset()
        {
            if (_config == null)
            {
                return null;
            }

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

        // Reads a slot into its object (and the one that follows it in the slot); true when in use.
        private bool Load(SlotStore store, int which, IPersistedObject first, IPersistedObject second, string what)
        {
            int length = store.Load();
            _problems[which] = store.LoadProblem;
            if (length < 0)
            {
                Report(which);
                return false;
            }

            _cursor.Reset(store.Buffer, SlotStore.HeaderLength, length);
            string error = first.Read(_cursor);
            string secondError = second == null ? null : second.Read(_cursor);

            // Values read past the end mean nothing: the length is what is wrong.
            if (_cursor.Overrun || (error == null && secondError == null && !_cursor.AtEnd))
            {
                error = length.ToString() + " bytes is not the length of the " + what;
            }
            else if (error == null)
            {
                error = secondError;
            }

            if (error != null)
            {
                _problems[which] = what + " not used: " + error;
                Report(which);
                return false;
            }

            first.Use();
            if (second != null)
            {
                second.Use();
            }

            Report(which);
            return true;
        }

        // Tries again what the device holds but could not save. False if it still fails.
        private bool SaveUnsaved()
        {
            bool ok = !_unsaved[Config] || SaveConfiguration(true) == null;
            return (!_unsaved[Identity] || SaveIdentity(true) == null) && ok;
        }

        // Writes what the cursor wrote to store; live: it is what the device uses, so it must be
        // tried again if this fails. Null when saved, else why not.
        private string Commit(SlotStore store, int which, string what, bool live)
        {
            // A copy cut short by a full buffer would pass its CRC and then be refused at start-up in
            // place of the good copy before it, so it is not written.
            if (_cursor.Overrun)
            {
                _unsaved[which] |= live;
                return Failed("saving the " + what + " failed: it does not fit its " + store.MaxPayload.ToString() + "-byte store");
            }

            try
            {
                store.Save(_cursor.Position - SlotStore.HeaderLength);
            }
            catch (Exception e)
            {
                _unsaved[which] |= live;
                return Failed("saving the " + what + " failed: " + e.Message);
            }

            // A staged change starts from the values in use, so its copy holds them too.
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

        private void Report(int which)
        {
            if (_problems[which] != null)
            {
                _log.Write(LogLevel.Warning, Component, _problems[which]);
            }
        }
    }
}
