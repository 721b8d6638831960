using System;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The MCU's requests to the module, one method per command of the spec that the MCU starts,
    /// queued on the link (a method returns false when the queue is full). Each request ends exactly
    /// once, through the caller's <see cref="IModuleRequestObserver.OnRequestCompleted"/> with the
    /// caller's tag, after the dispatcher read its answer into <see cref="ModuleState"/>; the link's
    /// outcome is copied into the dispatcher's one <see cref="ModuleRequestOutcome"/>, so callers
    /// need no type of the link. What each queued request is for is kept in one table
    /// (<see cref="PendingRequests"/>). The base of
    /// <see cref="CommandDispatcher"/>, which is what callers hold: a base class, not a part of its
    /// own, so a request costs no call more than before and the device no object more than its outcome.
    /// </summary>
    public abstract class ModuleRequests : IRequestObserver
    {
        // 0xB3, 0xB9, 0xC1: the seconds are a uint32, big-endian.
        private const int SecondsLength = 4;

        // 0x06, 0x10, 0x0B: "Data[0] indicates whether the data is successfully obtained. 0 means
        // failure. 1 means success."
        private const byte DataObtained = 0x01;

        private readonly TuyaLink _link;
        private readonly byte[] _scratch;
        private readonly JsonWriter _json = new JsonWriter();
        private readonly PendingRequests _pending;
        private readonly ModuleRequestOutcome _outcome = new ModuleRequestOutcome();
        private bool _outcomeInUse;

        internal ModuleRequests(TuyaLink link)
        {
            if (link == null)
            {
                throw new ArgumentNullException("link");
            }

            _link = link;
            _scratch = new byte[link.Options.MaxDataLength];
            _pending = new PendingRequests(link.Options.QueueCapacity);
        }

        /// <summary>
        /// A buffer of the largest frame's data, for building the DP units of a report that goes
        /// straight to <see cref="ReportStatus"/>. A request copies its data when it is queued, so the
        /// buffer is free again when the call returns; sharing it keeps one such buffer on the device
        /// instead of one per layer. Never pass it to <see cref="ReportRecord"/>, which builds in it.
        /// </summary>
        public byte[] ReportBuffer
        {
            get { return _scratch; }
        }

        /// <summary>The link underneath, for its statistics.</summary>
        public TuyaLink Link
        {
            get { return _link; }
        }

        internal JsonWriter Json
        {
            get { return _json; }
        }

        internal PendingRequests Pending
        {
            get { return _pending; }
        }

        /// <summary>
        /// True when the outcome is a success: answered, well-formed, and (for commands with a
        /// result or success flag) saying success.
        /// </summary>
        public static bool IsSuccess(ModuleRequestOutcome outcome)
        {
            if (outcome.Status != ModuleRequestStatus.Answered)
            {
                return false;
            }

            switch (outcome.Command)
            {
                case TuyaCommand.ReportRealTimeStatus:
                case TuyaCommand.ReportRecordData:
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                case TuyaCommand.SetApn:
                    return outcome.DataLength == 1 && CommandResult.IsSuccess(outcome.Command, outcome.Buffer[outcome.DataOffset]);
                case TuyaCommand.GetLocalTime:
                case TuyaCommand.GetGmtTime:
                case TuyaCommand.QuerySignalStrength:
                    return outcome.FirstDataByte == DataObtained;
                default:
                    return true;
            }
        }

        /// <summary>0x05: reports DP units (already encoded) as real-time status.</summary>
        public bool ReportStatus(byte[] dps, int offset, int length, IModuleRequestObserver observer, int tag)
        {
            return Request(TuyaCommand.ReportRealTimeStatus, dps, offset, length, RequestPurpose.External, observer, tag);
        }

        /// <summary>
        /// 0x08: reports DP units as a record stamped <paramref name="unixSeconds"/> (UTC), or with
        /// the module's clock when <paramref name="unixSeconds"/> is negative.
        /// </summary>
        public bool ReportRecord(long unixSeconds, byte[] dps, int offset, int length, IModuleRequestObserver observer, int tag)
        {
            if (length > _scratch.Length - TuyaTime.TimestampLength)
            {
                throw new ArgumentOutOfRangeException("length", "record DP data too long");
            }

            if (unixSeconds < 0)
            {
                TuyaTime.WriteModuleTimestamp(_scratch, 0);
            }
            else if (!TuyaTime.TryWriteTimestamp(unixSeconds, _scratch, 0))
            {
                throw new ArgumentOutOfRangeException("unixSeconds", "time outside 2000..2255");
            }

            Array.Copy(dps, offset, _scratch, TuyaTime.TimestampLength, length);
            return Request(TuyaCommand.ReportRecordData, _scratch, 0, TuyaTime.TimestampLength + length, RequestPurpose.External, observer, tag);
        }

        /// <summary>0x03: resets the module to factory settings.</summary>
        public bool ResetModule(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.ResetModule, observer, tag);
        }

        /// <summary>0x06: asks for local time (updates the time-zone offset).</summary>
        public bool QueryLocalTime(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetLocalTime, observer, tag);
        }

        /// <summary>0x10: asks for GMT time (sets the clock).</summary>
        public bool QueryGmtTime(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetGmtTime, observer, tag);
        }

        /// <summary>0x0B: asks for the signal strength.</summary>
        public bool QuerySignal(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.QuerySignalStrength, observer, tag);
        }

        /// <summary>0x2B: asks for the network status.</summary>
        public bool QueryNetworkStatus(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetNetworkStatus, observer, tag);
        }

        /// <summary>0xB1: sends a heartbeat packet.</summary>
        public bool SendHeartbeat(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.SendHeartbeat, observer, tag);
        }

        /// <summary>0xB2: locks (no automatic sleep) or unlocks the module's sleep.</summary>
        public bool SetSleepLock(bool locked, IModuleRequestObserver observer, int tag)
        {
            _scratch[0] = locked ? CommandResult.SleepLocked : CommandResult.SleepUnlocked;
            int slot = Enqueue(TuyaCommand.SetSleepLock, _scratch, 0, 1, RequestPurpose.External, observer, tag);
            if (slot < 0)
            {
                return false;
            }

            _pending.SetSleepLock(slot, locked);
            return true;
        }

        /// <summary>0xB3: sets the network heartbeat interval, seconds.</summary>
        public bool SetHeartbeatInterval(uint seconds, IModuleRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetHeartbeatInterval, seconds, observer, tag);
        }

        /// <summary>0xB5: asks for the IMSI.</summary>
        public bool QueryImsi(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetImsi, observer, tag);
        }

        /// <summary>0xB6: asks for the ICCID.</summary>
        public bool QueryIccid(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetIccid, observer, tag);
        }

        /// <summary>0xB7: asks for the extended signal quality.</summary>
        public bool QueryCesq(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetCesq, observer, tag);
        }

        /// <summary>0xB9: sets the T3324 active timer, seconds.</summary>
        public bool SetT3324(uint seconds, IModuleRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetT3324, seconds, observer, tag);
        }

        /// <summary>0xBB: asks whether the device is bound.</summary>
        public bool QueryBindingStatus(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.QueryBindingStatus, observer, tag);
        }

        /// <summary>0xBD: asks for the IMEI.</summary>
        public bool QueryImei(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetImei, observer, tag);
        }

        /// <summary>0xBF: asks for the operating status.</summary>
        public bool QueryOperatingStatus(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetOperatingStatus, observer, tag);
        }

        /// <summary>0xC0: tells the module to sleep.</summary>
        public bool RequestModuleSleep(IModuleRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.SetDeviceSleep, observer, tag);
        }

        /// <summary>0xC1: sets the wake-up interval for retained record data, seconds (the module uses at least 120).</summary>
        public bool SetRecordWakeUpInterval(uint seconds, IModuleRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetRecordWakeUpInterval, seconds, observer, tag);
        }

        /// <summary>0xC2: sets the APN. Throws <see cref="ArgumentException"/> for invalid settings.</summary>
        public bool SetApn(ApnSettings settings, IModuleRequestObserver observer, int tag)
        {
            string error = settings.Validate();
            if (error != null)
            {
                throw new ArgumentException(error);
            }

            int length = settings.Write(_json, _scratch, 0, _scratch.Length);
            return Request(TuyaCommand.SetApn, _scratch, 0, length, RequestPurpose.External, observer, tag);
        }

        // hot path: ends every request, answered or not
        void IRequestObserver.OnRequestCompleted(RequestOutcome ended)
        {
            int slot = ended.Tag;
            RequestPurpose purpose = _pending.PurposeAt(slot);
            bool sleepLock = _pending.SleepLockAt(slot);

            // A request ended from inside this call (the link's CancelAll) gets its own outcome, as the link's observers do.
            bool nested = _outcomeInUse;
            ModuleRequestOutcome outcome = nested ? new ModuleRequestOutcome() : _outcome;
            outcome.Command = ended.Command;
            outcome.Tag = _pending.TagAt(slot);
            outcome.Status = (ModuleRequestStatus)ended.Status;
            outcome.Attempts = ended.Attempts;
            outcome.Buffer = ended.Buffer;
            outcome.DataOffset = ended.DataOffset;
            outcome.DataLength = ended.DataLength;
            IModuleRequestObserver caller = _pending.Release(slot);

            _outcomeInUse = true;
            try
            {
                OnRequestEnded(outcome, purpose, sleepLock);
                if (caller != null)
                {
                    caller.OnRequestCompleted(outcome);
                }
            }
            finally
            {
                _outcomeInUse = nested;
            }
        }

        /// <summary>
        /// Reads the answer of a request that ended into the module's state (marking a malformed one
        /// so), and tells the part that asked for <paramref name="purpose"/>; the caller hears it next.
        /// <paramref name="sleepLock"/>: the value a 0xB2 asked for.
        /// </summary>
        internal abstract void OnRequestEnded(ModuleRequestOutcome outcome, RequestPurpose purpose, bool sleepLock);

        /// <summary>Queues <paramref name="command"/> without data, for <paramref name="purpose"/>, with nobody else to tell.</summary>
        internal bool Ask(byte command, RequestPurpose purpose)
        {
            return Request(command, _scratch, 0, 0, purpose, null, 0);
        }

        /// <summary>Queues <paramref name="command"/> with <paramref name="length"/> bytes of <paramref name="data"/>; false when the queue is full.</summary>
        internal bool Request(byte command, byte[] data, int offset, int length, RequestPurpose purpose, IModuleRequestObserver observer, int tag)
        {
            return Enqueue(command, data, offset, length, purpose, observer, tag) >= 0;
        }

        private bool Simple(byte command, IModuleRequestObserver observer, int tag)
        {
            return Request(command, _scratch, 0, 0, RequestPurpose.External, observer, tag);
        }

        private bool Seconds(byte command, uint seconds, IModuleRequestObserver observer, int tag)
        {
            BigEndian.WriteUInt32(_scratch, 0, seconds);
            return Request(command, _scratch, 0, SecondsLength, RequestPurpose.External, observer, tag);
        }

        // Returns the pending slot used, or -1 when nothing could be queued.
        private int Enqueue(byte command, byte[] data, int offset, int length, RequestPurpose purpose, IModuleRequestObserver observer, int tag)
        {
            int slot = _pending.FreeSlot();
            if (slot < 0 || !_link.Enqueue(command, data, offset, length, this, slot))
            {
                return -1;
            }

            _pending.Hold(slot, purpose, observer, tag);
            return slot;
        }
    }
}
