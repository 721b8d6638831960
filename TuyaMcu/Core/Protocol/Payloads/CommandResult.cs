namespace TuyaMcu.Protocol
{
    /// <summary>
    /// One-byte results, which the spec encodes differently per command: 0x00 is success for
    /// reports and APN, but failure for heartbeat, intervals and T3324.
    /// </summary>
    public static class CommandResult
    {
        /// <summary>0x05 real-time report: pushed.</summary>
        public const byte ReportSuccess = 0x00;

        /// <summary>0x05 real-time report: failed.</summary>
        public const byte ReportFailure = 0x01;

        /// <summary>0x08 record report: pushed (or stored in the module's flash while offline).</summary>
        public const byte RecordSuccess = 0x00;

        /// <summary>0x08 record report: this record pushed, retained records still to go.</summary>
        public const byte RecordStoredPending = 0x01;

        /// <summary>0x08 record report: failed; the MCU keeps the record.</summary>
        public const byte RecordFailure = 0x02;

        /// <summary>0xB1, 0xB3, 0xB9, 0xC1: set successfully.</summary>
        public const byte SetSuccess = 0x01;

        /// <summary>0xB1, 0xB3, 0xB9, 0xC1: failed to set.</summary>
        public const byte SetFailure = 0x00;

        /// <summary>0xC2 APN: succeeded.</summary>
        public const byte ApnSuccess = 0x00;

        /// <summary>0xC2 APN: failed.</summary>
        public const byte ApnFailure = 0x01;

        /// <summary>0xBB binding status: not bound.</summary>
        public const byte NotBound = 0x00;

        /// <summary>0xBB binding status: bound.</summary>
        public const byte Bound = 0x01;

        /// <summary>0xBC battery check: battery is low.</summary>
        public const byte BatteryLow = 0x00;

        /// <summary>0xBC battery check: battery is okay.</summary>
        public const byte BatteryOk = 0x01;

        /// <summary>0xB2 sleep lock: unlock (the module may enter PSM when idle).</summary>
        public const byte SleepUnlocked = 0x00;

        /// <summary>0xB2 sleep lock: lock (no automatic sleep).</summary>
        public const byte SleepLocked = 0x01;

        /// <summary>
        /// True when <paramref name="result"/> means success for <paramref name="command"/>'s
        /// one-byte answer; commands without a result byte are successful when answered at all.
        /// </summary>
        public static bool IsSuccess(byte command, byte result)
        {
            switch (command)
            {
                case TuyaCommand.ReportRealTimeStatus:
                    return result == ReportSuccess;
                case TuyaCommand.ReportRecordData:
                    return result == RecordSuccess || result == RecordStoredPending;
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                    return result == SetSuccess;
                case TuyaCommand.SetApn:
                    return result == ApnSuccess;
                default:
                    return true;
            }
        }

        /// <summary>True when <paramref name="result"/> is one of the values the spec defines for <paramref name="command"/>.</summary>
        public static bool IsDefined(byte command, byte result)
        {
            switch (command)
            {
                case TuyaCommand.ReportRecordData:
                    return result <= RecordFailure;
                case TuyaCommand.ReportRealTimeStatus:
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                case TuyaCommand.SetApn:
                case TuyaCommand.QueryBindingStatus:
                case TuyaCommand.CheckBatteryLevel:
                case TuyaCommand.SetSleepLock:
                    return result <= 1;
                default:
                    return true;
            }
        }
    }
}
