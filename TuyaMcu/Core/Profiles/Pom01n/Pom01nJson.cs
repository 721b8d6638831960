using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's General JSON payload (type 5, AT+PRO=x,5), as the manual prints it:
    /// <c>{"IMEI":"…","IMSI":"…","Model":"POM01-NB","battery":3.33,"signal":18,"mod":1,
    /// "power_outage":1,"low_voltage":1,"time":"2025/10/27 03:03:53","1":[1,1,"2025/10/26 18:14:24"],…}</c>:
    /// battery in volts with two decimals, times as yyyy/MM/dd HH:mm:ss UTC, entries "1", "2"… newest
    /// first. Written from a filled <see cref="Pom01nPayload"/> into a caller's buffer, allocating nothing.
    /// </summary>
    public sealed class Pom01nJson
    {
        /// <summary>The model name the manual's JSON carries.</summary>
        public const string ModelName = "POM01-NB";

        /// <summary>Longest text: every field at its widest, 32 entries.</summary>
        public const int MaxLength = 1360;

        private const int TimeLength = 19;

        private readonly JsonWriter _json = new JsonWriter();
        private readonly byte[] _text = new byte[TimeLength];

        /// <summary>Writes <paramref name="payload"/> at <paramref name="offset"/>; returns the length, or -1 when it did not fit in <paramref name="capacity"/>.</summary>
        public int Write(Pom01nPayload payload, byte[] buffer, int offset, int capacity)
        {
            JsonWriter json = _json;
            json.Reset(buffer, offset, capacity);
            json.BeginObject();
            json.WriteAscii("IMEI", _text, 0, Digits(payload.DeviceId));
            json.WriteAscii("IMSI", _text, 0, Digits(payload.Imsi));
            json.WriteString("Model", ModelName);
            json.WriteFixed("battery", (payload.BatteryMv + 5) / 10, 2);
            json.WriteNumber("signal", payload.Signal);
            json.WriteNumber("mod", payload.Mod);
            json.WriteNumber("power_outage", payload.PowerOutage);
            json.WriteNumber("low_voltage", payload.LowVoltage);
            json.WriteAscii("time", _text, 0, Time(payload.Timestamp));
            for (int i = 0; i < payload.EntryCount; i++)
            {
                json.BeginNumberedArray(i + 1);
                json.WriteElement(payload.EntryPowerOutage[i]);
                json.WriteElement(payload.EntryLowVoltage[i]);
                json.WriteAsciiElement(_text, 0, Time(payload.EntryTimestamp[i]));
                json.EndArray();
            }

            json.EndObject();
            return json.Overflowed ? -1 : json.Length;
        }

        // The 15 digits after an 8-byte ID's leading nibble, as ASCII in _text.
        private int Digits(byte[] id)
        {
            for (int i = 1; i < 16; i++)
            {
                int nibble = (i & 1) == 0 ? id[i / 2] >> 4 : id[i / 2] & 0x0F;
                _text[i - 1] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            }

            return 15;
        }

        // yyyy/MM/dd HH:mm:ss (UTC) of a Unix time (0 .. 2^32 - 1, as the payload carries it), as ASCII in _text.
        private int Time(long unix)
        {
            long days = unix / 86400;
            int second = (int)(unix - days * 86400);
            int year;
            int month;
            int day;
            CivilDate.FromDays(days, out year, out month, out day);
            Put(0, year, 4);
            _text[4] = (byte)'/';
            Put(5, month, 2);
            _text[7] = (byte)'/';
            Put(8, day, 2);
            _text[10] = (byte)' ';
            Put(11, second / 3600, 2);
            _text[13] = (byte)':';
            Put(14, second / 60 % 60, 2);
            _text[16] = (byte)':';
            Put(17, second % 60, 2);
            return TimeLength;
        }

        private void Put(int at, int value, int width)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                _text[at + i] = (byte)('0' + value % 10);
                value /= 10;
            }
        }
    }
}
