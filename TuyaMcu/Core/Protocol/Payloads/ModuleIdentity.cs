namespace TuyaMcu.Protocol
{
    /// <summary>
    /// The identity replies: IMSI (0xB5, up to 15 digits), ICCID (0xB6, 19 or 20 characters,
    /// digits and the hex filler some issuers use) and IMEI (0xBD, 15 digits), all ASCII.
    /// </summary>
    public static class ModuleIdentity
    {
        /// <summary>Length of an IMEI.</summary>
        public const int ImeiLength = 15;

        /// <summary>Longest IMSI.</summary>
        public const int MaxImsiLength = 15;

        /// <summary>Validates an identity reply for <paramref name="command"/> (0xB5, 0xB6 or 0xBD). Null when valid.</summary>
        public static string Validate(byte command, byte[] buffer, int offset, int length)
        {
            switch (command)
            {
                case TuyaCommand.GetImsi:
                    return CheckDigits("IMSI", buffer, offset, length, 6, MaxImsiLength, false);
                case TuyaCommand.GetIccid:
                    return CheckDigits("ICCID", buffer, offset, length, 18, 22, true);
                case TuyaCommand.GetImei:
                    return CheckDigits("IMEI", buffer, offset, length, ImeiLength, ImeiLength, false);
                default:
                    return "command 0x" + command.ToString("X2") + " carries no identity";
            }
        }

        /// <summary>Decodes a validated identity reply to text. Allocates.</summary>
        public static string ToText(byte[] buffer, int offset, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[offset + i];
            }

            return new string(chars);
        }

        private static string CheckDigits(string name, byte[] buffer, int offset, int length, int min, int max, bool allowHex)
        {
            if (length < min || length > max)
            {
                string expected = min == max ? min.ToString() : min.ToString() + ".." + max.ToString();
                return name + " must be " + expected + " characters, got " + length.ToString();
            }

            for (int i = 0; i < length; i++)
            {
                byte b = buffer[offset + i];
                bool digit = b >= '0' && b <= '9';
                bool hex = allowHex && ((b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f'));
                if (!digit && !hex)
                {
                    return name + " holds a non-digit byte 0x" + b.ToString("X2") + " at " + i.ToString();
                }
            }

            return null;
        }
    }
}
