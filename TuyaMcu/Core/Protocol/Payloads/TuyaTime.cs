namespace TuyaMcu.Protocol
{
    /// <summary>
    /// A calendar time as the protocol carries it: year since 2000, month, day, hour, minute,
    /// second and weekday (1 = Monday … 7 = Sunday). Used by the local and GMT time replies
    /// (an 8-byte payload with a success flag first) and by the 7-byte timestamp that prefixes a
    /// record report (all zero = let the module stamp it).
    /// </summary>
    public struct TuyaTime
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
            if (!success)
            {
                // The fields of a failed reply mean nothing; modules send zeros.
                return null;
            }

            return DecodeFields(buffer, offset + 1, out time);
        }

        /// <summary>
        /// Decodes a record report's 7-byte timestamp. Returns null when well-formed;
        /// <paramref name="moduleTime"/> is true for the all-zero "use the module's clock" form.
        /// </summary>
        public static string DecodeTimestamp(byte[] buffer, int offset, out bool moduleTime, out TuyaTime time)
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
                time = new TuyaTime();
                return null;
            }

            return DecodeFields(buffer, offset, out time);
        }

        /// <summary>The time at <paramref name="unixSeconds"/> (seconds since 1970-01-01 UTC), with its weekday.</summary>
        public static TuyaTime FromUnixSeconds(long unixSeconds)
        {
            long days = FloorDiv(unixSeconds, 86400);
            long secondsOfDay = unixSeconds - days * 86400;
            int year;
            int month;
            int day;
            CivilDate.FromDays(days, out year, out month, out day);
            TuyaTime time = new TuyaTime();
            time.Year = year;
            time.Month = month;
            time.Day = day;
            time.Hour = (int)(secondsOfDay / 3600);
            time.Minute = (int)(secondsOfDay / 60 % 60);
            time.Second = (int)(secondsOfDay % 60);
            time.Weekday = CivilDate.IsoWeekday(days);
            return time;
        }

        /// <summary>Seconds since 1970-01-01 of this time, read as UTC.</summary>
        public long ToUnixSeconds()
        {
            return CivilDate.ToDays(Year, Month, Day) * 86400 + Hour * 3600 + Minute * 60 + Second;
        }

        /// <summary>True when every field is in range (the year in 2000..2255, the day valid for its month).</summary>
        public bool IsValid()
        {
            return Validate() == null;
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

        private static string DecodeFields(byte[] buffer, int offset, out TuyaTime time)
        {
            time = new TuyaTime();
            time.Year = BaseYear + buffer[offset];
            time.Month = buffer[offset + 1];
            time.Day = buffer[offset + 2];
            time.Hour = buffer[offset + 3];
            time.Minute = buffer[offset + 4];
            time.Second = buffer[offset + 5];
            time.Weekday = buffer[offset + 6];
            return time.Validate();
        }

        private string Validate()
        {
            if (Year < BaseYear || Year > BaseYear + 255)
            {
                return "year " + Year.ToString() + " is outside 2000..2255";
            }

            if (Month < 1 || Month > 12)
            {
                return "month " + Month.ToString() + " is outside 1..12";
            }

            if (Day < 1 || Day > CivilDate.DaysInMonth(Year, Month))
            {
                return "day " + Day.ToString() + " is not a day of " + Year.ToString() + "-" + Two(Month);
            }

            if (Hour > 23 || Hour < 0)
            {
                return "hour " + Hour.ToString() + " is outside 0..23";
            }

            if (Minute > 59 || Minute < 0)
            {
                return "minute " + Minute.ToString() + " is outside 0..59";
            }

            if (Second > 59 || Second < 0)
            {
                return "second " + Second.ToString() + " is outside 0..59";
            }

            if (Weekday < 1 || Weekday > 7)
            {
                return "weekday " + Weekday.ToString() + " is outside 1..7";
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
