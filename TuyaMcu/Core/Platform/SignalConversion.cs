using TuyaMcu.Protocol;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// Converts the module's signal reading (an RSRP level, 3GPP TS 36.133: 0 = -140 dBm or less,
    /// 97 = -44 dBm or more) to the CSQ scale the CPN01 payload carries (0 = -113 dBm or less,
    /// 31 = -51 dBm or more, 99 unknown). RSRP is the power of one reference subcarrier; the RSSI
    /// CSQ measures spans the NB-IoT carrier's 12 subcarriers, about 10·log10(12) ≈ 11 dB more on
    /// an unloaded cell. This is an estimate; the real RSSI also counts noise and interference.
    /// </summary>
    public static class SignalConversion
    {
        /// <summary>CSQ meaning "not known or not detectable".</summary>
        public const int CsqUnknown = 99;

        /// <summary>dB from RSRP to RSSI over 12 subcarriers.</summary>
        public const int RsrpToRssiDb = 11;

        /// <summary>
        /// What <see cref="RsrpLevelToDbm"/> gives for an unknown level: the bottom of Tuya's standard
        /// <c>signal_strength</c> range (-255..255 dBm), which reads as "no signal" rather than as a
        /// strong one.
        /// </summary>
        public const int DbmUnknown = -255;

        /// <summary>The RSRP in dBm (-140..-44) for an RSRP level, or <see cref="DbmUnknown"/> when the level is unknown: Tuya's standard <c>signal_strength</c>.</summary>
        public static int RsrpLevelToDbm(int rsrpLevel)
        {
            return rsrpLevel < 0 || rsrpLevel > SignalQuality.MaxRsrpLevel ? DbmUnknown : SignalQuality.RsrpLevelToDbm(rsrpLevel);
        }

        /// <summary>CSQ 0..31 for an RSRP level, or 99 when the level is unknown.</summary>
        public static int RsrpLevelToCsq(int rsrpLevel)
        {
            if (rsrpLevel < 0 || rsrpLevel > SignalQuality.MaxRsrpLevel)
            {
                return CsqUnknown;
            }

            int rssi = SignalQuality.RsrpLevelToDbm(rsrpLevel) + RsrpToRssiDb;
            int csq = (rssi + 113) / 2;
            if (rssi < -113)
            {
                return 0;
            }

            return csq > 31 ? 31 : csq;
        }
    }
}
