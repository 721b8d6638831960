namespace TuyaMcu.Protocol
{
    /// <summary>Data point types of a DP unit, as the spec's "Command/status data unit" numbers them.</summary>
    public static class DpType
    {
        /// <summary>0x00: raw bytes, any length.</summary>
        public const byte Raw = 0x00;

        /// <summary>0x01: boolean, one byte 0x00 or 0x01.</summary>
        public const byte Bool = 0x01;

        /// <summary>0x02: value, a signed 32-bit big-endian integer.</summary>
        public const byte Value = 0x02;

        /// <summary>0x03: string, any length.</summary>
        public const byte String = 0x03;

        /// <summary>0x04: enumeration, one byte 0..255.</summary>
        public const byte Enum = 0x04;

        /// <summary>0x05: bitmap (faults), 1, 2 or 4 bytes big-endian.</summary>
        public const byte Bitmap = 0x05;

        /// <summary>Bytes before a unit's value: dpid (1), type (1), length (2).</summary>
        public const int UnitHeaderLength = 4;

        /// <summary>The name the bench tool and the schema use for a type ("raw", "bool", "value", "string", "enum", "bitmap"), or null.</summary>
        public static string GetName(byte type)
        {
            switch (type)
            {
                case Raw: return "raw";
                case Bool: return "bool";
                case Value: return "value";
                case String: return "string";
                case Enum: return "enum";
                case Bitmap: return "bitmap";
                default: return null;
            }
        }

        /// <summary>The type a name from <see cref="GetName"/> stands for, or -1.</summary>
        public static int Parse(string name)
        {
            for (int type = Raw; type <= Bitmap; type++)
            {
                if (GetName((byte)type) == name)
                {
                    return type;
                }
            }

            return -1;
        }

        /// <summary>True when <paramref name="length"/> is a valid value length for <paramref name="type"/>.</summary>
        public static bool IsValidLength(byte type, int length)
        {
            switch (type)
            {
                case Raw:
                case String:
                    return length >= 0;
                case Bool:
                case Enum:
                    return length == 1;
                case Value:
                    return length == 4;
                case Bitmap:
                    return length == 1 || length == 2 || length == 4;
                default:
                    return false;
            }
        }
    }
}
