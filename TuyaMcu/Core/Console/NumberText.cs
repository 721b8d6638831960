namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// Strict parsing of the numbers AT commands take: decimal digits with an optional leading
    /// minus sign and nothing else, so "12x", "" and "1e3" are refused rather than half-read.
    /// Numbers too long for any range are reported as out of range, never wrapped.
    /// </summary>
    public static class NumberText
    {
        // Past this the value is out of every range the console uses; stop before long overflows.
        private const long Huge = 1000000000000L;

        /// <summary>
        /// Parses <paramref name="text"/> as a whole number within <paramref name="min"/>..<paramref name="max"/>.
        /// Null when it is one, else why not (without naming the command: the caller does); a range
        /// refusal ends with <paramref name="unit"/> (e.g. "must be 30..16777215 s") unless it is null or empty.
        /// </summary>
        public static string Parse(string text, long min, long max, string unit, out long value)
        {
            value = 0;
            if (text == null || text.Length == 0)
            {
                return "a value is needed";
            }

            bool negative = text[0] == '-';
            int start = negative ? 1 : 0;
            if (start == text.Length)
            {
                return "not a whole number";
            }

            long magnitude = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return "not a whole number";
                }

                if (magnitude < Huge)
                {
                    magnitude = magnitude * 10 + (c - '0');
                }
            }

            long parsed = negative ? -magnitude : magnitude;
            if (parsed < min || parsed > max)
            {
                string range = "must be " + min.ToString() + ".." + max.ToString();
                return unit == null || unit.Length == 0 ? range : range + " " + unit;
            }

            value = parsed;
            return null;
        }
    }
}
