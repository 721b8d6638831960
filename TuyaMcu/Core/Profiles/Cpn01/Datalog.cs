using System;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The datalog: a ring of records (contact status, total, last open duration, time), oldest
    /// first, each pending until the module acknowledged its record report. When the ring is full
    /// the oldest record is overwritten (and counted if it was still pending). A record made
    /// before the clock was known carries the uptime it was made at, and gets its real time once
    /// the clock is set; until then it is never sent, so no record goes out with a wrong time.
    /// Storage is parallel arrays allocated once.
    /// </summary>
    public sealed class Datalog
    {
        /// <summary>
        /// Default capacity: 32 records, the most one uplink carries (the CPN01 manual: NOUD, records
        /// per uplink, is at most 32), so a full ring always goes out in one uplink at NOUD=32. At the
        /// default TR of 15 minutes that bridges an outage of 8 hours. Each record costs the device 44
        /// bytes of heap (23 here, 21 in persistence's buffer) and 21 in each flash copy, so a larger
        /// ring is a deliberate choice (<c>DeviceOptions.DatalogCapacity</c>), not a default.
        /// </summary>
        public const int DefaultCapacity = 32;

        private readonly uint[] _sequence;
        private readonly long[] _stamp;
        private readonly bool[] _timeKnown;
        private readonly bool[] _closed;
        private readonly int[] _total;
        private readonly int[] _duration;
        private readonly bool[] _pending;
        private int _first;
        private int _count;
        private uint _nextSequence = 1;

        /// <summary>Creates an empty datalog of <paramref name="capacity"/> records.</summary>
        public Datalog(int capacity)
        {
            if (capacity < 32 || capacity > 4096)
            {
                throw new ArgumentOutOfRangeException("capacity", "datalog capacity must be 32..4096");
            }

            _sequence = new uint[capacity];
            _stamp = new long[capacity];
            _timeKnown = new bool[capacity];
            _closed = new bool[capacity];
            _total = new int[capacity];
            _duration = new int[capacity];
            _pending = new bool[capacity];
        }

        /// <summary>Records the ring holds.</summary>
        public int Capacity
        {
            get { return _sequence.Length; }
        }

        /// <summary>Records held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Records not yet acknowledged.</summary>
        public int PendingCount { get; private set; }

        /// <summary>Pending records lost because the ring was full.</summary>
        public long OverwrittenPending { get; private set; }

        /// <summary>Records dropped because their time could never be known.</summary>
        public long DroppedUntimed { get; private set; }

        /// <summary>The sequence number the next record will get.</summary>
        public uint NextSequence
        {
            get { return _nextSequence; }
        }

        /// <summary>Adds a record; <paramref name="stamp"/> is Unix seconds when <paramref name="timeKnown"/>, else uptime ms. Returns its sequence number.</summary>
        public uint Add(bool closed, int total, int durationMin, bool timeKnown, long stamp)
        {
            uint sequence = _nextSequence++;
            Append(sequence, closed, total, durationMin, timeKnown, stamp, true);
            return sequence;
        }

        /// <summary>
        /// Numbers <paramref name="count"/> records that were due but would be overwritten before the
        /// next record is read: a back-fill longer than the ring. They count as pending records lost
        /// (<see cref="OverwrittenPending"/>), as when they are added one by one.
        /// </summary>
        public void Skip(long count)
        {
            if (count <= 0)
            {
                return;
            }

            _nextSequence += (uint)count;
            OverwrittenPending += count;
        }

        /// <summary>
        /// Restores a record saved earlier (persistence). A record whose time was never known
        /// is dropped: its uptime belongs to a boot that is over.
        /// </summary>
        public void Restore(uint sequence, bool closed, int total, int durationMin, bool timeKnown, long stamp, bool pending)
        {
            if (!timeKnown)
            {
                DroppedUntimed++;
                return;
            }

            Append(sequence, closed, total, durationMin, true, stamp, pending);
            if (sequence >= _nextSequence)
            {
                _nextSequence = sequence + 1;
            }
        }

        /// <summary>Makes sure new records are numbered from at least <paramref name="nextSequence"/> (persistence).</summary>
        public void ReserveSequence(uint nextSequence)
        {
            if (nextSequence > _nextSequence)
            {
                _nextSequence = nextSequence;
            }
        }

        /// <summary>Gives records made before the clock was known their Unix time, from the clock now.</summary>
        public void FixTimes(long unixNow, long uptimeNowMs)
        {
            for (int i = 0; i < _count; i++)
            {
                int slot = Slot(i);
                if (!_timeKnown[slot])
                {
                    _stamp[slot] = unixNow - (uptimeNowMs - _stamp[slot]) / 1000;
                    _timeKnown[slot] = true;
                }
            }
        }

        /// <summary>Index (0 = oldest) of the first pending record with a known time at or after <paramref name="from"/>, or -1.</summary>
        public int NextSendable(int from)
        {
            for (int i = from; i < _count; i++)
            {
                int slot = Slot(i);
                if (_pending[slot] && _timeKnown[slot])
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Marks the record with <paramref name="sequence"/> acknowledged; false if it is no longer held.</summary>
        public bool MarkSent(uint sequence)
        {
            for (int i = 0; i < _count; i++)
            {
                int slot = Slot(i);
                if (_sequence[slot] == sequence)
                {
                    if (_pending[slot])
                    {
                        _pending[slot] = false;
                        PendingCount--;
                    }

                    return true;
                }
            }

            return false;
        }

        /// <summary>Forgets every record (AT+CLRDTA).</summary>
        public void Clear()
        {
            _first = 0;
            _count = 0;
            PendingCount = 0;
        }

        /// <summary>Sequence number of record <paramref name="index"/> (0 = oldest).</summary>
        public uint SequenceAt(int index)
        {
            return _sequence[Slot(index)];
        }

        /// <summary>True if record <paramref name="index"/> saw the contact closed.</summary>
        public bool ClosedAt(int index)
        {
            return _closed[Slot(index)];
        }

        /// <summary>Total (24-bit) of record <paramref name="index"/>.</summary>
        public int TotalAt(int index)
        {
            return _total[Slot(index)];
        }

        /// <summary>Last open duration, minutes, of record <paramref name="index"/>.</summary>
        public int DurationAt(int index)
        {
            return _duration[Slot(index)];
        }

        /// <summary>True when record <paramref name="index"/>'s time is known.</summary>
        public bool TimeKnownAt(int index)
        {
            return _timeKnown[Slot(index)];
        }

        /// <summary>Unix seconds of record <paramref name="index"/> (or its uptime ms while its time is unknown).</summary>
        public long StampAt(int index)
        {
            return _stamp[Slot(index)];
        }

        /// <summary>True while record <paramref name="index"/> awaits acknowledgement.</summary>
        public bool PendingAt(int index)
        {
            return _pending[Slot(index)];
        }

        private int Slot(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            return (_first + index) % _sequence.Length;
        }

        // Stores a record after the newest, dropping the oldest when the ring is full.
        private void Append(uint sequence, bool closed, int total, int durationMin, bool timeKnown, long stamp, bool pending)
        {
            if (_count == _sequence.Length)
            {
                if (_pending[_first])
                {
                    OverwrittenPending++;
                    PendingCount--;
                }

                _first = (_first + 1) % _sequence.Length;
                _count--;
            }

            int slot = (_first + _count) % _sequence.Length;
            _sequence[slot] = sequence;
            _closed[slot] = closed;
            _total[slot] = total;
            _duration[slot] = durationMin;
            _timeKnown[slot] = timeKnown;
            _stamp[slot] = stamp;
            _pending[slot] = pending;
            _count++;
            if (pending)
            {
                PendingCount++;
            }
        }
    }
}
