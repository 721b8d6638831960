namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>Why a <see cref="Pom01nLog"/> entry was made. The payload does not carry it; AT+CDP shows it.</summary>
    public enum LogEntryKind
    {
        /// <summary>A clock-log sample (AT+CLOCKLOG), on its tick.</summary>
        Sample = 0,

        /// <summary>A change of power_outage or low_voltage that matched its trigger mode (AT+INTMOD).</summary>
        Event = 1,
    }
}
