using System;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

// Why this file is long: the request API, the start-up sequence and time keeping share the
// one request queue, the module's state and the purpose of each request's answer, so they live with the
// frame handling that completes them. The DP-command applier is its own class (DpCommandApplier); the
// start-up sequence and time keeping are the next to move out (issue 12, part 2).
namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The MCU's half of every command of Tuya's NB-IoT serial protocol, over a <see cref="TuyaLink"/>.
    /// It answers the module (product info, network status, DP commands, battery check, operating
    /// status), offers one method per MCU request, keeps <see cref="ModuleState"/> up to date from
    /// the answers, runs the start-up sequence (and again when the module restarts), and keeps the
    /// clock in sync. DP commands are validated against the <see cref="DpRegistry"/> and applied
    /// all-or-nothing per frame; the current values are then reported back. A module that does not
    /// start working is brought back by <see cref="ModuleRecovery"/> (reset command, reset line).
    /// </summary>
    public sealed class CommandDispatcher : IModuleCommandHandler, IRequestObserver
    {
        private const string Component = "dispatch";

        private const int PurposeExternal = 0;
        private const int PurposeStartup = 1;
        private const int PurposeTimeSync = 2;
        private const int PurposeReportBack = 3;
        private const int PurposeRecovery = 4;

        private readonly IClock _clock;
        private readonly IRealTimeClock _rtc;
        private readonly DispatcherOptions _options;
        private readonly DpRegistry _dps;
        private readonly IBatteryLevel _battery;
        private readonly ILog _log;
        private readonly TuyaLink _link;
        private readonly ProductInfo _productInfo;
        private readonly JsonWriter _json = new JsonWriter();
        private readonly DpCommandApplier _applier;
        private readonly byte[] _scratch;
        private readonly ModuleState _state = new ModuleState();
        private readonly ModuleRecovery _recovery;
        private IModuleObserver _observer;

        private readonly PendingRequests _pending;

        private StartupStage _stage = StartupStage.AwaitProductQuery;
        private bool _quickStart;
        private int _generation;
        private bool _startupRequestInFlight;
        private long _stageNextActionAt;
        private bool _timeSyncInFlight;
        private long _timeNextAttemptAt = long.MaxValue;

        /// <summary>Creates the dispatcher and the link it runs on.</summary>
        /// <param name="transport">Byte stream to the module.</param>
        /// <param name="clock">Monotonic time.</param>
        /// <param name="rtc">Wall clock, set from the module's GMT time.</param>
        /// <param name="linkOptions">Link timing.</param>
        /// <param name="options">Product information and start-up timing.</param>
        /// <param name="dps">The product's data points and their handlers.</param>
        /// <param name="battery">Battery level for the module's battery check.</param>
        /// <param name="wakePin">The module's PSM wake pin, or null.</param>
        /// <param name="log">Where to log, or null.</param>
        public CommandDispatcher(IByteTransport transport, IClock clock, IRealTimeClock rtc, LinkOptions linkOptions, DispatcherOptions options, DpRegistry dps, IBatteryLevel battery, IDigitalOutput wakePin, ILog log)
        {
            if (rtc == null || options == null || dps == null || battery == null)
            {
                throw new ArgumentNullException(rtc == null ? "rtc" : options == null ? "options" : dps == null ? "dps" : "battery");
            }

            options.Validate();
            _clock = clock;
            _rtc = rtc;
            _options = options;
            _dps = dps;
            _battery = battery;
            _log = log == null ? NullLog.Instance : log;
            _productInfo = options.ToProductInfo();
            _link = new TuyaLink(transport, clock, linkOptions, this, wakePin);
            _scratch = new byte[linkOptions.MaxDataLength];
            _applier = new DpCommandApplier(dps);

            _pending = new PendingRequests(linkOptions.QueueCapacity);
            _stageNextActionAt = clock.UptimeMs + options.ProductQueryWaitMs;
            _recovery = new ModuleRecovery(options, _log);
            if (options.QuickStart)
            {
                UseQuickStart();
            }
            else
            {
                _recovery.Watch(clock.UptimeMs, _link.Statistics);
            }
        }

        /// <summary>
        /// Starts as after a deep-sleep wake (<see cref="DispatcherOptions.QuickStart"/>): nothing is
        /// asked until <see cref="StartLink"/>. Call before the first <see cref="Poll"/>.
        /// </summary>
        public void UseQuickStart()
        {
            _quickStart = true;
            _stageNextActionAt = long.MaxValue;
            _recovery.StopWatching();
        }

        /// <summary>Wires the module's reset line, active at <paramref name="activeLevel"/>, for <see cref="Recovery"/>.</summary>
        public void SetModuleResetLine(IDigitalOutput line, bool activeLevel)
        {
            _recovery.SetLine(line, activeLevel);
        }

        /// <summary>What brings back a module that does not start working.</summary>
        public ModuleRecovery Recovery
        {
            get { return _recovery; }
        }

        /// <summary>True when the cloud cannot be reached for now, so an uplink should be put off (<see cref="ModuleRecovery.IsCloudUnavailable"/>).</summary>
        public bool IsCloudUnavailable
        {
            get { return _recovery.IsCloudUnavailable(_state.NetworkStatus, _clock.UptimeMs); }
        }

        /// <summary>True while a quick start waits for <see cref="StartLink"/>: the module has not been needed since the wake.</summary>
        public bool IsLinkDeferred
        {
            get { return _stage == StartupStage.AwaitProductQuery && _stageNextActionAt == long.MaxValue; }
        }

        /// <summary>
        /// Begins a quick start that waits for the application (<see cref="DispatcherOptions.QuickStart"/>):
        /// the network status is asked for now. Does nothing in any other case, so the application
        /// may call it whenever it has something to send.
        /// </summary>
        public void StartLink()
        {
            if (IsLinkDeferred)
            {
                _stageNextActionAt = _clock.UptimeMs;
                _recovery.Watch(_clock.UptimeMs, _link.Statistics);
            }
        }

        /// <summary>
        /// True while start-up is under way: the module is being asked for product information,
        /// network status, time, identity and signal (not while a quick start waits for
        /// <see cref="StartLink"/>, nor once the module did not come back).
        /// </summary>
        public bool IsStartingUp
        {
            get { return _stage != StartupStage.Done && !IsLinkDeferred && !_recovery.IsUnreachable; }
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

        /// <summary>What is known about the module.</summary>
        public ModuleState State
        {
            get { return _state; }
        }

        /// <summary>Where start-up stands.</summary>
        public StartupStage Stage
        {
            get { return _stage; }
        }

        /// <summary>The registry of data points.</summary>
        public DpRegistry Dps
        {
            get { return _dps; }
        }

        /// <summary>Sets who hears about module events (null for nobody).</summary>
        public void SetObserver(IModuleObserver observer)
        {
            _observer = observer;
        }

        /// <summary>When <see cref="Poll"/> next has work without new bytes arriving.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _link.NextDueMs;
                if (_stage != StartupStage.Done && !_startupRequestInFlight && _stageNextActionAt < due)
                {
                    due = _stageNextActionAt;
                }

                if (!_timeSyncInFlight && _timeNextAttemptAt < due)
                {
                    due = _timeNextAttemptAt;
                }

                long recovery = _recovery.NextDueMs;
                return recovery < due ? recovery : due;
            }
        }

        /// <summary>Runs the link, the start-up sequence and time keeping. Call it from the main loop.</summary>
        public void Poll()
        {
            _link.Poll();
            long now = _clock.UptimeMs;
            int action = _recovery.Poll(now, _link.Statistics);
            if (action == ModuleRecovery.ActionResetCommand && !Request(TuyaCommand.ResetModule, _scratch, 0, 0, PurposeRecovery, null, 0))
            {
                _recovery.ResetCommandEnded(false, now);
            }
            else if (action == ModuleRecovery.ActionProbe && !_link.HasPending(TuyaCommand.GetNetworkStatus))
            {
                Request(TuyaCommand.GetNetworkStatus, _scratch, 0, 0, PurposeExternal, null, 0);
            }

            PollStartup(now);
            PollTimeSync(now);
        }

        /// <summary>
        /// True when the outcome is a success: answered, well-formed, and (for commands with a
        /// result or success flag) saying success.
        /// </summary>
        public static bool IsSuccess(RequestOutcome outcome)
        {
            if (outcome.Status != RequestStatus.Answered)
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
                    return outcome.FirstDataByte == 1;
                default:
                    return true;
            }
        }

        // ----- MCU requests -----

        /// <summary>0x05: reports DP units (already encoded) as real-time status.</summary>
        public bool ReportStatus(byte[] dps, int offset, int length, IRequestObserver observer, int tag)
        {
            return Request(TuyaCommand.ReportRealTimeStatus, dps, offset, length, PurposeExternal, observer, tag);
        }

        /// <summary>
        /// 0x08: reports DP units as a record stamped <paramref name="unixSeconds"/> (UTC), or with
        /// the module's clock when <paramref name="unixSeconds"/> is negative.
        /// </summary>
        public bool ReportRecord(long unixSeconds, byte[] dps, int offset, int length, IRequestObserver observer, int tag)
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
            return Request(TuyaCommand.ReportRecordData, _scratch, 0, TuyaTime.TimestampLength + length, PurposeExternal, observer, tag);
        }

        /// <summary>0x03: resets the module to factory settings.</summary>
        public bool ResetModule(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.ResetModule, observer, tag);
        }

        /// <summary>0x06: asks for local time (updates the time-zone offset).</summary>
        public bool QueryLocalTime(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetLocalTime, observer, tag);
        }

        /// <summary>0x10: asks for GMT time (sets the clock).</summary>
        public bool QueryGmtTime(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetGmtTime, observer, tag);
        }

        /// <summary>0x0B: asks for the signal strength.</summary>
        public bool QuerySignal(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.QuerySignalStrength, observer, tag);
        }

        /// <summary>0x2B: asks for the network status.</summary>
        public bool QueryNetworkStatus(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetNetworkStatus, observer, tag);
        }

        /// <summary>0xB1: sends a heartbeat packet.</summary>
        public bool SendHeartbeat(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.SendHeartbeat, observer, tag);
        }

        /// <summary>0xB2: locks (no automatic sleep) or unlocks the module's sleep.</summary>
        public bool SetSleepLock(bool locked, IRequestObserver observer, int tag)
        {
            _scratch[0] = locked ? CommandResult.SleepLocked : CommandResult.SleepUnlocked;
            int slot = Enqueue(TuyaCommand.SetSleepLock, _scratch, 0, 1, PurposeExternal, observer, tag);
            if (slot < 0)
            {
                return false;
            }

            _pending.SetSleepLock(slot, locked);
            return true;
        }

        /// <summary>0xB3: sets the network heartbeat interval, seconds.</summary>
        public bool SetHeartbeatInterval(uint seconds, IRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetHeartbeatInterval, seconds, observer, tag);
        }

        /// <summary>0xB5: asks for the IMSI.</summary>
        public bool QueryImsi(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetImsi, observer, tag);
        }

        /// <summary>0xB6: asks for the ICCID.</summary>
        public bool QueryIccid(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetIccid, observer, tag);
        }

        /// <summary>0xB7: asks for the extended signal quality.</summary>
        public bool QueryCesq(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetCesq, observer, tag);
        }

        /// <summary>0xB9: sets the T3324 active timer, seconds.</summary>
        public bool SetT3324(uint seconds, IRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetT3324, seconds, observer, tag);
        }

        /// <summary>0xBB: asks whether the device is bound.</summary>
        public bool QueryBindingStatus(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.QueryBindingStatus, observer, tag);
        }

        /// <summary>0xBD: asks for the IMEI.</summary>
        public bool QueryImei(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetImei, observer, tag);
        }

        /// <summary>0xBF: asks for the operating status.</summary>
        public bool QueryOperatingStatus(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.GetOperatingStatus, observer, tag);
        }

        /// <summary>0xC0: tells the module to sleep.</summary>
        public bool RequestModuleSleep(IRequestObserver observer, int tag)
        {
            return Simple(TuyaCommand.SetDeviceSleep, observer, tag);
        }

        /// <summary>0xC1: sets the wake-up interval for retained record data, seconds (the module uses at least 120).</summary>
        public bool SetRecordWakeUpInterval(uint seconds, IRequestObserver observer, int tag)
        {
            return Seconds(TuyaCommand.SetRecordWakeUpInterval, seconds, observer, tag);
        }

        /// <summary>0xC2: sets the APN. Throws <see cref="ArgumentException"/> for invalid settings.</summary>
        public bool SetApn(ApnSettings settings, IRequestObserver observer, int tag)
        {
            string error = settings.Validate();
            if (error != null)
            {
                throw new ArgumentException(error);
            }

            int length = settings.Write(_json, _scratch, 0, _scratch.Length);
            return Request(TuyaCommand.SetApn, _scratch, 0, length, PurposeExternal, observer, tag);
        }

        // ----- answers to the module -----

        // hot path: answers every command frame the module sends
        int IModuleCommandHandler.Answer(Frame command, byte[] answer, int answerOffset, int answerCapacity)
        {
            switch (command.Command)
            {
                case TuyaCommand.QueryProductInfo:
                    OnProductQuery();
                    int length = _productInfo.Write(_json, answer, answerOffset, answerCapacity);
                    if (length < 0)
                    {
                        _log.Write(LogLevel.Error, Component, "product information does not fit in a frame");
                        return -1;
                    }

                    return length;

                case TuyaCommand.ReportNetworkStatus:
                    if (command.DataLength == 1 && NetworkStatus.IsValid(command.DataAt(0)))
                    {
                        SetNetworkStatus(command.DataAt(0));
                    }
                    else
                    {
                        _log.Write(LogLevel.Warning, Component, "ignored malformed network status report");
                    }

                    return 0;

                case TuyaCommand.SendCommand:
                    ApplyDpCommand(command);
                    return 0;

                case TuyaCommand.CheckBatteryLevel:
                    int percent = _battery.Percent;
                    bool ok = percent < 0 || percent >= _options.BatteryThresholdPercent;
                    answer[answerOffset] = ok ? CommandResult.BatteryOk : CommandResult.BatteryLow;
                    return 1;

                case TuyaCommand.ReportOperatingStatus:
                    if (command.DataLength == 1 && OperatingStatus.IsValid(command.DataAt(0)))
                    {
                        SetOperatingStatus(command.DataAt(0));
                    }
                    else
                    {
                        _log.Write(LogLevel.Warning, Component, "ignored malformed operating status report");
                    }

                    // The spec shows no answer format for 0xBE; an empty acknowledgement, like 0x02's, tells the module the MCU is alive.
                    return 0;

                default:
                    return -1;
            }
        }

        void IModuleCommandHandler.OnUnexpectedFrame(Frame frame)
        {
            if (frame.Command == TuyaCommand.ReportRecordData && frame.DataLength == 1 && frame.DataAt(0) == CommandResult.RecordStoredPending)
            {
                // The module uploaded a record it had retained, and says so unprompted.
                _state.RetainedRecordsUploaded++;
                return;
            }

            string name = TuyaCommand.GetName(frame.Command);
            _log.Write(LogLevel.Warning, Component, (name == null ? "unknown command 0x" : "unexpected " + name + " 0x") + frame.Command.ToString("X2") + " ignored");
        }

        // ----- outcomes of requests -----

        // hot path: handles the outcome of every request, answered or not
        void IRequestObserver.OnRequestCompleted(RequestOutcome outcome)
        {
            int slot = outcome.Tag;
            int purpose = _pending.PurposeAt(slot);
            int generation = _pending.GenerationAt(slot);
            int callerTag = _pending.TagAt(slot);
            bool sleepLock = _pending.SleepLockAt(slot);
            IRequestObserver caller = _pending.Release(slot);

            if (outcome.Status == RequestStatus.Answered)
            {
                string error = ApplyAnswer(outcome, sleepLock);
                if (error != null)
                {
                    outcome.Status = RequestStatus.Malformed;
                    _log.Write(LogLevel.Warning, Component, "malformed answer to " + TuyaCommand.GetName(outcome.Command) + ": " + error);
                }
            }
            long now = _clock.UptimeMs;
            if (outcome.Status == RequestStatus.TimedOut)
            {
                _log.Write(LogLevel.Warning, Component, TuyaCommand.GetName(outcome.Command) + " timed out after " + outcome.Attempts.ToString() + " attempt(s)");
                OnUnanswered(outcome.Command, now);
            }

            if (purpose == PurposeStartup && generation == _generation)
            {
                OnStartupRequestDone(outcome, now);
            }
            else if (purpose == PurposeTimeSync)
            {
                _timeSyncInFlight = false;
                if (outcome.Command == TuyaCommand.GetGmtTime && IsSuccess(outcome) && !_state.HasLocalOffset
                    && Request(TuyaCommand.GetLocalTime, _scratch, 0, 0, PurposeTimeSync, null, 0))
                {
                    // The time-zone offset needs local time read soon after GMT.
                    _timeSyncInFlight = true;
                }
                else
                {
                    ScheduleTimeSync(now);
                }
            }
            else if (purpose == PurposeReportBack && !IsSuccess(outcome))
            {
                _log.Write(LogLevel.Warning, Component, "DP state report after a command failed");
            }
            else if (purpose == PurposeRecovery)
            {
                _recovery.ResetCommandEnded(outcome.Status == RequestStatus.Answered, now);
            }

            if (caller != null)
            {
                outcome.Tag = callerTag;
                caller.OnRequestCompleted(outcome);
            }
        }

        // sleepLock: the value a SetSleepLock request asked for (its answer carries none).
        private string ApplyAnswer(RequestOutcome o, bool sleepLock)
        {
            byte[] b = o.Buffer;
            int at = o.DataOffset;
            int length = o.DataLength;
            bool success;
            long seconds;
            string error;
            switch (o.Command)
            {
                case TuyaCommand.GetGmtTime:
                    error = TuyaTime.DecodeReply(b, at, length, out success, out seconds);
                    if (error == null && success)
                    {
                        long unix = seconds;
                        _rtc.Set(unix);
                        _state.TimeSyncedAtMs = _clock.UptimeMs;
                        if (_observer != null)
                        {
                            _observer.OnTimeSynced(unix);
                        }
                    }

                    return error;

                case TuyaCommand.GetLocalTime:
                    error = TuyaTime.DecodeReply(b, at, length, out success, out seconds);
                    if (error == null && success && _rtc.IsSet)
                    {
                        // Round to the minute: the two replies come a moment apart.
                        long offset = seconds - _rtc.UnixSeconds;
                        _state.LocalOffsetSeconds = (int)((offset >= 0 ? offset + 30 : offset - 30) / 60 * 60);
                        _state.HasLocalOffset = true;
                    }

                    return error;

                case TuyaCommand.QuerySignalStrength:
                    int level;
                    error = SignalQuality.DecodeSignalReply(b, at, length, out success, out level);
                    if (error == null)
                    {
                        _state.RsrpLevel = level;
                    }

                    return error;

                case TuyaCommand.GetNetworkStatus:
                    if (length != 1 || !NetworkStatus.IsValid(b[at]))
                    {
                        return "network status must be one byte 1..4";
                    }

                    SetNetworkStatus(b[at]);
                    return null;

                case TuyaCommand.GetOperatingStatus:
                    if (length != 1 || !OperatingStatus.IsValid(b[at]))
                    {
                        return "operating status must be one byte 0..7";
                    }

                    SetOperatingStatus(b[at]);
                    return null;

                case TuyaCommand.GetImei:
                case TuyaCommand.GetImsi:
                case TuyaCommand.GetIccid:
                    error = ModuleIdentity.Validate(o.Command, b, at, length);
                    if (error == null)
                    {
                        string text = ModuleIdentity.ToText(b, at, length);
                        if (o.Command == TuyaCommand.GetImei)
                        {
                            _state.Imei = text;
                        }
                        else if (o.Command == TuyaCommand.GetImsi)
                        {
                            _state.Imsi = text;
                        }
                        else
                        {
                            _state.Iccid = text;
                        }
                    }

                    return error;

                case TuyaCommand.GetCesq:
                    error = SignalQuality.ValidateCesq(b, at, length);
                    if (error == null)
                    {
                        Array.Copy(b, at, _state.Cesq, 0, SignalQuality.CesqLength);
                        _state.HasCesq = true;
                    }

                    return error;

                case TuyaCommand.QueryBindingStatus:
                    if (length != 1 || b[at] > 1)
                    {
                        return "binding status must be one byte 0 or 1";
                    }

                    _state.Bound = b[at];
                    return null;

                case TuyaCommand.ReportRealTimeStatus:
                case TuyaCommand.ReportRecordData:
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                case TuyaCommand.SetApn:
                    if (length != 1 || !CommandResult.IsDefined(o.Command, b[at]))
                    {
                        return "expected a one-byte result the spec defines";
                    }

                    return null;

                case TuyaCommand.SetSleepLock:
                    _state.SleepLocked = sleepLock;
                    if (_observer != null)
                    {
                        _observer.OnSleepLockSet(sleepLock);
                    }

                    return null;

                default:
                    // Reset and sleep are acknowledged with no data.
                    return null;
            }
        }

        // ----- DP commands -----

        // hot path: validates and applies every DP command frame
        private void ApplyDpCommand(Frame frame)
        {
            int units;
            string error = _applier.Apply(frame, out units);
            if (error == null)
            {
                _state.DpCommandsApplied += units;
            }
            else
            {
                _state.DpCommandsRejected++;
                _state.LastDpError = error;
                _log.Write(LogLevel.Warning, Component, "DP command refused: " + error);
            }

            int length = _applier.WriteReportBack(_scratch, 0, _scratch.Length);
            if (length > 0 && !Request(TuyaCommand.ReportRealTimeStatus, _scratch, 0, length, PurposeReportBack, null, 0))
            {
                _state.ReportsDropped++;
                _log.Write(LogLevel.Warning, Component, "queue full: DP state report after a command dropped");
            }
        }

        // ----- start-up, restarts and time -----

        private void OnProductQuery()
        {
            // The module asks only when it boots: nothing it was asked before will be answered.
            _link.ForgetExpectedAnswers();
            _recovery.ModuleAsked(_clock.UptimeMs);
            if (_stage != StartupStage.AwaitProductQuery)
            {
                // The module asks only when it boots: it restarted.
                _state.Restarts++;
                _log.Write(LogLevel.Info, Component, "module restarted; start-up runs again");
                if (_state.NetworkStatus != NetworkStatus.Unknown)
                {
                    _state.NetworkStatus = NetworkStatus.Unknown;
                    if (_observer != null)
                    {
                        _observer.OnNetworkStatusChanged(NetworkStatus.Unknown);
                    }
                }

                if (_observer != null)
                {
                    _observer.OnModuleRestarted();
                }
            }

            EnterStage(StartupStage.AwaitNetwork, _clock.UptimeMs);
        }

        private void EnterStage(StartupStage stage, long now)
        {
            _generation++;
            _stage = stage;
            _startupRequestInFlight = false;
            _stageNextActionAt = stage == StartupStage.AwaitNetwork ? now + _options.NetworkPollMs : now;
            if (stage == StartupStage.Done && _observer != null)
            {
                _observer.OnStartupComplete();
            }
        }

        // A request went unanswered after every retry: the module may have stopped working.
        private void OnUnanswered(byte command, long now)
        {
            if (command != TuyaCommand.ResetModule)
            {
                _recovery.WatchAlive(now, _link.Statistics);
            }

            if (command == TuyaCommand.GetNetworkStatus)
            {
                _recovery.ProbeFailed(now);
            }
        }

        private void PollStartup(long now)
        {
            // A module that did not come back is not polled: recovery tries again in its time.
            if (_stage == StartupStage.Done || _startupRequestInFlight || (_recovery.IsUnreachable && _stage < StartupStage.GmtTime))
            {
                return;
            }

            if (_stage == StartupStage.AwaitNetwork && _state.NetworkStatus != NetworkStatus.Unknown)
            {
                EnterStage(StartupStage.GmtTime, now);
            }

            if (_stage == StartupStage.AwaitProductQuery && _quickStart && _state.NetworkStatus != NetworkStatus.Unknown)
            {
                EnterStage(StartupStage.Done, now);
                return;
            }

            if (now < _stageNextActionAt)
            {
                return;
            }

            byte command;
            switch (_stage)
            {
                case StartupStage.AwaitProductQuery:
                case StartupStage.AwaitNetwork:
                    // The module never asked (the MCU restarted alone) or status is late: ask.
                    command = TuyaCommand.GetNetworkStatus;
                    break;
                case StartupStage.GmtTime:
                    command = TuyaCommand.GetGmtTime;
                    break;
                case StartupStage.LocalTime:
                    command = TuyaCommand.GetLocalTime;
                    break;
                case StartupStage.Imei:
                    command = TuyaCommand.GetImei;
                    break;
                case StartupStage.Imsi:
                    command = TuyaCommand.GetImsi;
                    break;
                case StartupStage.Iccid:
                    command = TuyaCommand.GetIccid;
                    break;
                default:
                    command = TuyaCommand.QuerySignalStrength;
                    break;
            }

            if (Request(command, _scratch, 0, 0, PurposeStartup, null, 0))
            {
                _startupRequestInFlight = true;
            }
        }

        private void OnStartupRequestDone(RequestOutcome outcome, long now)
        {
            _startupRequestInFlight = false;
            switch (_stage)
            {
                case StartupStage.AwaitProductQuery:
                case StartupStage.AwaitNetwork:
                    if (_state.NetworkStatus != NetworkStatus.Unknown)
                    {
                        EnterStage(_quickStart && _stage == StartupStage.AwaitProductQuery ? StartupStage.Done : StartupStage.GmtTime, now);
                    }
                    else
                    {
                        _stageNextActionAt = now + (_stage == StartupStage.AwaitNetwork ? _options.NetworkPollMs : _options.ProductQueryWaitMs);
                    }

                    return;
                case StartupStage.GmtTime:
                    if (!IsSuccess(outcome))
                    {
                        // Time keeping retries on its own; identity need not wait for the cloud.
                        ScheduleTimeSync(now);
                    }

                    EnterStage(StartupStage.LocalTime, now);
                    return;
                case StartupStage.Signal:
                    EnterStage(StartupStage.Done, now);
                    ScheduleTimeSync(now);
                    return;
                default:
                    EnterStage(_stage + 1, now);
                    return;
            }
        }

        private void ScheduleTimeSync(long now)
        {
            bool synced = _state.TimeSyncedAtMs >= 0;
            _timeNextAttemptAt = synced ? _state.TimeSyncedAtMs + _options.TimeResyncMs : now + _options.TimeRetryMs;
        }

        private void PollTimeSync(long now)
        {
            if (_timeSyncInFlight || now < _timeNextAttemptAt || _stage < StartupStage.LocalTime)
            {
                return;
            }

            // Time comes from the cloud: without it the query only fails.
            if (!_state.IsCloudConnected)
            {
                _timeNextAttemptAt = now + _options.TimeRetryMs;
                return;
            }

            if (Request(TuyaCommand.GetGmtTime, _scratch, 0, 0, PurposeTimeSync, null, 0))
            {
                _timeSyncInFlight = true;
                _timeNextAttemptAt = long.MaxValue;
            }
        }

        private void SetNetworkStatus(byte status)
        {
            if (status >= NetworkStatus.NetworkFound)
            {
                _recovery.NetworkSeen();
            }

            if (status == _state.NetworkStatus)
            {
                return;
            }

            _state.NetworkStatus = status;
            _log.Write(LogLevel.Info, Component, "network status " + status.ToString() + " (" + NetworkStatus.GetName(status) + ")");
            if (status == NetworkStatus.CloudConnected && _state.TimeSyncedAtMs < 0 && _stage > StartupStage.GmtTime && !_timeSyncInFlight)
            {
                _timeNextAttemptAt = _clock.UptimeMs;
            }

            if (_observer != null)
            {
                _observer.OnNetworkStatusChanged(status);
            }
        }

        private void SetOperatingStatus(byte status)
        {
            if (status == _state.OperatingStatus)
            {
                return;
            }

            _state.OperatingStatus = status;
            if (_observer != null)
            {
                _observer.OnOperatingStatusChanged(status);
            }
        }

        // ----- queuing -----

        private bool Simple(byte command, IRequestObserver observer, int tag)
        {
            return Request(command, _scratch, 0, 0, PurposeExternal, observer, tag);
        }

        private bool Seconds(byte command, uint seconds, IRequestObserver observer, int tag)
        {
            BigEndian.WriteUInt32(_scratch, 0, seconds);
            return Request(command, _scratch, 0, 4, PurposeExternal, observer, tag);
        }

        private bool Request(byte command, byte[] data, int offset, int length, int purpose, IRequestObserver observer, int tag)
        {
            return Enqueue(command, data, offset, length, purpose, observer, tag) >= 0;
        }

        // Returns the pending slot used, or -1 when nothing could be queued.
        private int Enqueue(byte command, byte[] data, int offset, int length, int purpose, IRequestObserver observer, int tag)
        {
            int slot = _pending.FreeSlot();
            if (slot < 0 || !_link.Enqueue(command, data, offset, length, this, slot))
            {
                return -1;
            }

            _pending.Hold(slot, purpose, _generation, observer, tag);
            return slot;
        }
    }
}
