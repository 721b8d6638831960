namespace TuyaMcu.Protocol
{
    /// <summary>
    /// Command codes of Tuya's NB-IoT serial protocol (Serial Port Protocol, v0.6.11), named
    /// after the spec's section titles. "Module" or "MCU" says which side sends the command;
    /// the other side answers with a frame carrying the same command code.
    /// </summary>
    public static class TuyaCommand
    {
        /// <summary>0x01, module → MCU: query product information (PID, MCU version, power mode, connection).</summary>
        public const byte QueryProductInfo = 0x01;

        /// <summary>0x02, module → MCU: report device network status (1 searching … 4 bound and connected).</summary>
        public const byte ReportNetworkStatus = 0x02;

        /// <summary>0x03, MCU → module: reset the NB-IoT module to factory settings.</summary>
        public const byte ResetModule = 0x03;

        /// <summary>0x05, MCU → module: report real-time status (DP units); the answer is 0x00 success or 0x01 failure.</summary>
        public const byte ReportRealTimeStatus = 0x05;

        /// <summary>0x06, MCU → module: get local time.</summary>
        public const byte GetLocalTime = 0x06;

        /// <summary>0x08, MCU → module: report record type data (7-byte timestamp, then DP units).</summary>
        public const byte ReportRecordData = 0x08;

        /// <summary>0x09, module → MCU: module sends commands (DP units to apply).</summary>
        public const byte SendCommand = 0x09;

        /// <summary>0x0B, MCU → module: query NB-IoT signal strength.</summary>
        public const byte QuerySignalStrength = 0x0B;

        /// <summary>0x10, MCU → module: get GMT time.</summary>
        public const byte GetGmtTime = 0x10;

        /// <summary>0x2B, MCU → module: get device network status.</summary>
        public const byte GetNetworkStatus = 0x2B;

        /// <summary>0xB1, MCU → module: send heartbeat packets.</summary>
        public const byte SendHeartbeat = 0xB1;

        /// <summary>0xB2, MCU → module: set sleep lock of the NB-IoT module.</summary>
        public const byte SetSleepLock = 0xB2;

        /// <summary>0xB3, MCU → module: set NB-IoT network heartbeat interval (seconds).</summary>
        public const byte SetHeartbeatInterval = 0xB3;

        /// <summary>0xB5, MCU → module: get international mobile subscriber identity (IMSI).</summary>
        public const byte GetImsi = 0xB5;

        /// <summary>0xB6, MCU → module: get SIM card number (ICCID).</summary>
        public const byte GetIccid = 0xB6;

        /// <summary>0xB7, MCU → module: get extended signal quality (CESQ).</summary>
        public const byte GetCesq = 0xB7;

        /// <summary>0xB9, MCU → module: set activity timer T3324 (seconds).</summary>
        public const byte SetT3324 = 0xB9;

        /// <summary>0xBB, MCU → module: query binding status.</summary>
        public const byte QueryBindingStatus = 0xBB;

        /// <summary>0xBC, module → MCU: detect battery level during firmware update.</summary>
        public const byte CheckBatteryLevel = 0xBC;

        /// <summary>0xBD, MCU → module: get international mobile equipment identity (IMEI).</summary>
        public const byte GetImei = 0xBD;

        /// <summary>0xBE, module → MCU: report device operating status.</summary>
        public const byte ReportOperatingStatus = 0xBE;

        /// <summary>0xBF, MCU → module: get device operating status.</summary>
        public const byte GetOperatingStatus = 0xBF;

        /// <summary>0xC0, MCU → module: set device sleeping.</summary>
        public const byte SetDeviceSleep = 0xC0;

        /// <summary>0xC1, MCU → module: set wake-up interval for record type data (seconds).</summary>
        public const byte SetRecordWakeUpInterval = 0xC1;

        /// <summary>0xC2, MCU → module: set access point name (APN), JSON.</summary>
        public const byte SetApn = 0xC2;

        /// <summary>
        /// True for the commands the module starts and the MCU answers; false for those the MCU
        /// starts (and for unknown codes).
        /// </summary>
        public static bool IsModuleInitiated(byte command)
        {
            return command == QueryProductInfo
                || command == ReportNetworkStatus
                || command == SendCommand
                || command == CheckBatteryLevel
                || command == ReportOperatingStatus;
        }

        /// <summary>True when <paramref name="command"/> is one of the spec's command codes.</summary>
        public static bool IsKnown(byte command)
        {
            return GetName(command) != null;
        }

        /// <summary>The spec's name for a command, or null when the code is not in the spec.</summary>
        public static string GetName(byte command)
        {
            switch (command)
            {
                case QueryProductInfo: return "Query product information";
                case ReportNetworkStatus: return "Report device network status";
                case ResetModule: return "Reset NB-IoT module";
                case ReportRealTimeStatus: return "Report real-time status";
                case GetLocalTime: return "Get local time";
                case ReportRecordData: return "Report record type data";
                case SendCommand: return "Module sends commands";
                case QuerySignalStrength: return "Query NB-IoT signal strength";
                case GetGmtTime: return "Get GMT time";
                case GetNetworkStatus: return "Get device network status";
                case SendHeartbeat: return "Send heartbeat packets";
                case SetSleepLock: return "Set sleep lock of NB-IoT module";
                case SetHeartbeatInterval: return "Set NB-IoT network heartbeat interval";
                case GetImsi: return "Get international mobile subscriber identity (IMSI)";
                case GetIccid: return "Get SIM card number (ICCID)";
                case GetCesq: return "Get extended signal quality (CESQ)";
                case SetT3324: return "Set activity timer T3324";
                case QueryBindingStatus: return "Query binding status";
                case CheckBatteryLevel: return "Detect battery level during firmware update";
                case GetImei: return "Get international mobile equipment identity (IMEI)";
                case ReportOperatingStatus: return "Report device operating status";
                case GetOperatingStatus: return "Get device operating status";
                case SetDeviceSleep: return "Set device sleeping";
                case SetRecordWakeUpInterval: return "Set wake-up interval for NB-IoT record type data";
                case SetApn: return "Set access point name (APN)";
                default: return null;
            }
        }
    }
}
