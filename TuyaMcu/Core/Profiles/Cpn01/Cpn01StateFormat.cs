using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// How the CPN01's counters and datalog are saved (the <c>state</c> slot, format 1): the total
    /// (8 bytes), the last open duration (4), the open start (8), flags (1: contact state known,
    /// contact closed, alarm fired), the last change (8), the next TDC and TR times (8 each), the next
    /// record's sequence number (4), the number of records (4), then each record whose time is known:
    /// sequence (4), time (8), flags (1: closed, pending), total (4), duration (4). A loaded copy is
    /// used only when every value is one the firmware could have saved, the records numbered oldest first.
    /// </summary>
    public sealed class Cpn01StateFormat : IPersistedObject
    {
        private const byte StateFormat = 1;
        private const int RecordBytes = 21;
        private const int FixedBytes = 53;

        private readonly Cpn01Counters _counters;
        private readonly Datalog _datalog;

        // What the next save writes in place of the live total and records (a command's change).
        private long _total = -1;
        private DatalogChange _change;

        // Where the last good Read found the saved bytes, for Use.
        private byte[] _readBuffer;
        private int _readAt;

        /// <summary>The format of <paramref name="counters"/> and <paramref name="datalog"/>.</summary>
        public Cpn01StateFormat(Cpn01Counters counters, Datalog datalog)
        {
            _counters = counters;
            _datalog = datalog;
        }

        /// <summary>
        /// Saves the state through <paramref name="store"/> now, with <paramref name="total"/> in place of
        /// the live total and the records changed as <paramref name="change"/> says (the caller takes
        /// both over once saved). Null when saved, else why not.
        /// </summary>
        public string Save(Persistence store, long total, DatalogChange change)
        {
            _total = total;
            _change = change;
            string error = store.SaveState();
            _total = -1;
            _change = DatalogChange.None;
            return error;
        }

        /// <inheritdoc />
        public byte Format
        {
            get { return StateFormat; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return FixedBytes + _datalog.Capacity * RecordBytes; }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            Cpn01Counters c = _counters;
            Datalog log = _datalog;
            cursor.WriteInt64(_total >= 0 ? _total : c.Total);
            cursor.WriteInt32(c.LastOpenDurationMin);
            cursor.WriteInt64(c.OpenedAtUnix);
            cursor.WriteByte((c.HasContactState ? 1 : 0) | (c.ContactClosed ? 2 : 0) | (c.AlarmFired ? 4 : 0));
            cursor.WriteInt64(c.ChangedAtUnix);
            cursor.WriteInt64(c.NextTdcUnix);
            cursor.WriteInt64(c.NextTrUnix);
            cursor.WriteInt32((int)log.NextSequence);
            bool cleared = _change == DatalogChange.Cleared;
            int timed = 0;
            for (int i = 0; !cleared && i < log.Count; i++)
            {
                if (log.TimeKnownAt(i))
                {
                    timed++;
                }
            }

            cursor.WriteInt32(timed);
            for (int i = 0; !cleared && i < log.Count; i++)
            {
                // A record whose time is still unknown is not worth saving: after a reboot it could never get one.
                if (!log.TimeKnownAt(i))
                {
                    continue;
                }

                bool pending = log.PendingAt(i) && _change != DatalogChange.AllSent;
                cursor.WriteInt32((int)log.SequenceAt(i));
                cursor.WriteInt64(log.StampAt(i));
                cursor.WriteByte((log.ClosedAt(i) ? 1 : 0) | (pending ? 2 : 0));
                cursor.WriteInt32(log.TotalAt(i));
                cursor.WriteInt32(log.DurationAt(i));
            }
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            int length = cursor.Remaining;
            _readBuffer = cursor.Buffer;
            _readAt = cursor.Position;
            long total = cursor.ReadInt64();
            int duration = cursor.ReadInt32();
            cursor.ReadInt64();
            int flags = cursor.ReadByte();
            cursor.ReadInt64();
            cursor.ReadInt64();
            cursor.ReadInt64();
            cursor.ReadInt32();
            int records = cursor.ReadInt32();
            string error = cursor.Overrun ? length.ToString() + " bytes is too short for the counters"
                : records < 0 || records > _datalog.Capacity ? records.ToString() + " records do not fit the datalog's " + _datalog.Capacity.ToString()
                : length != FixedBytes + records * RecordBytes ? length.ToString() + " bytes is not the length of " + records.ToString() + " records"
                : total < 0 ? "negative total " + total.ToString()
                : duration < 0 || duration > 0xFFFFFF ? "last open duration " + duration.ToString() + " is outside 0..16777215"
                : flags > 7 ? "unknown flags 0x" + flags.ToString("X2")
                : CheckRecords(cursor, records);
            if (error != null)
            {
                // The slot is not used, for the reason given here, not for its length.
                cursor.Reset(_readBuffer, _readAt + length, 0);
            }

            return error;
        }

        /// <inheritdoc />
        public void Use()
        {
            ByteCursor cursor = new ByteCursor();
            cursor.Reset(_readBuffer, _readAt, FixedBytes);
            Cpn01Counters c = _counters;
            c.Total = cursor.ReadInt64();
            c.LastOpenDurationMin = cursor.ReadInt32();
            c.OpenedAtUnix = cursor.ReadInt64();
            int flags = cursor.ReadByte();
            c.HasContactState = (flags & 1) != 0;
            c.ContactClosed = (flags & 2) != 0;
            c.AlarmFired = (flags & 4) != 0;
            c.ChangedAtUnix = cursor.ReadInt64();
            c.NextTdcUnix = cursor.ReadInt64();
            c.NextTrUnix = cursor.ReadInt64();
            uint nextSequence = (uint)cursor.ReadInt32();
            int records = cursor.ReadInt32();
            _datalog.Clear();
            cursor.Reset(_readBuffer, _readAt + FixedBytes, records * RecordBytes);
            for (int i = 0; i < records; i++)
            {
                uint sequence = (uint)cursor.ReadInt32();
                long stamp = cursor.ReadInt64();
                int recordFlags = cursor.ReadByte();
                int recordTotal = cursor.ReadInt32();
                int recordDuration = cursor.ReadInt32();
                _datalog.Restore(sequence, (recordFlags & 1) != 0, recordTotal, recordDuration, true, stamp, (recordFlags & 2) != 0);
            }

            _datalog.ReserveSequence(nextSequence);
            _readBuffer = null;
        }

        // Reads the records the cursor is on, so that nothing is applied before all of them are
        // known to be good: values the firmware could have made, numbered oldest first.
        private static string CheckRecords(ByteCursor cursor, int records)
        {
            uint previous = 0;
            for (int i = 0; i < records; i++)
            {
                uint sequence = (uint)cursor.ReadInt32();
                cursor.ReadInt64();
                int flags = cursor.ReadByte();
                int total = cursor.ReadInt32();
                int duration = cursor.ReadInt32();
                string wrong = i > 0 && sequence <= previous ? "its sequence number does not follow " + previous.ToString()
                    : flags > 3 ? "unknown flags 0x" + flags.ToString("X2")
                    : total < 0 || total > 0xFFFFFF ? "its total " + total.ToString() + " is outside 0..16777215"
                    : duration < 0 || duration > 0xFFFFFF ? "its open duration " + duration.ToString() + " is outside 0..16777215"
                    : null;
                if (wrong != null)
                {
                    return "record " + (i + 1).ToString() + " of " + records.ToString() + " (sequence " + sequence.ToString() + "): " + wrong;
                }

                previous = sequence;
            }

            return null;
        }
    }
}
