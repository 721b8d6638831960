using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// CPN01 downlink payloads (the manual's "Downlink Payload"): a type code, then the value.
    /// 01xxxxxx sets TDC (seconds, 3 bytes), 04FF resets the device, 06xxxxxx sets INTMOD
    /// (3 bytes). Anything else is refused by name. The value is then validated by the same
    /// schema limits as the DP and AT paths.
    /// </summary>
    public static class Cpn01Downlink
    {
        /// <summary>Type code: set TDC.</summary>
        public const byte SetTdc = 0x01;

        /// <summary>Type code: reset (payload 04FF).</summary>
        public const byte Reset = 0x04;

        /// <summary>Type code: set INTMOD.</summary>
        public const byte SetIntMod = 0x06;

        /// <summary>
        /// Parses a downlink. Null when well-formed, with the type code and value (0 for reset);
        /// else what is wrong.
        /// </summary>
        public static string Parse(byte[] buffer, int offset, int length, out byte type, out int value)
        {
            type = 0;
            value = 0;
            if (length < 1)
            {
                return "empty downlink";
            }

            type = buffer[offset];
            switch (type)
            {
                case SetTdc:
                case SetIntMod:
                    if (length != 4)
                    {
                        return "downlink 0x" + type.ToString("X2") + " takes 3 value bytes, got " + (length - 1).ToString();
                    }

                    value = BigEndian.ReadUInt24(buffer, offset + 1);
                    return null;
                case Reset:
                    if (length != 2 || buffer[offset + 1] != 0xFF)
                    {
                        return "reset downlink must be 04FF";
                    }

                    return null;
                default:
                    return "unsupported downlink type 0x" + type.ToString("X2");
            }
        }
    }
}
