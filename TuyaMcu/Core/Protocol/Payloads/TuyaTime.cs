namespace TuyaMcu.Protocol
{
    /// <summary>
    /// A calendar time as the protocol carries it: year since 2000, month, day, hour, minute,
    /// second and weekday (1 = Monday … 7 = Sunday). Used by the local and GMT time replies
    /// (an 8-byte payload with a success flag first) and by the 7-byte timestamp that prefixes a
    /// record report (all zero = let the module stamp it).
    /// </summary>
    /// <remarks>
    /// A class, so nanoCLR never clones it: the static decoders and <see cref="FromUnixSeconds"/>
    /// allocate one; <see cref="ReadReply"/>, <see cref="ReadTimestamp"/> and
    /// <see cref="SetUnixSeconds"/> fill an instance kept for reuse, and
    /// <see cref="TryWriteTimestamp"/> stamps a record with no instance at all.
    /// </remarks>
    // hot path: decodes time answers and stamps record reports
    public sealed class TuyaTime
    {
        /// <summary>Length of a time reply: success flag + 7 time bytes.</summary>
        public const int ReplyLength = 8;

        /// <summary>Length of a record report's timestamp prefix.</summary>
        public const int TimestampLength = 7;

        /// <summary>First year the one-byte year field can express.</summary>
        public const int BaseYear = 2000;

        /// <summary>Full year, 2000..2255.</summary>
        public int Year;

        /// <summary>Month, 1..12.</summary>
        public int Month;

        /// <summary>Day of month, 1..31 (and valid for the month).</summary>
        public int Day;

        /// <summary>Hour, 0..23.</summary>
        public int Hour;

        /// <summary>Minute, 0..59.</summary>
        public int Minute;

        /// <summary>Second, 0..59.</summary>
        public int Second;

        /// <summary>Weekday, 1 = Monday … 7 = Sunday.</summary>
        public int Weekday;

        /// <summary>
        /// Decodes a time reply (commands 0x06 and 0x10). Returns null when the payload is
        /// well-formed, with <paramref name="success"/> telling whether the module had the time;
        /// otherwise a message naming the bad field.
        /// </summary>
        public static string DecodeReply(byte[] buffer, int offset, int length, out bool success, out TuyaTime time)
        {
            time = new TuyaTime();
            return time.ReadReply(buffer, offset, length, out success);
        }

        /// <summary>
        /// Decodes a time reply as <see cref="DecodeReply(byte[], int, int, out bool, out TuyaTime)"/>
        /// does, to seconds since 1970-01-01 with the fields read as UTC (0 unless well-formed and a
        /// success), without an instance.
        /// </summary>
        public static string DecodeReply(byte[] buffer, int offset, int length, out bool success, out long unixSeconds)
        {
            unixSeconds = 0;
            string error = CheckReply(buffer, offset, length, out success);
            if (error != null || !success)
            {
                return error;
            }

            int at = offset + 1;
            int year = BaseYear + buffer[at];
            int month = buffer[at + 1];
            int day = buffer[at + 2];
            int hour = buffer[at + 3];
            int minute = buffer[at + 4];
            int second = buffer[at + 5];
            error = Validate(year, month, day, hour, minute, second, buffer[at + 6]);
            if (error == null)
            {
                unixSeconds = Seconds(year, month, day, hour, minute, second);
            }

            return error;
        }

        /// <summary>
        /// Decodes a time reply into this instance, as <see cref="DecodeReply(byte[], int, int, out bool, out TuyaTime)"/>
        /// does; the fields are all zero unless the reply is well-formed and says success.
        /// </summary>
        public string ReadReply(byte[] buffer, int offset, int length, out bool success)
        {
            Clear();
            string error = CheckReply(buffer, offset, length, out success);
            if (error != null || !success)
            {
                // The fields of a failed reply mean nothing; modules send zeros.
                return error;
            }

            return ReadFields(buffer, offset + 1);
        }

        /// <summary>
        /// Decodes a record report's 7-byte timestamp. Returns null when well-formed;
        /// <paramref name="moduleTime"/> is true for the all-zero "use the module's clock" form.
        /// </summary>
        public static string DecodeTimestamp(byte[] buffer, int offset, out bool moduleTime, out TuyaTime time)
        {
            time = new TuyaTime();
            return time.ReadTimestamp(buffer, offset, out moduleTime);
        }

        /// <summary>Decodes a record report's timestamp into this instance, as <see cref="DecodeTimestamp"/> does (all zero for the module's clock).</summary>
        public string ReadTimestamp(byte[] buffer, int offset, out bool moduleTime)
        {
            moduleTime = true;
            for (int i = 0; i < TimestampLength; i++)
            {
                if (buffer[offset + i] != 0)
                {
                    moduleTime = false;
                    break;
                }
            }

            if (moduleTime)
            {
                Clear();
                return null;
            }

            return ReadFields(buffer, offset);
        }

        /// <summary>The time at <paramref name="unixSeconds"/> (seconds since 1970-01-01 UTC), with its weekday.</summary>
        public static TuyaTime FromUnixSeconds(long unixSeconds)
        {
            TuyaTime time = new TuyaTime();
            time.SetUnixSeconds(unixSeconds);
            return time;
        }

        /// <summary>Sets this instance to the time at <paramref name="unixSeconds"/> (seconds since 1970-01-01 UTC), with its weekday.</summary>
        public void SetUnixSeconds(long unixSeconds)
        {
            long days = FloorDiv(unixSeconds, 86400);
            long secondsOfDay = unixSeconds - days * 86400;
            int year;
            int month;
            int day;
            CivilDate.FromDays(days, out year, out month, out day);
            Year = year;
            Month = month;
            Day = day;
            Hour = (int)(secondsOfDay / 3600);
            Minute = (int)(secondsOfDay / 60 % 60);
            Second = (int)(secondsOfDay % 60);
            Weekday = CivilDate.IsoWeekday(days);
        }

        /// <summary>
        /// Writes the 7-byte timestamp of <paramref name="unixSeconds"/> (read as UTC) at
        /// <paramref name="offset"/> without an instance. Returns false, writing nothing, when the
        /// time is outside 2000..2255.
        /// </summary>
        public static bool TryWriteTimestamp(long unixSeconds, byte[] buffer, int offset)
        {
            long days = FloorDiv(unixSeconds, 86400);
            int year;
            int month;
            int day;
            CivilDate.FromDays(days, out year, out month, out day);
            if (year < BaseYear || year > BaseYear + 255)
            {
                return false;
            }

            int secondsOfDay = (int)(unixSeconds - days * 86400);
            buffer[offset] = (byte)(year - BaseYear);
            buffer[offset + 1] = (byte)month;
            buffer[offset + 2] = (byte)day;
            buffer[offset + 3] = (byte)(secondsOfDay / 3600);
            buffer[offset + 4] = (byte)(secondsOfDay / 60 % 60);
            buffer[offset + 5] = (byte)(secondsOfDay % 60);
            buffer[offset + 6] = (byte)CivilDate.IsoWeekday(days);
            return true;
        }

        /// <summary>Seconds since 1970-01-01 of this time, read as UTC.</summary>
        public long ToUnixSeconds()
        {
            return Seconds(Year, Month, Day, Hour, Minute, Second);
        }

        /// <summary>True when every field is in range (the year in 2000..2255, the day valid for its month).</summary>
        public bool IsValid()
        {
            return Validate(Year, Month, Day, Hour, Minute, Second, Weekday) == null;
        }

        /// <summary>Writes the 7-byte form (year since 2000 … weekday) at <paramref name="offset"/>.</summary>
        public void WriteTimestamp(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(Year - BaseYear);
            buffer[offset + 1] = (byte)Month;
            buffer[offset + 2] = (byte)Day;
            buffer[offset + 3] = (byte)Hour;
            buffer[offset + 4] = (byte)Minute;
            buffer[offset + 5] = (byte)Second;
            buffer[offset + 6] = (byte)Weekday;
        }

        /// <summary>Writes the all-zero timestamp that asks the module to stamp a record with its own clock.</summary>
        public static void WriteModuleTimestamp(byte[] buffer, int offset)
        {
            for (int i = 0; i < TimestampLength; i++)
            {
                buffer[offset + i] = 0;
            }
        }

        /// <summary>Writes an 8-byte time reply: the success flag, then this time (or zeros on failure).</summary>
        public void WriteReply(byte[] buffer, int offset, bool success)
        {
            buffer[offset] = success ? (byte)1 : (byte)0;
            if (success)
            {
                WriteTimestamp(buffer, offset + 1);
            }
            else
            {
                WriteModuleTimestamp(buffer, offset + 1);
            }
        }

        /// <summary>ISO 8601 text, e.g. 2018-09-17T16:09:05.</summary>
        public override string ToString()
        {
            return Year.ToString() + "-" + Two(Month) + "-" + Two(Day) + "T" + Two(Hour) + ":" + Two(Minute) + ":" + Two(Second);
        }

        private static string Two(int value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }

        private string ReadFields(byte[] buffer, int offset)
        {
            Year = BaseYear + buffer[offset];
            Month = buffer[offset + 1];
            Day = buffer[offset + 2];
            Hour = buffer[offset + 3];
            Minute = buffer[offset + 4];
            Second = buffer[offset + 5];
            Weekday = buffer[offset + 6];
            return Validate(Year, Month, Day, Hour, Minute, Second, Weekday);
        }

        private void Clear()
        {
            Year = 0;
            Month = 0;
            Day = 0;
            Hour = 0;
            Minute = 0;
            Second = 0;
            Weekday = 0;
        }

        private static string CheckReply(byte[] buffer, int offset, int length, out bool success)
        {
            success = false;
            if (length != ReplyLength)
            {
                return "time reply must be 8 bytes, got " + length.ToString();
            }

            byte flag = buffer[offset];
            if (flag > 1)
            {
                return "time reply success flag must be 0 or 1, got " + flag.ToString();
            }

            success = flag == 1;
            return null;
        }

        private static long Seconds(int year, int month, int day, int hour, int minute, int second)
        {
            return CivilDate.ToDays(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
        }

        private static string Validate(int year, int month, int day, int hour, int minute, int second, int weekday)
        {
            if (year < BaseYear || year > BaseYear + 255)
            {
                return "year " + year.ToString() + " is outside 2000..2255";
            }

            if (month < 1 || month > 12)
            {
                return "month " + month.ToString() + " is outside 1..12";
            }

            if (day < 1 || day > CivilDate.DaysInMonth(year, month))
            {
                return "day " + day.ToString() + " is not a day of " + year.ToString() + "-" + Two(month);
            }

            if (hour > 23 || hour < 0)
            {
                return "hour " + hour.ToString() + " is outside 0..23";
            }

            if (minute > 59 || minute < 0)
            {
                return "minute " + minute.ToString() + " is outside 0..59";
            }

            if (second > 59 || second < 0)
            {
                return "second " + second.ToString() + " is outside 0..59";
            }

            if (weekday < 1 || weekday > 7)
            {
                return "weekday " + weekday.ToString() + " is outside 1..7";
            }

            return null;
        }

        private static long FloorDiv(long a, long b)
        {
            long q = a / b;
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
        }
    }
}
