using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>What the MCU knows about the module, kept up to date by the dispatcher.</summary>
    public sealed class ModuleState
    {
        /// <summary>Network status 1..4, or 0 before the first report.</summary>
        public byte NetworkStatus = TuyaMcu.Protocol.NetworkStatus.Unknown;

        /// <summary>Operating status 0..7, or 0xFF before the first report.</summary>
        public byte OperatingStatus = TuyaMcu.Protocol.OperatingStatus.Unknown;

        /// <summary>IMEI, or null until fetched.</summary>
        public string Imei;

        /// <summary>IMSI, or null until fetched.</summary>
        public string Imsi;

        /// <summary>ICCID, or null until fetched.</summary>
        public string Iccid;

        /// <summary>RSRP level 0..97 from the last signal query, 255 unknown, -1 never asked.</summary>
        public int RsrpLevel = -1;

        /// <summary>The last CESQ reply (RxLev, BER, RSCP, Ec/No, RSRQ, RSRP), valid when <see cref="HasCesq"/>.</summary>
        public readonly byte[] Cesq = new byte[SignalQuality.CesqLength];

        /// <summary>True once a CESQ reply was received.</summary>
        public bool HasCesq;

        /// <summary>1 bound, 0 not bound, -1 unknown.</summary>
        public int Bound = -1;

        /// <summary>Local time minus GMT in seconds, valid when <see cref="HasLocalOffset"/>.</summary>
        public int LocalOffsetSeconds;

        /// <summary>True once both local and GMT time were fetched.</summary>
        public bool HasLocalOffset;

        /// <summary>Uptime of the last successful GMT sync, or -1.</summary>
        public long TimeSyncedAtMs = -1;

        /// <summary>True once the MCU set the module's sleep lock (0xB2 = 1): the module must not be put to sleep.</summary>
        public bool SleepLocked;

        /// <summary>Times the module restarted while the MCU ran.</summary>
        public int Restarts;

        /// <summary>Retained records the module reported uploaded on its own (unsolicited 0x08 answers).</summary>
        public long RetainedRecordsUploaded;

        /// <summary>DP commands applied.</summary>
        public long DpCommandsApplied;

        /// <summary>DP command frames refused (malformed, unknown DP, wrong type, length or range).</summary>
        public long DpCommandsRejected;

        /// <summary>Why the last DP command was refused, or null.</summary>
        public string LastDpError;

        /// <summary>Reports that could not even be queued (queue full) — surfaced, never silent.</summary>
        public long ReportsDropped;

        /// <summary>True when the cloud can be reached (status 4).</summary>
        public bool IsCloudConnected
        {
            get { return NetworkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected; }
        }
    }
}
