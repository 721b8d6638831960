using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The application's side of its data points: applies commands the cloud sends, and writes
    /// current values for reports. The protocol layer validates type, length and range against
    /// the schema before <see cref="Apply"/> is called.
    /// </summary>
    public interface IDpHandler
    {
        /// <summary>
        /// Checks a command unit the schema already accepted (the reader is positioned on it)
        /// against the application's own rules. Null when it may be applied, else why not.
        /// Changes nothing.
        /// </summary>
        string Check(DpReader unit);

        /// <summary>Applies a command unit that passed <see cref="Check"/>; the reader is positioned on it.</summary>
        void Apply(DpReader unit);

        /// <summary>Writes the current value of DP <paramref name="id"/>; false when it does not fit or has no value.</summary>
        bool WriteCurrent(byte id, DpWriter writer);
    }
}
