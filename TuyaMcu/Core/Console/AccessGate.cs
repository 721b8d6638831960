namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// Who may use the console: closed until the serial password is given (the CPN01's rule),
    /// closed again after a spell without input. Wrong passwords are free up to a limit; from
    /// then on each one locks the console for a time that doubles, up to a cap, so guessing an
    /// 8-digit password over a 9600-baud line takes years instead of hours. The count of wrong
    /// passwords is only reset by the right one. Allocates nothing.
    /// </summary>
    public sealed class AccessGate
    {
        private readonly ConsoleOptions _options;
        private bool _open;
        private int _wrongAttempts;
        private long _lockedUntilMs = long.MinValue;
        private long _lastActivityMs;

        /// <summary>Creates a closed gate.</summary>
        public AccessGate(ConsoleOptions options)
        {
            _options = options;
        }

        /// <summary>True while a session is open (the password was given and not timed out).</summary>
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <summary>When the inactivity timeout will close the session, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                if (!_open || _options.InactivityTimeoutMs == 0)
                {
                    return long.MaxValue;
                }

                return _lastActivityMs + _options.InactivityTimeoutMs;
            }
        }

        /// <summary>True while password attempts are refused.</summary>
        public bool IsLockedOut(long nowMs)
        {
            return nowMs < _lockedUntilMs;
        }

        /// <summary>Whole seconds the lockout still lasts (rounded up), 0 when not locked out.</summary>
        public int LockoutSecondsLeft(long nowMs)
        {
            if (nowMs >= _lockedUntilMs)
            {
                return 0;
            }

            return (int)((_lockedUntilMs - nowMs + 999) / 1000);
        }

        /// <summary>
        /// Checks a password attempt (the caller checks <see cref="IsLockedOut"/> first). True opens
        /// the session; false counts a wrong attempt and may start a lockout.
        /// </summary>
        public bool TryPassword(string attempt, string password, long nowMs)
        {
            if (SameText(attempt, password))
            {
                _open = true;
                _wrongAttempts = 0;
                _lockedUntilMs = long.MinValue;
                _lastActivityMs = nowMs;
                return true;
            }

            if (_wrongAttempts < int.MaxValue)
            {
                _wrongAttempts++;
            }

            int lockout = LockoutSecondsFor(_wrongAttempts);
            if (lockout > 0)
            {
                _lockedUntilMs = nowMs + lockout * 1000L;
            }

            return false;
        }

        /// <summary>Tries left before a lockout: the last of them, if wrong, starts it (0 once lockouts have begun).</summary>
        public int TriesBeforeLockout
        {
            get
            {
                int left = _options.FreeAttempts - _wrongAttempts;
                return left < 0 ? 0 : left;
            }
        }

        /// <summary>The lockout, seconds, after <paramref name="wrongAttempts"/> wrong passwords in a row: 0, then first, doubling, capped.</summary>
        public int LockoutSecondsFor(int wrongAttempts)
        {
            if (wrongAttempts < _options.FreeAttempts)
            {
                return 0;
            }

            int seconds = _options.FirstLockoutSeconds;
            for (int i = _options.FreeAttempts; i < wrongAttempts && seconds < _options.MaxLockoutSeconds; i++)
            {
                seconds *= 2;
            }

            return seconds > _options.MaxLockoutSeconds ? _options.MaxLockoutSeconds : seconds;
        }

        /// <summary>Notes input in an open session (restarts the inactivity timeout).</summary>
        public void Touch(long nowMs)
        {
            _lastActivityMs = nowMs;
        }

        /// <summary>Closes the session when it has been idle too long; true when it just did.</summary>
        public bool CloseIfIdle(long nowMs)
        {
            if (_open && nowMs >= NextDueMs)
            {
                _open = false;
                return true;
            }

            return false;
        }

        // Compares every character whatever the first difference, so the time taken does not
        // tell how much of a guess was right.
        private static bool SameText(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            int difference = 0;
            for (int i = 0; i < a.Length; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }
    }
}
