using System;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's log: a ring of entries (power_outage, low_voltage, time), each a clock-log
    /// sample or an event, read newest first as the payload and AT+CDP list them. When the ring is
    /// full the oldest entry is overwritten (and counted). An entry made before the clock was known
    /// carries the uptime it was made at and gets its Unix time when the clock is set
    /// (<see cref="FixTimes"/>); until then the payload leaves it out. Each entry has a sequence
    /// number that never repeats (kept across reboots), so whoever delivers events can tell which
    /// it has delivered. Storage is parallel arrays allocated once.
    /// </summary>
    public sealed class Pom01nLog
    {
        /// <summary>
        /// Default capacity: 32 entries, the POM01-N manual's "up to 32 groups" and the most one
        /// uplink carries (AT+CLOCKLOG d ≤ 32). At the default 15-minute interval that is 8 hours.
        /// </summary>
        public const int DefaultCapacity = 32;

        private readonly uint[] _sequence;
        private readonly long[] _stamp;
        private readonly byte[] _flags;
        private int _first;
        private int _count;
        private uint _nextSequence = 1;

        // Bits of _flags, also the persisted form's (Pom01nLogFormat).
        internal const int PowerOutageBit = 1;
        internal const int LowVoltageBit = 2;
        internal const int EventBit = 4;
        internal const int TimeKnownBit = 8;
        internal const int AllBits = 15;

        /// <summary>Creates an empty log of <paramref name="capacity"/> entries (32..4096).</summary>
        public Pom01nLog(int capacity)
        {
            if (capacity < DefaultCapacity || capacity > 4096)
            {
                throw new ArgumentOutOfRangeException("capacity", "log capacity must be 32..4096");
            }

            _sequence = new uint[capacity];
            _stamp = new long[capacity];
            _flags = new byte[capacity];
        }

        /// <summary>Entries the ring holds.</summary>
        public int Capacity
        {
            get { return _sequence.Length; }
        }

        /// <summary>Entries held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The sequence number the next entry gets.</summary>
        public uint NextSequence
        {
            get { return _nextSequence; }
        }

        /// <summary>Entries lost because the ring was full (overwritten, or skipped by a back-fill longer than the ring), since start-up.</summary>
        public long Overwritten { get; private set; }

        /// <summary>Restored entries dropped because their time could never be known, since start-up.</summary>
        public long DroppedUntimed { get; private set; }

        /// <summary>
        /// Adds an entry; <paramref name="stamp"/> is Unix seconds when <paramref name="timeKnown"/>,
        /// else uptime ms. Returns its sequence number.
        /// </summary>
        public uint Add(LogEntryKind kind, bool powerOutage, bool lowVoltage, bool timeKnown, long stamp)
        {
            uint sequence = _nextSequence++;
            Append(sequence, Flags(kind, powerOutage, lowVoltage, timeKnown), stamp);
            return sequence;
        }

        /// <summary>Gives entries made before the clock was known their Unix time, from the clock now.</summary>
        public void FixTimes(long unixNow, long uptimeNowMs)
        {
            for (int i = 0; i < _count; i++)
            {
                int slot = (_first + i) % _sequence.Length;
                if ((_flags[slot] & TimeKnownBit) == 0)
                {
                    _stamp[slot] = unixNow - (uptimeNowMs - _stamp[slot]) / 1000;
                    _flags[slot] |= TimeKnownBit;
                }
            }
        }

        /// <summary>Forgets every entry (AT+CDP=0); the sequence numbering goes on.</summary>
        public void Clear()
        {
            _first = 0;
            _count = 0;
        }

        /// <summary>Sequence number of entry <paramref name="index"/> (0 = newest).</summary>
        public uint SequenceAt(int index)
        {
            return _sequence[Slot(index)];
        }

        /// <summary>Why entry <paramref name="index"/> (0 = newest) was made.</summary>
        public LogEntryKind KindAt(int index)
        {
            return (_flags[Slot(index)] & EventBit) != 0 ? LogEntryKind.Event : LogEntryKind.Sample;
        }

        /// <summary>power_outage of entry <paramref name="index"/> (0 = newest).</summary>
        public bool PowerOutageAt(int index)
        {
            return (_flags[Slot(index)] & PowerOutageBit) != 0;
        }

        /// <summary>low_voltage of entry <paramref name="index"/> (0 = newest).</summary>
        public bool LowVoltageAt(int index)
        {
            return (_flags[Slot(index)] & LowVoltageBit) != 0;
        }

        /// <summary>True when the time of entry <paramref name="index"/> (0 = newest) is known.</summary>
        public bool TimeKnownAt(int index)
        {
            return (_flags[Slot(index)] & TimeKnownBit) != 0;
        }

        /// <summary>Unix seconds of entry <paramref name="index"/> (0 = newest), or its uptime ms while its time is unknown.</summary>
        public long StampAt(int index)
        {
            return _stamp[Slot(index)];
        }

        // Numbers and counts entries a back-fill leaves out, as if they had been added and overwritten
        // (ClockLogSchedule.TakeDue), so a device that slept keeps the numbering of one that did not.
        internal void Skip(int count)
        {
            _nextSequence += (uint)count;
            Overwritten += count;
        }

        // The persisted form's view: flags as stored, oldest first appends (Pom01nLogFormat).
        internal int FlagsAt(int index)
        {
            return _flags[Slot(index)];
        }

        internal void Restore(uint sequence, int flags, long stamp)
        {
            if ((flags & TimeKnownBit) == 0)
            {
                // Its uptime belongs to a boot that is over.
                DroppedUntimed++;
            }
            else
            {
                Append(sequence, (byte)flags, stamp);
            }

            if (sequence >= _nextSequence)
            {
                _nextSequence = sequence + 1;
            }
        }

        internal void RestoreNextSequence(uint nextSequence)
        {
            if (nextSequence > _nextSequence)
            {
                _nextSequence = nextSequence;
            }
        }

        private static byte Flags(LogEntryKind kind, bool powerOutage, bool lowVoltage, bool timeKnown)
        {
            return (byte)((powerOutage ? PowerOutageBit : 0) | (lowVoltage ? LowVoltageBit : 0)
                | (kind == LogEntryKind.Event ? EventBit : 0) | (timeKnown ? TimeKnownBit : 0));
        }

        private int Slot(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return (_first + _count - 1 - index) % _sequence.Length;
        }

        // Stores an entry after the newest, overwriting the oldest when the ring is full.
        private void Append(uint sequence, byte flags, long stamp)
        {
            if (_count == _sequence.Length)
            {
                Overwritten++;
                _first = (_first + 1) % _sequence.Length;
                _count--;
            }

            int slot = (_first + _count) % _sequence.Length;
            _sequence[slot] = sequence;
            _flags[slot] = flags;
            _stamp[slot] = stamp;
            _count++;
        }
    }
}
