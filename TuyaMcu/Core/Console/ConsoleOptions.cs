namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// How the AT console behaves: the password attempt policy, the inactivity timeout, echo and
    /// what the banner says. The defaults are Dragino's (password first, then AT commands),
    /// with a lockout added so the default password cannot be guessed at line speed.
    /// </summary>
    public sealed class ConsoleOptions
    {
        /// <summary>Longest input line, characters; longer lines are refused whole.</summary>
        public const int MaxLineLength = 128;

        /// <summary>Wrong passwords allowed before the first lockout.</summary>
        public int FreeAttempts = 3;

        /// <summary>The first lockout, seconds; each further wrong password doubles it.</summary>
        public int FirstLockoutSeconds = 30;

        /// <summary>The longest lockout, seconds (1 hour).</summary>
        public int MaxLockoutSeconds = 3600;

        /// <summary>An open session locks again after this long without input, ms; 0 never locks (default 5 minutes).</summary>
        public int InactivityTimeoutMs = 5 * 60 * 1000;

        /// <summary>Echo typed characters back (a terminal without local echo wants it); password characters echo as '*'.</summary>
        public bool Echo;

        /// <summary>What ends each output line: CR LF for serial terminals, LF for a host's standard output.</summary>
        public string NewLine = "\r\n";

        /// <summary>The product, as the banner names it; null for the device profile's name.</summary>
        public string ProductName;

        /// <summary>The firmware version, as the banner and AT+CFG show it; null for the MCU version the device reports to the module.</summary>
        public string FirmwareVersion;

        /// <summary>Null when the options are usable, else what is wrong.</summary>
        public string Validate()
        {
            if (FreeAttempts < 1 || FreeAttempts > 100)
            {
                return "FreeAttempts must be 1..100";
            }

            if (FirstLockoutSeconds < 1 || MaxLockoutSeconds < FirstLockoutSeconds || MaxLockoutSeconds > 86400)
            {
                return "lockouts must satisfy 1 <= FirstLockoutSeconds <= MaxLockoutSeconds <= 86400";
            }

            if (InactivityTimeoutMs < 0)
            {
                return "InactivityTimeoutMs must be 0 (never) or more";
            }

            if (NewLine == null || NewLine.Length == 0)
            {
                return "NewLine must not be empty";
            }

            return null;
        }
    }
}
