namespace TuyaMcu.AtConsole
{
    /// <summary>The forms of an AT command line (CPN01 manual §4.1).</summary>
    public enum AtForm
    {
        /// <summary><c>AT</c>: attention, answered OK.</summary>
        Attention,

        /// <summary><c>AT?</c>: the short help, every command with one line.</summary>
        ShortHelp,

        /// <summary><c>ATZ</c>: save and reboot.</summary>
        Reset,

        /// <summary><c>AT+CMD?</c>: help on CMD.</summary>
        Help,

        /// <summary><c>AT+CMD</c>: run CMD (for a setting: show it).</summary>
        Run,

        /// <summary><c>AT+CMD=value</c>: set the value.</summary>
        Set,

        /// <summary><c>AT+CMD=?</c>: get the value.</summary>
        Get,
    }
}
