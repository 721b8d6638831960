using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// What the POM01-N keeps across reboots, deep sleep and power loss, in the <c>state</c> slot
    /// (format 1): the inputs' last held states, whether it runs on the backup battery, the last log
    /// entry an acknowledged uplink carried, when the next TDC uplink falls (Unix), then the log and
    /// the clock log's place (<see cref="Pom01nLogFormat"/>). Loaded once at boot, into the empty log.
    /// </summary>
    public sealed class Pom01nState : IPersistedObject
    {
        private const int HeaderBytes = 1 + 4 + 8;
        private const int HasInputs = 1;
        private const int OutageFlag = 2;
        private const int LowVoltageFlag = 4;
        private const int BatteryFlag = 8;
        private const int DeactivatedFlag = 16;
        private const int AllFlags = 31;

        private readonly Pom01nLog _log;
        private readonly ClockLogSchedule _schedule;
        private int _stagedFlags;
        private uint _stagedDelivered;
        private long _stagedNextTdc;

        /// <summary>The state around <paramref name="log"/> and <paramref name="schedule"/>.</summary>
        public Pom01nState(Pom01nLog log, ClockLogSchedule schedule)
        {
            _log = log;
            _schedule = schedule;
            NextTdcUnix = -1;
        }

        /// <summary>The log saved with the state.</summary>
        public Pom01nLog Log
        {
            get { return _log; }
        }

        /// <summary>The clock log's schedule, whose place is saved with the state.</summary>
        public ClockLogSchedule Schedule
        {
            get { return _schedule; }
        }

        /// <summary>True once the inputs' states are known (saved at least once).</summary>
        public bool InputsKnown;

        /// <summary>power_outage as last held.</summary>
        public bool PowerOutage;

        /// <summary>low_voltage as last held.</summary>
        public bool LowVoltage;

        /// <summary>True while the board runs on its backup battery (battery mode).</summary>
        public bool OnBattery;

        /// <summary>True while deactivated for shipping (five fast presses of the ACT button).</summary>
        public bool Deactivated;

        /// <summary>The sequence number of the newest log entry an acknowledged uplink carried (every older one went too).</summary>
        public uint Delivered;

        /// <summary>When the next TDC uplink falls, Unix seconds, or -1 when the clock was unknown.</summary>
        public long NextTdcUnix;

        /// <summary>While set, <see cref="Write"/> writes the log empty (AT+CDP=0 is saved before the log is cleared).</summary>
        internal bool WriteLogEmpty;

        /// <inheritdoc />
        public byte Format
        {
            get { return 1; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return HeaderBytes + Pom01nLogFormat.MaxLength(_log.Capacity); }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            cursor.WriteByte((InputsKnown ? HasInputs : 0) | (PowerOutage ? OutageFlag : 0) | (LowVoltage ? LowVoltageFlag : 0) | (OnBattery ? BatteryFlag : 0) | (Deactivated ? DeactivatedFlag : 0));
            cursor.WriteInt32((int)Delivered);
            cursor.WriteInt64(NextTdcUnix);
            if (!WriteLogEmpty)
            {
                Pom01nLogFormat.Write(cursor, _log, _schedule);
                return;
            }

            // The form of an empty log: its sequence and the schedule's place go on.
            cursor.WriteInt32((int)_log.NextSequence);
            cursor.WriteInt64(_schedule.SinceUnix);
            cursor.WriteInt64(_schedule.AnchorUnix);
            cursor.WriteInt32(0);
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            _stagedFlags = cursor.ReadByte();
            _stagedDelivered = (uint)cursor.ReadInt32();
            _stagedNextTdc = cursor.ReadInt64();
            if (cursor.Overrun)
            {
                return "the POM01-N state is too short";
            }

            if ((_stagedFlags & ~AllFlags) != 0)
            {
                return "unknown state flags 0x" + _stagedFlags.ToString("X2");
            }

            // The log is read last (to the end of the slot), checked whole before it changes anything; at boot it is empty.
            return Pom01nLogFormat.Read(cursor, cursor.Buffer, cursor.Position, cursor.Remaining, _log, _schedule);
        }

        /// <inheritdoc />
        public void Use()
        {
            InputsKnown = (_stagedFlags & HasInputs) != 0;
            PowerOutage = (_stagedFlags & OutageFlag) != 0;
            LowVoltage = (_stagedFlags & LowVoltageFlag) != 0;
            OnBattery = (_stagedFlags & BatteryFlag) != 0;
            Deactivated = (_stagedFlags & DeactivatedFlag) != 0;
            Delivered = _stagedDelivered;
            NextTdcUnix = _stagedNextTdc;
        }
    }
}
