using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The persisted form of the POM01-N's log and its schedule's place, so both survive reboots,
    /// deep sleep and power loss: next sequence (4), ticks taken after (8), anchor (8), entry count
    /// (4), then per entry, oldest first, sequence (4), flags (1: power_outage 1, low_voltage 2,
    /// event 4, time known 8) and time (8). Big-endian through <see cref="ByteCursor"/>.
    /// </summary>
    public static class Pom01nLogFormat
    {
        /// <summary>Format number, for the slot that holds it.</summary>
        public const byte Format = 1;

        /// <summary>Bytes before the entries.</summary>
        public const int FixedLength = 24;

        /// <summary>Bytes per entry.</summary>
        public const int EntryLength = 13;

        /// <summary>Bytes the form of a log of <paramref name="capacity"/> entries takes at most.</summary>
        public static int MaxLength(int capacity)
        {
            return FixedLength + capacity * EntryLength;
        }

        /// <summary>Writes <paramref name="log"/> and <paramref name="schedule"/>'s place; false when it did not fit.</summary>
        public static bool Write(ByteCursor cursor, Pom01nLog log, ClockLogSchedule schedule)
        {
            cursor.WriteInt32((int)log.NextSequence);
            cursor.WriteInt64(schedule.SinceUnix);
            cursor.WriteInt64(schedule.AnchorUnix);
            cursor.WriteInt32(log.Count);
            for (int i = log.Count - 1; i >= 0; i--)
            {
                cursor.WriteInt32((int)log.SequenceAt(i));
                cursor.WriteByte(log.FlagsAt(i));
                cursor.WriteInt64(log.StampAt(i));
            }

            return !cursor.Overrun;
        }

        /// <summary>
        /// Reads <paramref name="length"/> bytes written by <see cref="Write"/> into an empty
        /// <paramref name="log"/> and <paramref name="schedule"/>. Null when done; else what is wrong,
        /// and neither was changed. <paramref name="offset"/> is where the form starts in <paramref name="buffer"/>.
        /// </summary>
        public static string Read(ByteCursor cursor, byte[] buffer, int offset, int length, Pom01nLog log, ClockLogSchedule schedule)
        {
            // First pass: check everything, so a bad form changes nothing.
            cursor.Reset(buffer, offset, length);
            cursor.ReadInt32();
            long since = cursor.ReadInt64();
            long anchor = cursor.ReadInt64();
            int count = cursor.ReadInt32();
            if (cursor.Overrun || count < 0 || length != FixedLength + (long)count * EntryLength)
            {
                return length.ToString() + " bytes is not the length of a POM01-N log";
            }

            if (since < ClockLogSchedule.NotSet || anchor < ClockLogSchedule.NotSet)
            {
                return "the log's schedule times are negative";
            }

            uint previous = 0;
            for (int i = 0; i < count; i++)
            {
                uint sequence = (uint)cursor.ReadInt32();
                int flags = cursor.ReadByte();
                cursor.ReadInt64();
                if ((flags & ~Pom01nLog.AllBits) != 0)
                {
                    return "log entry " + i.ToString() + " has unknown flags 0x" + flags.ToString("X2");
                }

                if (sequence <= previous)
                {
                    return "log entry " + i.ToString() + " is out of order";
                }

                previous = sequence;
            }

            cursor.Reset(buffer, offset, length);
            uint next = (uint)cursor.ReadInt32();
            cursor.ReadInt64();
            cursor.ReadInt64();
            cursor.ReadInt32();
            log.Clear();
            for (int i = 0; i < count; i++)
            {
                uint sequence = (uint)cursor.ReadInt32();
                int flags = cursor.ReadByte();
                log.Restore(sequence, flags, cursor.ReadInt64());
            }

            log.RestoreNextSequence(next);
            schedule.Restore(since, anchor);
            return null;
        }
    }
}
