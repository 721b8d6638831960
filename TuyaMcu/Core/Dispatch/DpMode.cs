namespace TuyaMcu.Dispatch
{
    /// <summary>Who may change a DP, as a Tuya product schema says it.</summary>
    public enum DpMode
    {
        /// <summary>rw: the cloud sets it, the device reports it.</summary>
        ReadWrite,

        /// <summary>ro: the device reports it; commands to it are refused.</summary>
        ReadOnly,

        /// <summary>wr: the cloud sends it (an action); the device does not report a value.</summary>
        WriteOnly,
    }
}
