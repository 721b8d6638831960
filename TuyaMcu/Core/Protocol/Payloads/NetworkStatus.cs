namespace TuyaMcu.Protocol
{
    /// <summary>Device network status values of commands 0x02 and 0x2B.</summary>
    public static class NetworkStatus
    {
        /// <summary>Not reported yet (not a protocol value).</summary>
        public const byte Unknown = 0x00;

        /// <summary>Status 1: searching for NB-IoT network.</summary>
        public const byte Searching = 0x01;

        /// <summary>Status 2: NB-IoT network is found.</summary>
        public const byte NetworkFound = 0x02;

        /// <summary>Status 3: connected to the telecom platform, not bound yet.</summary>
        public const byte ConnectedNotBound = 0x03;

        /// <summary>Status 4: bound and connected to Tuya Cloud.</summary>
        public const byte CloudConnected = 0x04;

        /// <summary>True for the protocol values 1..4.</summary>
        public static bool IsValid(byte status)
        {
            return status >= Searching && status <= CloudConnected;
        }

        /// <summary>A short name for logs and the bench tool.</summary>
        public static string GetName(byte status)
        {
            switch (status)
            {
                case Searching: return "searching";
                case NetworkFound: return "network found";
                case ConnectedNotBound: return "connected, not bound";
                case CloudConnected: return "cloud connected";
                case Unknown: return "unknown";
                default: return "invalid";
            }
        }
    }
}
