namespace TuyaMcu.Tests.Support
{
    /// <summary>
    /// Example frames from Tuya's NB-IoT serial protocol document, as printed there. Six of them
    /// carry a checksum that is not the sum of the preceding bytes (spec errata); the corrected
    /// forms follow.
    /// </summary>
    internal static class SpecExamples
    {
        /// <summary>The product ID of the spec's product-information example.</summary>
        public const string ProductId = "gl9iswyeobu5s93j";

        public const string QueryProductInfo = "55 AA 00 01 00 00 00";
        public const string ProductInfoReply = "55 AA 00 01 00 38 7B 22 70 22 3A 22 67 6C 39 69 73 77 79 65 6F 62 75 35 73 39 33 6A 22 2C 22 76 22 3A 22 31 2E 30 2E 30 22 2C 22 73 22 3A 22 70 73 6D 22 2C 22 63 22 3A 22 69 73 70 22 7D 02";
        public const string NetworkStatus4 = "55 AA 00 02 00 01 04 06";
        public const string NetworkStatusAck = "55 AA 00 02 00 00 01";
        public const string ResetModule = "55 AA 00 03 00 00 02";
        public const string ReportSingleDp = "55 AA 00 05 00 05 6D 01 00 01 01 79";
        public const string ReportTwoDps = "55 AA 00 05 00 15 6D 01 00 01 01 66 03 00 0C 32 30 31 38 30 34 31 32 31 35 30 37 5D";
        public const string RecordSingleDpPrinted = "55 AA 00 08 00 0C 00 00 00 00 00 00 00 6D 01 00 01 01 D1";
        public const string RecordSingleDpCorrected = "55 AA 00 08 00 0C 00 00 00 00 00 00 00 6D 01 00 01 01 83";
        public const string RecordTwoDpsPrinted = "55 AA 00 08 00 1C 00 00 00 00 00 00 00 6D 01 00 01 01 66 03 00 0C 32 30 31 38 30 34 31 32 31 35 30 37 A7";
        public const string RecordTwoDpsCorrected = "55 AA 00 08 00 1C 00 00 00 00 00 00 00 6D 01 00 01 01 66 03 00 0C 32 30 31 38 30 34 31 32 31 35 30 37 67";
        public const string ModuleCommandSwitchOn = "55 AA 00 09 00 05 03 01 00 01 01 13";
        public const string ModuleCommandAck = "55 AA 00 09 00 00 08";
        public const string GetLocalTime = "55 AA 00 06 00 00 05";
        public const string LocalTimeReply = "55 AA 00 06 00 08 01 12 09 11 10 09 05 01 59";
        public const string GetGmtTime = "55 AA 00 10 00 00 0F";
        public const string GmtTimeReply = "55 AA 00 10 00 08 01 12 09 11 08 15 03 01 65";
        public const string QuerySignal = "55 AA 00 0B 00 00 0A";
        public const string SignalReply = "55 AA 00 0B 00 02 01 50 5D";
        public const string QueryBindingPrinted = "55 AA 00 BB 00 00 0A";
        public const string QueryBindingCorrected = "55 AA 00 BB 00 00 BA";
        public const string BindingReply = "55 AA 00 BB 00 01 01 BC";
        public const string SleepLockPrinted = "55 AA 00 B2 00 01 01 00";
        public const string SleepLockCorrected = "55 AA 00 B2 00 01 01 B3";
        public const string SleepLockAck = "55 AA 00 B2 00 00 B1";
        public const string HeartbeatIntervalPrinted = "55 AA 00 B3 00 04 00 00 0E 10 DA";
        public const string HeartbeatIntervalCorrected = "55 AA 00 B3 00 04 00 00 0E 10 D4";
        public const string HeartbeatIntervalReply = "55 AA 00 B3 00 01 01 B4";
        public const string WakeUpInterval = "55 AA 00 C1 00 04 00 00 00 B4 78";
        public const string WakeUpIntervalReply = "55 AA 00 C1 00 01 01 C2";
        public const string Heartbeat = "55 AA 00 B1 00 00 B0";
        public const string HeartbeatReply = "55 AA 00 B1 00 01 01 B2";
        public const string GetNetworkStatusPrinted = "55 AA 00 2B 00 00 2C";
        public const string GetNetworkStatusCorrected = "55 AA 00 2B 00 00 2A";
        public const string NetworkStatusReply = "55 AA 00 2B 00 01 04 2F";
        public const string GetImsi = "55 AA 00 B5 00 00 B4";
        public const string ImsiReply = "55 AA 00 B5 00 0F 34 36 30 31 31 33 30 31 32 34 36 37 33 34 30 BD";
        public const string GetIccid = "55 AA 00 B6 00 00 B5";
        public const string IccidReply = "55 AA 00 B6 00 14 38 39 38 36 31 31 31 38 32 34 39 30 30 30 33 36 33 34 39 30 DB";
        public const string GetCesq = "55 AA 00 B7 00 00 B6";
        public const string CesqReply = "55 AA 00 B7 00 06 28 00 FF FF 22 44 48";
        public const string SetT3324 = "55 AA 00 B9 00 04 00 00 00 78 34";
        public const string T3324Reply = "55 AA 00 B9 00 01 01 BA";
        public const string BatteryCheck = "55 AA 00 BC 00 00 BB";
        public const string BatteryOkReply = "55 AA 00 BC 00 01 01 BD";
        public const string GetImei = "55 AA 00 BD 00 00 BC";
        public const string ImeiReply = "55 AA 00 BD 00 0F 38 36 34 32 33 37 30 34 30 30 31 34 37 33 33 CF";
        public const string OperatingStatusWorking = "55 AA 00 BE 00 01 02 C0";
        public const string GetOperatingStatus = "55 AA 00 BF 00 00 BE";
        public const string OperatingStatusReply = "55 AA 00 BF 00 01 01 C0";
        public const string SetSleep = "55 AA 00 C0 00 00 BF";
        public const string SetApn = "55 AA 00 C2 00 1E 7B 22 61 70 6E 22 3A 22 63 74 6E 62 22 2C 22 70 64 70 5F 74 79 70 65 22 3A 22 49 50 22 7D 6B";
        public const string ApnReply = "55 AA 00 C2 00 01 00 C2";
    }
}
