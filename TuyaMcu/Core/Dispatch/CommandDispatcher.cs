// About 400 lines, on purpose: what is left here is one job, the hand-off between the module's
// commands, the pending table and the parts that asked. Cutting it further would put another
// object and another call on every frame's path on the nanoCLR interpreter.
using System;
using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The MCU's half of every command of Tuya's NB-IoT serial protocol, over a <see cref="TuyaLink"/>
    /// it is given. It answers the module (product info, network status, DP commands, battery check,
    /// operating status), offers one method per MCU request (<see cref="ModuleRequests"/>), keeps
    /// <see cref="ModuleState"/> up to date from the answers, and hands each outcome to the part that
    /// asked: the start-up sequence (<see cref="StartupSequence"/>, again when the module restarts),
    /// time keeping (<see cref="TimeKeeper"/>), the report back after a DP command
    /// (<see cref="DpCommandApplier"/>: validated against the <see cref="DpRegistry"/>, applied
    /// all-or-nothing per frame) and <see cref="ModuleRecovery"/>, which brings back a module that
    /// does not start working (reset command, reset line).
    /// </summary>
    public sealed class CommandDispatcher : ModuleRequests, IModuleCommandHandler
    {
        private const string Component = "dispatch";

        // The base's link too: the loop reads it every pass, where a field costs less than a property call.
        private readonly TuyaLink _link;
        private readonly IClock _clock;
        private readonly DispatcherOptions _options;
        private readonly IBatteryLevel _battery;
        private readonly ILog _log;
        private readonly ProductInfo _productInfo;
        private readonly DpCommandApplier _applier;
        private readonly ModuleState _state = new ModuleState();
        private readonly ModuleRecovery _recovery;
        private readonly StartupSequence _startup;
        private readonly TimeKeeper _time;
        private readonly AnswerReader _answers;
        private IModuleObserver _observer;

        /// <summary>Creates the dispatcher over <paramref name="link"/>, which from now on sends the module's commands here.</summary>
        /// <param name="link">The link to the module, built by the caller, with no command handler yet.</param>
        /// <param name="clock">Monotonic time (the link's).</param>
        /// <param name="rtc">Wall clock, set from the module's GMT time.</param>
        /// <param name="options">Product information and start-up timing.</param>
        /// <param name="dps">The product's data points and their handlers.</param>
        /// <param name="battery">Battery level for the module's battery check.</param>
        /// <param name="log">Where to log, or null.</param>
        public CommandDispatcher(TuyaLink link, IClock clock, IRealTimeClock rtc, DispatcherOptions options, DpRegistry dps, IBatteryLevel battery, ILog log)
            : base(link)
        {
            if (clock == null || rtc == null || options == null || dps == null || battery == null)
            {
                throw new ArgumentNullException(clock == null ? "clock" : rtc == null ? "rtc" : options == null ? "options" : dps == null ? "dps" : "battery");
            }

            options.Validate();
            _link = link;
            _clock = clock;
            _options = options;
            _battery = battery;
            _log = log == null ? NullLog.Instance : log;
            _productInfo = options.ToProductInfo();
            _applier = new DpCommandApplier(dps);
            _recovery = new ModuleRecovery(options, _log);
            _startup = new StartupSequence(this, _state, options, _recovery, clock.UptimeMs);
            _time = new TimeKeeper(this, _startup, clock, rtc, _state, options);
            _answers = new AnswerReader(this, _state, _time);
            link.SetCommandHandler(this);
            if (options.QuickStart)
            {
                UseQuickStart();
            }
            else
            {
                _recovery.Watch(clock.UptimeMs, link.Statistics);
            }
        }

        /// <summary>
        /// Starts as after a deep-sleep wake (<see cref="DispatcherOptions.QuickStart"/>): nothing is
        /// asked until <see cref="StartLink"/>. Call before the first <see cref="Poll"/>.
        /// </summary>
        public void UseQuickStart()
        {
            _startup.UseQuickStart();
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
            get { return _startup.IsDeferred; }
        }

        /// <summary>
        /// Begins a quick start that waits for the application (<see cref="DispatcherOptions.QuickStart"/>):
        /// the network status is asked for now. Does nothing in any other case, so the application
        /// may call it whenever it has something to send.
        /// </summary>
        public void StartLink()
        {
            long now = _clock.UptimeMs;
            if (_startup.StartDeferred(now))
            {
                _recovery.Watch(now, _link.Statistics);
            }
        }

        /// <summary>
        /// True while start-up is under way: the module is being asked for product information,
        /// network status, time, identity and signal (not while a quick start waits for
        /// <see cref="StartLink"/>, nor once the module did not come back).
        /// </summary>
        public bool IsStartingUp
        {
            get { return _startup.IsRunning; }
        }

        /// <summary>What is known about the module.</summary>
        public ModuleState State
        {
            get { return _state; }
        }

        /// <summary>Where start-up stands.</summary>
        public StartupStage Stage
        {
            get { return _startup.Stage; }
        }

        /// <summary>The registry of data points.</summary>
        public DpRegistry Dps
        {
            get { return _applier.Dps; }
        }

        /// <summary>Sets who hears about module events (null for nobody).</summary>
        public void SetObserver(IModuleObserver observer)
        {
            _observer = observer;
        }

        internal IModuleObserver Observer
        {
            get { return _observer; }
        }

        internal TimeKeeper Time
        {
            get { return _time; }
        }

        /// <summary>When <see cref="Poll"/> next has work without new bytes arriving.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _link.NextDueMs;
                long startup = _startup.NextDueMs;
                if (startup < due)
                {
                    due = startup;
                }

                long time = _time.NextDueMs;
                if (time < due)
                {
                    due = time;
                }

                long recovery = _recovery.NextDueMs;
                return recovery < due ? recovery : due;
            }
        }

        /// <summary>Runs the link, recovery, the start-up sequence and time keeping. Call it from the main loop.</summary>
        public void Poll()
        {
            _link.Poll();
            long now = _clock.UptimeMs;
            ModuleRecovery.RecoveryAction action = _recovery.Poll(now, _link.Statistics);
            if (action == ModuleRecovery.RecoveryAction.ResetCommand && !Ask(TuyaCommand.ResetModule, RequestPurpose.Recovery))
            {
                _recovery.ResetCommandEnded(false, now);
            }
            else if (action == ModuleRecovery.RecoveryAction.Probe && !_link.HasPending(TuyaCommand.GetNetworkStatus))
            {
                Ask(TuyaCommand.GetNetworkStatus, RequestPurpose.External);
            }

            _startup.Poll(now);
            _time.Poll(now);
        }

        // hot path: answers every command frame the module sends
        int IModuleCommandHandler.Answer(Frame command, byte[] answer, int answerOffset, int answerCapacity)
        {
            switch (command.Command)
            {
                case TuyaCommand.QueryProductInfo:
                    OnProductQuery();
                    int length = _productInfo.Write(Json, answer, answerOffset, answerCapacity);
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

            byte[] report = ReportBuffer;
            int length = _applier.WriteReportBack(report, 0, report.Length);
            if (length > 0 && !Request(TuyaCommand.ReportRealTimeStatus, report, 0, length, RequestPurpose.ReportBack, null, 0))
            {
                _state.ReportsDropped++;
                _log.Write(LogLevel.Warning, Component, "queue full: DP state report after a command dropped");
            }
        }

        private void OnProductQuery()
        {
            // The module asks only when it boots: nothing it was asked before will be answered.
            long now = _clock.UptimeMs;
            _link.ForgetExpectedAnswers();
            _recovery.ModuleAsked(now);
            if (_startup.Stage != StartupStage.AwaitProductQuery)
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

            _startup.Restart(now);
        }

        // hot path: every request's outcome, before its caller hears it
        internal override void OnRequestEnded(ModuleRequestOutcome outcome, RequestPurpose purpose, bool sleepLock)
        {
            if (outcome.Status == ModuleRequestStatus.Answered)
            {
                string error = _answers.Read(outcome, sleepLock);
                if (error != null)
                {
                    outcome.Status = ModuleRequestStatus.Malformed;
                    _log.Write(LogLevel.Warning, Component, "malformed answer to " + TuyaCommand.GetName(outcome.Command) + ": " + error);
                }
            }

            long now = _clock.UptimeMs;
            if (outcome.Status == ModuleRequestStatus.TimedOut)
            {
                _log.Write(LogLevel.Warning, Component, TuyaCommand.GetName(outcome.Command) + " timed out after " + outcome.Attempts.ToString() + " attempt(s)");
                _recovery.RequestUnanswered(outcome.Command, now, _link.Statistics);
            }

            switch (purpose)
            {
                case RequestPurpose.Startup:
                    _startup.OnRequestDone(outcome, now);
                    break;
                case RequestPurpose.TimeSync:
                    _time.OnRequestDone(outcome, now);
                    break;
                case RequestPurpose.ReportBack:
                    if (!IsSuccess(outcome))
                    {
                        _log.Write(LogLevel.Warning, Component, "DP state report after a command failed");
                    }

                    break;
                case RequestPurpose.Recovery:
                    _recovery.ResetCommandEnded(outcome.Status == ModuleRequestStatus.Answered, now);
                    break;
            }
        }

        /// <summary>The module reported or answered network status <paramref name="status"/> (valid).</summary>
        internal void SetNetworkStatus(byte status)
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
            if (status == NetworkStatus.CloudConnected)
            {
                _time.OnCloudConnected(_clock.UptimeMs);
            }

            if (_observer != null)
            {
                _observer.OnNetworkStatusChanged(status);
            }
        }

        /// <summary>The module reported or answered operating status <paramref name="status"/> (valid).</summary>
        internal void SetOperatingStatus(byte status)
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
    }
}
