namespace TuyaMcu.Protocol
{
    /// <summary>Device operating status values of commands 0xBE and 0xBF.</summary>
    public static class OperatingStatus
    {
        /// <summary>Status 1: device is initializing.</summary>
        public const byte Initializing = 0x00;

        /// <summary>Status 2: device detects SIM card.</summary>
        public const byte SimDetected = 0x01;

        /// <summary>Status 3: device works properly.</summary>
        public const byte Working = 0x02;

        /// <summary>Status 4: device is bound.</summary>
        public const byte Bound = 0x03;

        /// <summary>Status 5: device is unbound.</summary>
        public const byte Unbound = 0x04;

        /// <summary>Status 6: device successfully downloads schema.</summary>
        public const byte SchemaDownloaded = 0x05;

        /// <summary>Status 7: device is about to sleep.</summary>
        public const byte AboutToSleep = 0x06;

        /// <summary>Status 8: device is about to reboot.</summary>
        public const byte AboutToReboot = 0x07;

        /// <summary>Not reported yet (not a protocol value).</summary>
        public const byte Unknown = 0xFF;

        /// <summary>True for the protocol values 0..7.</summary>
        public static bool IsValid(byte status)
        {
            return status <= AboutToReboot;
        }

        /// <summary>A short name for logs and the bench tool.</summary>
        public static string GetName(byte status)
        {
            switch (status)
            {
                case Initializing: return "initializing";
                case SimDetected: return "SIM detected";
                case Working: return "working";
                case Bound: return "bound";
                case Unbound: return "unbound";
                case SchemaDownloaded: return "schema downloaded";
                case AboutToSleep: return "about to sleep";
                case AboutToReboot: return "about to reboot";
                case Unknown: return "unknown";
                default: return "invalid";
            }
        }
    }
}
