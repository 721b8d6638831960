using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// POM01-N downlink payloads (the manual's "Downlink command"): a type code, then a fixed number
    /// of value bytes. 01 + 3 bytes sets TDC (AT+TDC), 04FF resets the device (ATZ, as on Dragino's
    /// other NB-IoT devices), 06 + 2 bytes sets INTMOD a,b (AT+INTMOD), 0A + 5 bytes sets CLOCKLOG
    /// a (1), b (2), c (1), d (1). 07 (MQTT QoS) is refused: the Tuya module holds the cloud
    /// connection. <see cref="Parse"/> checks the value as the AT command would and keeps it in this
    /// object's fields; it applies nothing.
    /// </summary>
    public sealed class Pom01nDownlink
    {
        /// <summary>Type code: set TDC, 3 bytes of seconds.</summary>
        public const byte SetTdc = 0x01;

        /// <summary>Type code: reset (payload 04FF).</summary>
        public const byte Reset = 0x04;

        /// <summary>Type code: set INTMOD, a then b, a byte each.</summary>
        public const byte SetIntMod = 0x06;

        /// <summary>Type code: MQTT QoS in the manual, refused here.</summary>
        public const byte SetMqttQos = 0x07;

        /// <summary>Type code: set CLOCKLOG, a (1), b (2), c (1), d (1).</summary>
        public const byte SetClockLog = 0x0A;

        /// <summary>Shortest TDC, s (as the CPN01's report_interval).</summary>
        public const int MinTdcSeconds = 30;

        /// <summary>Longest TDC, s: the most 3 bytes hold.</summary>
        public const int MaxTdcSeconds = 0xFFFFFF;

        /// <summary>The type of the last well-formed downlink.</summary>
        public byte Type { get; private set; }

        /// <summary>TDC in seconds, for <see cref="SetTdc"/>.</summary>
        public int TdcSeconds { get; private set; }

        /// <summary>INTMOD a, power_outage's trigger, for <see cref="SetIntMod"/>.</summary>
        public TriggerMode PowerOutageTrigger { get; private set; }

        /// <summary>INTMOD b, low_voltage's trigger, for <see cref="SetIntMod"/>.</summary>
        public TriggerMode LowVoltageTrigger { get; private set; }

        /// <summary>CLOCKLOG a,b,c,d, for <see cref="SetClockLog"/>.</summary>
        public readonly ClockLogSettings ClockLog = new ClockLogSettings();

        /// <summary>
        /// Parses a downlink into this object's fields. Null when well-formed and in range; else
        /// what is wrong, in one line, and the fields are as they were.
        /// </summary>
        public string Parse(byte[] buffer, int offset, int length)
        {
            if (length < 1)
            {
                return "empty downlink";
            }

            byte type = buffer[offset];
            int valueBytes = ValueBytes(type);
            if (valueBytes < 0)
            {
                return type == SetMqttQos
                    ? "downlink 0x07 (MQTT QoS) does not apply: the Tuya module holds the cloud connection"
                    : "unsupported downlink type 0x" + type.ToString("X2");
            }

            if (length - 1 != valueBytes)
            {
                return "downlink 0x" + type.ToString("X2") + " takes " + valueBytes.ToString() + " value bytes, got " + (length - 1).ToString();
            }

            int at = offset + 1;
            switch (type)
            {
                case SetTdc:
                    int tdc = BigEndian.ReadUInt24(buffer, at);
                    if (tdc < MinTdcSeconds)
                    {
                        return "TDC must be " + MinTdcSeconds.ToString() + ".." + MaxTdcSeconds.ToString() + " s, got " + tdc.ToString();
                    }

                    TdcSeconds = tdc;
                    break;
                case Reset:
                    if (buffer[at] != 0xFF)
                    {
                        return "reset downlink must be 04FF";
                    }

                    break;
                case SetIntMod:
                    string error = CheckTrigger("a (power_outage)", buffer[at]);
                    if (error == null)
                    {
                        error = CheckTrigger("b (low_voltage)", buffer[at + 1]);
                    }

                    if (error != null)
                    {
                        return error;
                    }

                    PowerOutageTrigger = (TriggerMode)buffer[at];
                    LowVoltageTrigger = (TriggerMode)buffer[at + 1];
                    break;
                default:
                    error = ClockLog.Set(buffer[at], BigEndian.ReadUInt16(buffer, at + 1), buffer[at + 3], buffer[at + 4]);
                    if (error != null)
                    {
                        return error;
                    }

                    break;
            }

            Type = type;
            return null;
        }

        /// <summary>Value bytes after <paramref name="type"/>, or -1 for a type not taken.</summary>
        public static int ValueBytes(byte type)
        {
            switch (type)
            {
                case SetTdc:
                    return 3;
                case Reset:
                    return 1;
                case SetIntMod:
                    return 2;
                case SetClockLog:
                    return 5;
                default:
                    return -1;
            }
        }

        /// <summary>Null when <paramref name="mode"/> is an INTMOD trigger mode (0..3); else why not.</summary>
        public static string CheckTrigger(string parameter, long mode)
        {
            return mode < 0 || mode > 3 ? "INTMOD " + parameter + " must be 0..3, got " + mode.ToString() : null;
        }
    }
}
