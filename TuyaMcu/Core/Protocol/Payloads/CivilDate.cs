namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), done with
    /// integers so it is exact and allocation-free on the device (Howard Hinnant's algorithms).
    /// </summary>
    public static class CivilDate
    {
        /// <summary>Days from 1970-01-01 to the given date.</summary>
        public static long ToDays(int year, int month, int day)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yearOfEra = y - era * 400;
            long monthIndex = month > 2 ? month - 3 : month + 9;
            long dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
            long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146097 + dayOfEra - 719468;
        }

        /// <summary>The date <paramref name="days"/> days after 1970-01-01.</summary>
        public static void FromDays(long days, out int year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long monthIndex = (5 * dayOfYear + 2) / 153;
            day = (int)(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
            month = (int)(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
            year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        }

        /// <summary>ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).</summary>
        public static int IsoWeekday(long days)
        {
            long weekday = (days + 3) % 7;
            if (weekday < 0)
            {
                weekday += 7;
            }

            return (int)weekday + 1;
        }

        /// <summary>True for leap years.</summary>
        public static bool IsLeapYear(int year)
        {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }

        /// <summary>Days in a month (28..31).</summary>
        public static int DaysInMonth(int year, int month)
        {
            switch (month)
            {
                case 2: return IsLeapYear(year) ? 29 : 28;
                case 4:
                case 6:
                case 9:
                case 11: return 30;
                default: return 31;
            }
        }
    }
}
