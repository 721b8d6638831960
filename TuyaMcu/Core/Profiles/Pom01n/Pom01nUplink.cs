// Over 400 lines: one state machine (TDC, signal query, report, acknowledgement, retry) whose stage
// and flags share one field; what can stand alone is in Pom01nDelivery and Pom01nPayload/Json.
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's uplink, as a state machine the application starts and the module's answers
    /// drive: when one is due (at once on an event, every TDC, on the button, at start-up, again
    /// after a failure with the back-off of <see cref="UplinkRetry"/>), the signal query, then the
    /// report of the state DPs and the payload (hex or General JSON). It delivers the log: every
    /// uplink carries the entries no acknowledged uplink has carried yet, oldest first (at most
    /// AT+CLOCKLOG d of them, all 32 when an event waits), and the last one carried is marked
    /// delivered only when the module acknowledges the report. Also the report of the settings a
    /// change took, so the cloud shows them. Allocates nothing.
    /// </summary>
    public sealed class Pom01nUplink : IModuleRequestObserver
    {
        private const string Component = "pom01n";
        private const int TagSignal = -1;
        private const int TagReport = -2;
        private const int TagSettings = -3;
        private const int TagRejoin = -4;
        private const int FlagDue = 1;
        private const int FlagOnline = 2;
        private const int FlagStarted = 4;
        private const int FlagSettingsReport = 8;
        private const int StageSignal = 16;
        private const int StageReport = 32;
        private const int StageMask = StageSignal | StageReport;
        private const int FlagRejoin = 64;
        private const int FlagRejoinSent = 128;
        private const int RejoinMask = FlagRejoin | FlagRejoinSent;

        // The platform's parts (dispatcher, clock, log) are reached through the device on the uplink's
        // own path rather than held: a reference held is a 12-byte block of heap.
        private readonly Device _device;
        private readonly UplinkRetry _retry;
        private readonly Pom01nEvents _events;
        private readonly Pom01nState _state;
        private readonly Pom01nSettings _settings;
        private readonly Pom01nLed _led;
        private readonly Pom01nPayload _payload = new Pom01nPayload();
        private readonly Pom01nJson _json = new Pom01nJson();
        private readonly DpWriter _writer = new DpWriter();
        private readonly byte[] _lastPayload = new byte[Pom01nPayload.MaxLength];
        private readonly int _firmware;

        private long _nextTdcAt;

        // The flags above and the stage (idle, signal query, report) in one field: a field is a
        // 12-byte block of heap whatever its type.
        private int _flags;
        private uint _inFlightNewest;
        private int _inFlightCount;
        private int _lastPayloadLength;

        /// <summary>Sends through <paramref name="device"/>'s dispatcher the state of <paramref name="events"/> and the entries of its log.</summary>
        public Pom01nUplink(Device device, Pom01nEvents events, Pom01nState state, Pom01nSettings settings, Pom01nLed led)
        {
            _device = device;
            _retry = device.Retry;
            _events = events;
            _state = state;
            _settings = settings;
            _led = led;
            _firmware = Pom01nPayload.FirmwareByte(device.Options.Dispatcher.McuVersion);
        }

        /// <summary>True when an uplink is to go as soon as the module and the cloud allow.</summary>
        public bool Due
        {
            get { return (_flags & FlagDue) != 0; }
            set { SetFlag(FlagDue, value); }
        }

        /// <summary>True while the cloud is connected (the application follows the network status).</summary>
        public bool Online
        {
            get { return (_flags & FlagOnline) != 0; }
            private set { SetFlag(FlagOnline, value); }
        }

        /// <summary>True once the dispatcher's start-up is complete.</summary>
        public bool Started
        {
            get { return (_flags & FlagStarted) != 0; }
            private set { SetFlag(FlagStarted, value); }
        }

        /// <summary>True while the settings' report waits to be sent (a change was taken).</summary>
        public bool SettingsReportDue
        {
            get { return (_flags & FlagSettingsReport) != 0; }
            set { SetFlag(FlagSettingsReport, value); }
        }

        /// <summary>True when an uplink can start now.</summary>
        public bool IsReady
        {
            get { return (_flags & (FlagDue | FlagOnline | FlagStarted | StageMask | RejoinMask)) == (FlagDue | FlagOnline | FlagStarted); }
        }

        /// <summary>True when no uplink and no rejoin is under way.</summary>
        public bool IsIdle
        {
            get { return (_flags & (StageMask | RejoinMask)) == 0; }
        }

        /// <summary>True while a rejoin waits to be sent (the request queue was full).</summary>
        public bool RejoinDue
        {
            get { return (_flags & FlagRejoin) != 0; }
        }

        /// <summary>When the next TDC uplink falls (uptime).</summary>
        public long NextTdcAt
        {
            get { return _nextTdcAt; }
        }

        /// <summary>Uplinks started.</summary>
        public long Uplinks { get; private set; }

        /// <summary>Uplinks the module acknowledged.</summary>
        public long Acknowledged { get; private set; }

        /// <summary>Uplinks that failed or were put off.</summary>
        public long Failures { get; private set; }

        /// <summary>The last payload the module acknowledged, in the hex layout (AT+LDATA).</summary>
        public byte[] LastPayload
        {
            get { return _lastPayload; }
        }

        /// <summary>Bytes of <see cref="LastPayload"/>, 0 before the first acknowledged uplink.</summary>
        public int LastPayloadLength
        {
            get { return _lastPayloadLength; }
        }

        /// <summary>Log entries no acknowledged uplink has carried yet (the newest ones).</summary>
        public int Undelivered
        {
            get
            {
                int pending;
                Sendable(0, out pending);
                return pending;
            }
        }

        /// <summary>The firmware version as the payload carries it (1.0.0).</summary>
        public string FirmwareText
        {
            get
            {
                _payload.Firmware = _firmware < 0 ? 0 : _firmware;
                return _payload.FirmwareText();
            }
        }

        /// <summary>The TDC continues in wall-clock time from the one saved before a sleep or reboot; without a clock, a whole TDC from now.</summary>
        public void Setup(long nowMs)
        {
            IRealTimeClock rtc = _device.Hardware.Rtc;
            bool clock = rtc.IsSet;
            long unix = clock ? rtc.UnixSeconds : 0;
            long wait = _state.NextTdcUnix - unix;
            _nextTdcAt = clock && _state.NextTdcUnix >= 0 ? nowMs + (wait < 0 ? 0 : wait) * 1000 : nowMs + _settings.TdcSeconds * 1000L;
        }

        /// <summary>
        /// One pass: the TDC and a retry make an uplink due, the settings' report goes, the link is
        /// started when there is something to send, and a due uplink starts, or is put off while the
        /// cloud is out of reach.
        /// </summary>
        public void Loop(long now)
        {
            if (now >= _nextTdcAt)
            {
                SetTdcDue(now, Next(_nextTdcAt, _settings.TdcSeconds, now));
                Due |= !_retry.JustFailed(now);
            }

            if (now >= _retry.RetryAtMs)
            {
                _retry.Started();
                Due = true;
            }

            if (SettingsReportDue)
            {
                ReportSettings();
            }

            if ((_flags & FlagRejoin) != 0 && _device.Dispatcher.ResetModule(this, TagRejoin))
            {
                // A full queue: tried again on the next pass.
                _flags = (_flags & ~FlagRejoin) | FlagRejoinSent;
            }

            if (Due && !Started)
            {
                // After a deep-sleep wake the link waits until there is something to send.
                _device.Dispatcher.StartLink();
            }

            if (IsReady)
            {
                Start(now);
            }
            else if (Due && !Online && _device.Dispatcher.IsCloudUnavailable)
            {
                PutOff(now);
            }
        }

        /// <summary>The next TDC uplink falls at <paramref name="dueMs"/> (uptime), kept in wall-clock time across sleeps.</summary>
        public void SetTdcDue(long now, long dueMs)
        {
            IRealTimeClock rtc = _device.Hardware.Rtc;
            _nextTdcAt = dueMs;
            _state.NextTdcUnix = rtc.IsSet ? rtc.UnixSeconds + (dueMs - now) / 1000 : -1;
        }

        /// <summary>The TDC changed: the next one falls a whole TDC from now.</summary>
        public void RestartTdc(long now)
        {
            SetTdcDue(now, now + _settings.TdcSeconds * 1000L);
        }

        /// <summary>
        /// The ACT button's long press (activate): asks the module to attach and register again with
        /// the protocol's reset command (0x03, "the module is restored to factory settings and sends an
        /// activation request to the cloud"), then uplinks once the module is back on the cloud.
        /// </summary>
        public void RequestRejoin()
        {
            _flags |= FlagRejoin | FlagDue;
        }

        /// <summary>The cloud connected (or went): back online, what waits goes now.</summary>
        public void SetOnline(bool online)
        {
            if (online && !Online)
            {
                Due |= _retry.IsOwed || HasUndelivered();
            }

            Online = online;
        }

        /// <summary>The dispatcher's start-up is complete: a cold boot uplinks at once, a wake only when something is due.</summary>
        public void OnStartupComplete()
        {
            if (!Started)
            {
                Started = true;
                Due |= !_device.IsResumed;
            }
        }

        /// <summary>
        /// Fills <paramref name="payload"/> as the next uplink sends it: the current state and up to
        /// <paramref name="maxEntries"/> of the log entries not yet delivered, oldest first (newest
        /// first in the payload). Returns how many entries it carries.
        /// </summary>
        public int FillPayload(Pom01nPayload payload, int maxEntries)
        {
            ModuleState module = _device.Dispatcher.State;
            IRealTimeClock rtc = _device.Hardware.Rtc;
            _device.Identity.AdoptImei(module.Imei);
            _device.Identity.CopyTo(payload.DeviceId, 0);
            payload.SetImsi(module.Imsi);
            payload.Firmware = _firmware < 0 ? 0 : _firmware;
            int mv = _device.Battery.Millivolts;
            payload.BatteryMv = mv < 0 ? 0 : mv;
            payload.Signal = SignalConversion.RsrpLevelToCsq(module.RsrpLevel);
            payload.Mod = 1;
            payload.PowerOutage = _events.PowerOutage ? 1 : 0;
            payload.LowVoltage = _events.LowVoltage ? 1 : 0;
            payload.Timestamp = rtc.IsSet ? rtc.UnixSeconds : 0;

            int pending;
            int count = Sendable(maxEntries, out pending);
            payload.TakeRange(_state.Log, pending - count, count);
            return count;
        }

        void IModuleRequestObserver.OnRequestCompleted(ModuleRequestOutcome outcome)
        {
            long now = _device.Hardware.Clock.UptimeMs;
            if (outcome.Tag == TagSignal)
            {
                SendReport(now);
                return;
            }

            if (outcome.Tag == TagRejoin)
            {
                OnRejoinCompleted(CommandDispatcher.IsSuccess(outcome));
                return;
            }

            if (outcome.Tag != TagReport)
            {
                return;
            }

            SetStage(0);
            if (!CommandDispatcher.IsSuccess(outcome))
            {
                Failures++;
                _retry.Failed(now, _settings.TdcSeconds, outcome.Status == ModuleRequestStatus.Answered);
                ILog log = _device.Hardware.Log;
                if (log != null)
                {
                    log.Write(LogLevel.Warning, Component, "uplink not acknowledged; its log entries wait for the next one");
                }

                return;
            }

            Acknowledged++;
            _retry.Succeeded();
            _lastPayloadLength = _payload.Encode(_lastPayload, 0);
            if (_inFlightCount > 0)
            {
                _state.Delivered = _inFlightNewest;
                _device.Persistence.StateChanged(0, true);

                // More waiting (a backlog larger than one uplink): the next goes at once.
                Due |= HasUndelivered();
            }
        }

        // The module took the reset: it leaves the network and joins again, and the uplink waits for
        // it (the dispatcher reports the network status as it comes back). Not taken: nothing changed
        // and the uplink goes as it would have.
        private void OnRejoinCompleted(bool taken)
        {
            SetFlag(FlagRejoinSent, false);
            if (taken)
            {
                Online = false;
                return;
            }

            ILog log = _device.Hardware.Log;
            if (log != null)
            {
                log.Write(LogLevel.Warning, Component, "the module did not take the rejoin request");
            }
        }

        private bool HasUndelivered()
        {
            int pending;
            return Sendable(Pom01nPayload.MaxEntries, out pending) > 0;
        }

        private int Sendable(int maxEntries, out int pending)
        {
            return Pom01nDelivery.Sendable(_state.Log, _state.Delivered, _settings.ClockLog.EntriesPerUplink, maxEntries, out pending);
        }

        private void Start(long now)
        {
            Due = false;
            _retry.Started();
            Uplinks++;
            _led.Show(LedPattern.Uplink, now);
            SetStage(StageSignal);
            if (!_device.Dispatcher.QuerySignal(this, TagSignal))
            {
                SendReport(now);
            }
        }

        private void SendReport(long now)
        {
            CommandDispatcher dispatcher = _device.Dispatcher;
            IRealTimeClock rtc = _device.Hardware.Rtc;
            byte[] report = dispatcher.ReportBuffer;
            _writer.Reset(report, 0, report.Length);
            WriteCurrent(Pom01nDp.PowerOutage);
            WriteCurrent(Pom01nDp.LowVoltage);
            WriteCurrent(Pom01nDp.BatteryPercentage);
            WriteCurrent(Pom01nDp.BatteryVoltage);
            WriteCurrent(Pom01nDp.SignalStrength);
            int entries = Pom01nPayload.MaxEntries;
            bool written = false;
            while (!written && entries >= 0)
            {
                _inFlightCount = FillPayload(_payload, entries);
                written = _settings.PayloadType == Pom01nSettings.JsonPayload ? WriteJson() : WriteHex();

                // Too long for the frame: one entry fewer (the newest waits for the next uplink).
                entries = _inFlightCount - 1;
            }

            _inFlightNewest = 0;
            if (_inFlightCount > 0)
            {
                int pending;
                Sendable(_inFlightCount, out pending);
                _inFlightNewest = _state.Log.SequenceAt(pending - _inFlightCount);
            }

            if (rtc.IsSet)
            {
                _state.Schedule.OnUplink(rtc.UnixSeconds);
            }

            SetStage(StageReport);
            if (!dispatcher.ReportStatus(report, 0, _writer.Length, this, TagReport))
            {
                // The request queue is full (the module is busy): the uplink waits.
                SetStage(0);
                Due = true;
            }
        }

        // The DP's value as its handler (the profile's) writes it.
        private void WriteCurrent(byte dp)
        {
            _device.Dispatcher.Dps.HandlerOf(dp).WriteCurrent(dp, _writer);
        }

        private bool WriteHex()
        {
            int at = _writer.ReserveRaw(Pom01nDp.Pom01nPayload, _payload.EncodedLength);
            if (at < 0)
            {
                return false;
            }

            _payload.Encode(_writer.Buffer, at);
            return true;
        }

        private bool WriteJson()
        {
            int at = _writer.NextValueOffset;
            int room = _writer.Remaining - DpType.UnitHeaderLength;
            int length = room <= 0 ? -1 : _json.Write(_payload, _writer.Buffer, at, room < Pom01nSchema.MaxJsonLength ? room : Pom01nSchema.MaxJsonLength);
            return length >= 0 && _writer.CloseString(Pom01nDp.Pom01nJson, length);
        }

        // The cloud is out of reach: the chip need not wait for it; the uplink is tried again later.
        private void PutOff(long now)
        {
            Due = false;
            Failures++;
            _retry.Failed(now, _settings.TdcSeconds, false);
        }

        private void ReportSettings()
        {
            CommandDispatcher dispatcher = _device.Dispatcher;
            byte[] report = dispatcher.ReportBuffer;
            _writer.Reset(report, 0, report.Length);
            for (byte dp = Pom01nDp.ReportInterval; dp <= Pom01nDp.PayloadFormat; dp++)
            {
                WriteCurrent(dp);
            }

            // A full queue: tried again on the next pass.
            SettingsReportDue = !dispatcher.ReportStatus(report, 0, _writer.Length, this, TagSettings);
        }

        private void SetFlag(int flag, bool on)
        {
            _flags = on ? _flags | flag : _flags & ~flag;
        }

        private void SetStage(int stage)
        {
            _flags = (_flags & ~StageMask) | stage;
        }

        private static long Next(long due, int intervalSeconds, long now)
        {
            long next = due + intervalSeconds * 1000L;

            // After a deep sleep or a long stall, the missed ones are skipped rather than burst.
            return next <= now ? now + intervalSeconds * 1000L : next;
        }
    }
}
