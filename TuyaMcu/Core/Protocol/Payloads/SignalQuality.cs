namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Payloads of "query NB-IoT signal strength" (0x0B: success flag, RSRP level) and
    /// "get extended signal quality" (0xB7: the six CESQ levels of 3GPP TS 27.007).
    /// </summary>
    public static class SignalQuality
    {
        /// <summary>Length of a 0x0B reply.</summary>
        public const int SignalReplyLength = 2;

        /// <summary>Length of a 0xB7 reply.</summary>
        public const int CesqLength = 6;

        /// <summary>Highest RSRP level (-44 dBm or more).</summary>
        public const int MaxRsrpLevel = 97;

        /// <summary>Level meaning "unknown" for RSRP, RSCP, Ec/No and RSRQ.</summary>
        public const int UnknownLevel = 255;

        /// <summary>Level meaning "unknown" for RxLev and BER.</summary>
        public const int UnknownGsmLevel = 99;

        /// <summary>
        /// Decodes a 0x0B reply. Returns null when well-formed: <paramref name="success"/> tells
        /// whether the module had a reading and <paramref name="rsrpLevel"/> is 0..97 or 255 (unknown).
        /// </summary>
        public static string DecodeSignalReply(byte[] buffer, int offset, int length, out bool success, out int rsrpLevel)
        {
            success = false;
            rsrpLevel = UnknownLevel;
            if (length != SignalReplyLength)
            {
                return "signal strength reply must be 2 bytes, got " + length.ToString();
            }

            byte flag = buffer[offset];
            if (flag > 1)
            {
                return "signal strength success flag must be 0 or 1, got " + flag.ToString();
            }

            success = flag == 1;
            int level = buffer[offset + 1];
            if (success && level > MaxRsrpLevel && level != UnknownLevel)
            {
                return "RSRP level " + level.ToString() + " is outside 0..97 and not 255";
            }

            rsrpLevel = success ? level : UnknownLevel;
            return null;
        }

        /// <summary>
        /// The lower bound in dBm of an RSRP level (level 0 is "-140 dBm or less", 97 is "-44 dBm
        /// or more"), or int.MinValue for unknown.
        /// </summary>
        public static int RsrpLevelToDbm(int level)
        {
            if (level < 0 || level > MaxRsrpLevel)
            {
                return int.MinValue;
            }

            return level == 0 ? -140 : -141 + level;
        }

        /// <summary>
        /// Validates a CESQ reply: RxLev 0..63 or 99, BER 0..7 or 99, RSCP 0..95 or 255,
        /// Ec/No 0..49 or 255, RSRQ 0..34 or 255, RSRP 0..97 or 255. Null when valid.
        /// </summary>
        public static string ValidateCesq(byte[] buffer, int offset, int length)
        {
            if (length != CesqLength)
            {
                return "CESQ reply must be 6 bytes, got " + length.ToString();
            }

            string error = CheckLevel("RxLev", buffer[offset], 63, UnknownGsmLevel);
            if (error == null)
            {
                error = CheckLevel("BER", buffer[offset + 1], 7, UnknownGsmLevel);
            }

            if (error == null)
            {
                error = CheckLevel("RSCP", buffer[offset + 2], 95, UnknownLevel);
            }

            if (error == null)
            {
                error = CheckLevel("Ec/No", buffer[offset + 3], 49, UnknownLevel);
            }

            if (error == null)
            {
                error = CheckLevel("RSRQ", buffer[offset + 4], 34, UnknownLevel);
            }

            if (error == null)
            {
                error = CheckLevel("RSRP", buffer[offset + 5], MaxRsrpLevel, UnknownLevel);
            }

            return error;
        }

        private static string CheckLevel(string name, int value, int max, int unknown)
        {
            if (value <= max || value == unknown)
            {
                return null;
            }

            return name + " level " + value.ToString() + " is outside 0.." + max.ToString() + " and not " + unknown.ToString();
        }
    }
}
