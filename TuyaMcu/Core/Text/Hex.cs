using System;

namespace TuyaMcu.Text
{
    /// <summary>
    /// Hexadecimal text to bytes and back, as the protocol examples, the AT console and the
    /// bench tool write them: pairs of digits, upper or lower case, optionally separated by
    /// spaces, and an optional leading "0x".
    /// </summary>
    public static class Hex
    {
        private const string Digits = "0123456789ABCDEF";

        /// <summary>
        /// Counts the bytes <paramref name="text"/> holds, or returns -1 when it is not hex:
        /// a character that is neither a hex digit nor a separator, or an odd number of digits
        /// in a run between separators.
        /// </summary>
        public static int CountBytes(string text)
        {
            if (text == null)
            {
                return -1;
            }

            int start = SkipPrefix(text);
            int bytes = 0;
            int run = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c))
                {
                    if ((run & 1) != 0)
                    {
                        return -1;
                    }

                    run = 0;
                    continue;
                }

                if (DigitValue(c) < 0)
                {
                    return -1;
                }

                run++;
                if ((run & 1) == 0)
                {
                    bytes++;
                }
            }

            return (run & 1) != 0 ? -1 : bytes;
        }

        /// <summary>Parses <paramref name="text"/> into a new array.</summary>
        /// <exception cref="FormatException"><paramref name="text"/> is not hex; the message says where.</exception>
        public static byte[] ToBytes(string text)
        {
            int count = CountBytes(text);
            if (count < 0)
            {
                throw new FormatException(Describe(text));
            }

            byte[] result = new byte[count];
            Decode(text, result, 0);
            return result;
        }

        /// <summary>
        /// Parses <paramref name="text"/> into <paramref name="destination"/> at <paramref name="offset"/>
        /// and returns the number of bytes written, or -1 (and writes nothing) when it is not hex
        /// or does not fit.
        /// </summary>
        public static int TryDecode(string text, byte[] destination, int offset)
        {
            int count = CountBytes(text);
            if (count < 0 || destination == null || offset < 0 || offset > destination.Length - count)
            {
                return -1;
            }

            Decode(text, destination, offset);
            return count;
        }

        /// <summary>Formats bytes as upper-case hex, with <paramref name="separator"/> between bytes when it is not '\0'.</summary>
        public static string Format(byte[] buffer, int offset, int count, char separator)
        {
            if (count <= 0)
            {
                return string.Empty;
            }

            int width = separator == '\0' ? count * 2 : count * 3 - 1;
            char[] chars = new char[width];
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0 && separator != '\0')
                {
                    chars[at++] = separator;
                }

                byte b = buffer[offset + i];
                chars[at++] = Digits[b >> 4];
                chars[at++] = Digits[b & 0x0F];
            }

            return new string(chars);
        }

        /// <summary>Formats bytes as lower-case hex with no separator, the form the bench tool's JSON uses.</summary>
        public static string FormatLower(byte[] buffer, int offset, int count)
        {
            return Format(buffer, offset, count, '\0').ToLower();
        }

        /// <summary>The value of one hex digit, or -1.</summary>
        public static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private static void Decode(string text, byte[] destination, int offset)
        {
            int high = -1;
            for (int i = SkipPrefix(text); i < text.Length; i++)
            {
                int value = DigitValue(text[i]);
                if (value < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    destination[offset++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }
        }

        private static string Describe(string text)
        {
            if (text == null)
            {
                return "no hex text given";
            }

            int run = 0;
            for (int i = SkipPrefix(text); i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c))
                {
                    if ((run & 1) != 0)
                    {
                        return "odd number of hex digits before position " + i.ToString();
                    }

                    run = 0;
                }
                else if (DigitValue(c) < 0)
                {
                    return "'" + c.ToString() + "' at position " + i.ToString() + " is not a hex digit";
                }
                else
                {
                    run++;
                }
            }

            return "odd number of hex digits at the end";
        }

        private static bool IsSeparator(char c)
        {
            return c == ' ' || c == '\t' || c == ':' || c == '-' || c == ',';
        }

        private static int SkipPrefix(string text)
        {
            int i = 0;
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X'))
            {
                return i + 2;
            }

            return i;
        }
    }
}
