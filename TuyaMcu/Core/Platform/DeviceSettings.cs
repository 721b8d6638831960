using TuyaMcu.Hal;
using TuyaMcu.Storage;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// The device's own settings, whatever its profile: the console password (its rules are the
    /// profile's), debug logging and the module's sleep lock. They are saved in the <c>config</c>
    /// slot after the profile's settings (<see cref="Persistence"/>), each change before it is in use:
    /// a change that cannot be saved is refused and changes nothing.
    /// </summary>
    public sealed class DeviceSettings : IPersistedObject
    {
        // The longest password (16 characters), its length and the flags.
        private const int Bytes = 18;
        private const int DebugFlag = 1;
        private const int SleepLockFlag = 2;

        // Not saved: the sleep lock in use is not on flash yet.
        private const int SleepLockUnsavedFlag = 4;

        private readonly int _minPasswordLength;
        private readonly int _maxPasswordLength;
        private Persistence _store;

        // A change being saved, or what a load read: written in place of the values in use.
        private bool _staging;
        private string _stagedPassword;
        private int _stagedFlags;

        // Debug, sleep lock and whether the sleep lock is saved, as the flags above: one field where
        // three would cost a heap block each.
        private int _flags;

        /// <summary>Settings whose password starts as <paramref name="defaultPassword"/> and must be <paramref name="minPasswordLength"/>..<paramref name="maxPasswordLength"/> characters (at most 16).</summary>
        public DeviceSettings(string defaultPassword, int minPasswordLength, int maxPasswordLength)
        {
            _minPasswordLength = minPasswordLength;
            _maxPasswordLength = maxPasswordLength > 16 ? 16 : maxPasswordLength;
            Password = defaultPassword;
        }

        /// <summary>AT+PWORD: the serial console's password.</summary>
        public string Password { get; private set; }

        /// <summary>AT+DEBUG: verbose logging.</summary>
        public bool Debug
        {
            get { return (_flags & DebugFlag) != 0; }
        }

        /// <summary>AT+SLEEPLOCK: the module's sleep lock as it last acknowledged it; battery mode then never tells the module to sleep.</summary>
        public bool SleepLock
        {
            get { return (_flags & SleepLockFlag) != 0; }
        }

        /// <summary>Saves every change through <paramref name="store"/> from now on (the device attaches it).</summary>
        public void UseStore(Persistence store)
        {
            _store = store;
        }

        /// <summary>Null when <paramref name="password"/> can be the console password (the profile's length, printable ASCII, no spaces), else why not.</summary>
        public string CheckPassword(string password)
        {
            if (password == null || password.Length < _minPasswordLength || password.Length > _maxPasswordLength)
            {
                return _minPasswordLength == _maxPasswordLength
                    ? "the password must be " + _minPasswordLength.ToString() + " characters"
                    : "the password must be " + _minPasswordLength.ToString() + ".." + _maxPasswordLength.ToString() + " characters";
            }

            for (int i = 0; i < password.Length; i++)
            {
                if (password[i] <= ' ' || password[i] > '~')
                {
                    return "the password may hold only printable ASCII without spaces";
                }
            }

            return null;
        }

        /// <summary>Sets the console password (AT+PWORD). Null when saved and in use, else why not (nothing changed).</summary>
        public string SetPassword(string password)
        {
            string error = CheckPassword(password);
            return error != null ? error : Change(password, Flags());
        }

        /// <summary>Turns verbose logging on or off (AT+DEBUG). Null when saved and in use, else why not (nothing changed).</summary>
        public string SetDebug(bool debug)
        {
            return Change(Password, debug ? Flags() | DebugFlag : Flags() & ~DebugFlag);
        }

        /// <summary>
        /// Remembers the module's sleep lock once the module acknowledged it (so it survives reboots and
        /// deep sleep). The module has it whatever happens here, so it is in use at once; null when saved
        /// too, else why not (persistence then tries again, and so does the next call).
        /// </summary>
        public string RememberSleepLock(bool locked)
        {
            if (SleepLock == locked && (_flags & SleepLockUnsavedFlag) == 0)
            {
                return null;
            }

            _flags = locked ? _flags | SleepLockFlag : _flags & ~SleepLockFlag;
            string error = _store == null ? null : _store.SaveConfiguration(true);
            _flags = error != null ? _flags | SleepLockUnsavedFlag : _flags & ~SleepLockUnsavedFlag;
            return error;
        }

        /// <inheritdoc />
        public byte Format
        {
            // The configuration slot's format is the profile's: these bytes follow its settings.
            get { return 0; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return Bytes; }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            cursor.WriteString(_staging ? _stagedPassword : Password);
            cursor.WriteByte(_staging ? _stagedFlags : Flags());
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            _stagedPassword = cursor.ReadString();
            _stagedFlags = cursor.ReadByte();
            return _stagedFlags > (DebugFlag | SleepLockFlag) ? "unknown flags 0x" + _stagedFlags.ToString("X2") : CheckPassword(_stagedPassword);
        }

        /// <inheritdoc />
        public void Use()
        {
            Take();
        }

        private int Flags()
        {
            return _flags & (DebugFlag | SleepLockFlag);
        }

        // Saves the change, then puts it in use; nothing changes when the save fails.
        private string Change(string password, int flags)
        {
            _stagedPassword = password;
            _stagedFlags = flags;
            _staging = true;
            string error = _store == null ? null : _store.SaveConfiguration(false);
            _staging = false;
            if (error != null)
            {
                return "nothing changed: " + error;
            }

            Take();
            return null;
        }

        private void Take()
        {
            Password = _stagedPassword;
            _flags = _stagedFlags;
        }
    }
}
