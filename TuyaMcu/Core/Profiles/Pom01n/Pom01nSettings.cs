using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's settings: TDC, the trigger of each input (AT+INTMOD a,b), the clock log
    /// (AT+CLOCKLOG a,b,c,d) and the payload format (AT+PRO=x,0 hex, x,5 JSON). Saved in the
    /// <c>config</c> slot (format 1, 13 bytes, big-endian). A change is staged in a second copy,
    /// saved, and only then taken (<see cref="Pom01nApplication.Change"/>): a change that cannot be
    /// saved changes nothing. <see cref="Read"/> checks every value with the same rules as the AT
    /// commands.
    /// </summary>
    public sealed class Pom01nSettings : IPersistedObject
    {
        /// <summary>Payload format 0: Dragino's hex layout in a raw DP.</summary>
        public const int HexPayload = 0;

        /// <summary>Payload format 5: Dragino's General JSON in a string DP.</summary>
        public const int JsonPayload = 5;

        /// <summary>The default TDC, s (the manual's 7200 s).</summary>
        public const int DefaultTdcSeconds = 7200;

        private const int Bytes = 13;

        /// <summary>AT+TDC: uplink interval, s.</summary>
        public int TdcSeconds;

        /// <summary>AT+INTMOD a: which power_outage changes are events.</summary>
        public TriggerMode OutageTrigger;

        /// <summary>AT+INTMOD b: which low_voltage changes are events.</summary>
        public TriggerMode LowVoltageTrigger;

        /// <summary>AT+CLOCKLOG.</summary>
        public readonly ClockLogSettings ClockLog = new ClockLogSettings();

        /// <summary>AT+PRO's payload type: <see cref="HexPayload"/> or <see cref="JsonPayload"/>.</summary>
        public int PayloadType;

        // A change being saved, or what a load read: written in place of the values in use.
        private Pom01nSettings _staged;

        /// <summary>True while <see cref="Staged"/> is what <see cref="Write"/> writes.</summary>
        internal bool Staging;

        /// <summary>The copy a change is made in before it is saved (allocated once).</summary>
        internal Pom01nSettings Staged
        {
            get
            {
                if (_staged == null)
                {
                    _staged = new Pom01nSettings();
                }

                return _staged;
            }
        }

        /// <summary>Null when <paramref name="seconds"/> is a TDC this device takes, else why not.</summary>
        public static string CheckTdc(long seconds)
        {
            return seconds < Pom01nDownlink.MinTdcSeconds || seconds > Pom01nDownlink.MaxTdcSeconds
                ? "TDC must be " + Pom01nDownlink.MinTdcSeconds.ToString() + ".." + Pom01nDownlink.MaxTdcSeconds.ToString() + " s, got " + seconds.ToString()
                : null;
        }

        /// <summary>Null when <paramref name="type"/> is a payload type this device sends, else why not.</summary>
        public static string CheckPayloadType(long type)
        {
            return type == HexPayload || type == JsonPayload
                ? null
                : "payload type " + type.ToString() + " is not available: 0 (hex) and 5 (General JSON) are; the Tuya module holds the cloud connection";
        }

        /// <summary>The factory settings.</summary>
        public Pom01nSettings()
        {
            SetFactory();
        }

        /// <summary>Puts every value back to the factory settings (AT+FDR1 when the profile gives no other defaults).</summary>
        public void SetFactory()
        {
            TdcSeconds = DefaultTdcSeconds;
            OutageTrigger = TriggerMode.Both;
            LowVoltageTrigger = TriggerMode.Both;
            ClockLog.SetFactory();
            PayloadType = HexPayload;
        }

        /// <summary>Copies every value of <paramref name="other"/>.</summary>
        public void CopyFrom(Pom01nSettings other)
        {
            TdcSeconds = other.TdcSeconds;
            OutageTrigger = other.OutageTrigger;
            LowVoltageTrigger = other.LowVoltageTrigger;
            ClockLog.CopyFrom(other.ClockLog);
            PayloadType = other.PayloadType;
        }

        /// <inheritdoc />
        public byte Format
        {
            get { return 1; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return Bytes; }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            Pom01nSettings s = Staging ? _staged : this;
            cursor.WriteInt32(s.TdcSeconds);
            cursor.WriteByte((int)s.OutageTrigger);
            cursor.WriteByte((int)s.LowVoltageTrigger);
            cursor.WriteByte(s.ClockLog.Enabled ? 1 : 0);
            cursor.WriteByte(s.ClockLog.StartSecond >> 8);
            cursor.WriteByte(s.ClockLog.StartSecond & 0xFF);
            cursor.WriteByte(s.ClockLog.IntervalMin);
            cursor.WriteByte(s.ClockLog.EntriesPerUplink);
            cursor.WriteByte(s.PayloadType);
            cursor.WriteByte(0);
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            Pom01nSettings s = Staged;
            int tdc = cursor.ReadInt32();
            int a = cursor.ReadByte();
            int b = cursor.ReadByte();
            int enabled = cursor.ReadByte();
            int start = cursor.ReadByte() << 8;
            start |= cursor.ReadByte();
            int interval = cursor.ReadByte();
            int entries = cursor.ReadByte();
            int payload = cursor.ReadByte();
            cursor.ReadByte();
            string error = CheckTdc(tdc);
            if (error == null)
            {
                error = Pom01nDownlink.CheckTrigger("a (power_outage)", a);
            }

            if (error == null)
            {
                error = Pom01nDownlink.CheckTrigger("b (low_voltage)", b);
            }

            if (error == null)
            {
                error = ClockLogSettings.Check(enabled, start, interval, entries);
            }

            if (error == null)
            {
                error = CheckPayloadType(payload);
            }

            if (error != null)
            {
                return error;
            }

            s.TdcSeconds = tdc;
            s.OutageTrigger = (TriggerMode)a;
            s.LowVoltageTrigger = (TriggerMode)b;
            s.ClockLog.Set(enabled, start, interval, entries);
            s.PayloadType = payload;
            return null;
        }

        /// <inheritdoc />
        public void Use()
        {
            CopyFrom(_staged);
        }
    }
}
