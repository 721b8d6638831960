using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Applies the module's DP commands (0x09) to the DP handlers, all or nothing: every unit is first
    /// checked (well-formed, known, writable, in range), and only then applied and committed, each
    /// handler once. Every DP the command mentioned (and the DPs that show a write-only one) is then
    /// reported back with its current value, whether the command was applied or refused, so the cloud
    /// shows what the device holds. One per dispatcher; allocates nothing per command.
    /// </summary>
    public sealed class DpCommandApplier
    {
        private readonly DpRegistry _dps;
        private readonly DpReader _reader = new DpReader();
        private readonly DpWriter _writer = new DpWriter();

        // The DPs the last command mentioned, one bit per id: 32 bytes where a bool[256] takes 276 of heap.
        private readonly int[] _mentioned = new int[8];

        /// <summary>Applies commands to <paramref name="dps"/>' handlers.</summary>
        public DpCommandApplier(DpRegistry dps)
        {
            _dps = dps;
        }

        /// <summary>The registry whose handlers the commands are applied to.</summary>
        public DpRegistry Dps
        {
            get { return _dps; }
        }

        /// <summary>
        /// Applies the DP units of <paramref name="frame"/>: null when every one was applied and
        /// committed (<paramref name="units"/> of them), else why the command was refused (the first
        /// reason; nothing was applied, or a handler refused its commit).
        /// </summary>
        public string Apply(Frame frame, out int units)
        {
            units = 0;
            for (int i = 0; i < _mentioned.Length; i++)
            {
                _mentioned[i] = 0;
            }

            // First pass: every unit well-formed, known, writable and in range — or nothing is applied.
            string error = null;
            _reader.Reset(frame);
            while (_reader.MoveNext())
            {
                Mention(_reader.Id);
                if (error == null)
                {
                    error = _dps.CheckCommand(_reader);
                }
            }

            if (_reader.HasError)
            {
                // The malformed unit's DP is reported back too, when its id byte arrived.
                int at = _reader.UnitOffset;
                if (at >= frame.DataOffset && at < frame.DataOffset + frame.DataLength)
                {
                    Mention(frame.Buffer[at]);
                }

                return "malformed DP command: " + _reader.Error;
            }

            if (error != null)
            {
                return error;
            }

            _reader.Reset(frame);
            while (_reader.MoveNext())
            {
                _dps.HandlerOf(_reader.Id).Apply(_reader);
                units++;
            }

            // The report back comes after the handlers saved the change (or refused it).
            return CommitMentioned();
        }

        /// <summary>Writes the DP units of the report back after the last command into <paramref name="buffer"/>; returns their length (0: nothing to report).</summary>
        public int WriteReportBack(byte[] buffer, int offset, int count)
        {
            _writer.Reset(buffer, offset, count);
            for (int id = 1; id < 256; id++)
            {
                if (IsMentioned(id))
                {
                    _dps.WriteCurrent(id, _writer);
                }
            }

            return _writer.Length;
        }

        // Marks a DP of the command for the report back, with the DPs that show a write-only one.
        private void Mention(int id)
        {
            _mentioned[id >> 5] |= 1 << (id & 31);
            DpDefinition definition = _dps.Find(id);
            if (definition == null || definition.IsReported)
            {
                return;
            }

            IDpHandler handler = _dps.HandlerOf(id);
            for (int i = 0; i < 256; i++)
            {
                int shown = handler.ReportedFor((byte)id, i);
                if (shown <= 0 || shown >= 256)
                {
                    return;
                }

                _mentioned[shown >> 5] |= 1 << (shown & 31);
            }
        }

        private bool IsMentioned(int id)
        {
            return (_mentioned[id >> 5] & (1 << (id & 31))) != 0;
        }

        // Each handler of the command commits once (a second call finds nothing staged); the first
        // refusal is the command's.
        private string CommitMentioned()
        {
            string error = null;
            for (int id = 1; id < 256; id++)
            {
                IDpHandler handler = IsMentioned(id) ? _dps.HandlerOf(id) : null;
                string refused = handler == null ? null : handler.Commit();
                if (error == null)
                {
                    error = refused;
                }
            }

            return error;
        }
    }
}
