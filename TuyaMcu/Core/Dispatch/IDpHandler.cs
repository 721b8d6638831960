using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The application's side of its data points: applies commands the cloud sends, and writes
    /// current values for reports. The protocol layer validates type, length and range against
    /// the schema before <see cref="Apply"/> is called; then <see cref="Commit"/> says whether the
    /// command took, and the current values are reported back.
    /// </summary>
    public interface IDpHandler
    {
        /// <summary>
        /// Checks a command unit the schema already accepted (the reader is positioned on it)
        /// against the application's own rules. Null when it may be applied, else why not.
        /// Changes nothing.
        /// </summary>
        string Check(DpReader unit);

        /// <summary>
        /// Applies a command unit that passed <see cref="Check"/>; the reader is positioned on it. A
        /// handler that saves what it changes may only stage the unit here and act on it in <see cref="Commit"/>.
        /// </summary>
        void Apply(DpReader unit);

        /// <summary>
        /// Called once every unit of a command has been applied, before the report back: makes the
        /// command's changes durable (saved) and returns null, or returns why not with nothing of the
        /// command changed. Null when there is nothing to do. A command is all-or-nothing per handler.
        /// </summary>
        string Commit();

        /// <summary>
        /// For write-only DP <paramref name="id"/>: the <paramref name="index"/>-th reported DP whose
        /// value shows what a command to it does (0, 1, ...), or 0 after the last. The report back after
        /// a command, applied or refused, carries these DPs (e.g. a count for a "set count" DP).
        /// </summary>
        int ReportedFor(byte id, int index);

        /// <summary>Writes the current value of DP <paramref name="id"/>; false when it does not fit or has no value.</summary>
        bool WriteCurrent(byte id, DpWriter writer);
    }
}
