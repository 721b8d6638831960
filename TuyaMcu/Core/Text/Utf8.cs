using System;

namespace TuyaMcu.Text
{
    /// <summary>
    /// UTF-8 encoding into a caller's buffer, so DP strings and JSON payloads are written without
    /// allocating. Unpaired surrogates are written as U+FFFD; malformed input decodes to U+FFFD.
    /// </summary>
    public static class Utf8
    {
        private const char Replacement = '\uFFFD';

        /// <summary>Bytes <paramref name="value"/> takes in UTF-8; 0 for null.</summary>
        public static int GetByteCount(string value)
        {
            if (value == null)
            {
                return 0;
            }

            int count = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < value.Length && IsLowSurrogate(value[i + 1]))
                {
                    count += 4;
                    i++;
                }
                else
                {
                    count += 3;
                }
            }

            return count;
        }

        /// <summary>Encodes <paramref name="value"/> at <paramref name="offset"/> and returns the bytes written. The caller makes room with <see cref="GetByteCount"/>.</summary>
        public static int GetBytes(string value, byte[] destination, int offset)
        {
            if (value == null)
            {
                return 0;
            }

            int at = offset;
            for (int i = 0; i < value.Length; i++)
            {
                int c = value[i];
                if (IsHighSurrogate((char)c) && i + 1 < value.Length && IsLowSurrogate(value[i + 1]))
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (value[i + 1] - 0xDC00);
                    i++;
                }
                else if (IsHighSurrogate((char)c) || IsLowSurrogate((char)c))
                {
                    c = Replacement;
                }

                if (c < 0x80)
                {
                    destination[at++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    destination[at++] = (byte)(0xC0 | (c >> 6));
                    destination[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0x10000)
                {
                    destination[at++] = (byte)(0xE0 | (c >> 12));
                    destination[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    destination[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    destination[at++] = (byte)(0xF0 | (c >> 18));
                    destination[at++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    destination[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    destination[at++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return at - offset;
        }

        /// <summary>Decodes <paramref name="count"/> bytes from <paramref name="offset"/>. Allocates the string.</summary>
        public static string GetString(byte[] buffer, int offset, int count)
        {
            if (count <= 0)
            {
                return string.Empty;
            }

            // UTF-8 never needs more UTF-16 units than bytes.
            char[] chars = new char[count];
            int length = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = buffer[i];
                int needed;
                int code;
                if (b < 0x80)
                {
                    chars[length++] = (char)b;
                    i++;
                    continue;
                }
                else if ((b & 0xE0) == 0xC0)
                {
                    needed = 1;
                    code = b & 0x1F;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    needed = 2;
                    code = b & 0x0F;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    needed = 3;
                    code = b & 0x07;
                }
                else
                {
                    chars[length++] = Replacement;
                    i++;
                    continue;
                }

                int k = 1;
                while (k <= needed && i + k < end && (buffer[i + k] & 0xC0) == 0x80)
                {
                    code = (code << 6) | (buffer[i + k] & 0x3F);
                    k++;
                }

                i += k;
                if (k <= needed)
                {
                    // Cut short by the end or by a byte that does not continue it: one replacement
                    // for what was read, and decoding goes on with the byte after it.
                    chars[length++] = Replacement;
                    continue;
                }

                if (code >= 0x10000)
                {
                    code -= 0x10000;
                    chars[length++] = (char)(0xD800 + (code >> 10));
                    chars[length++] = (char)(0xDC00 + (code & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)code;
                }
            }

            return new string(chars, 0, length);
        }

        private static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }
    }
}
