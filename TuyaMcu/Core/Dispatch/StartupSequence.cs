using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The start-up sequence, one request at a time: wait for the module's product query (or ask the
    /// network status when none comes: the MCU restarted alone), wait for a network status, then
    /// GMT time, local time, IMEI, IMSI, ICCID and signal (<see cref="StartupStage"/>). It runs
    /// again when the module restarts. A quick start (a deep-sleep wake) asks nothing until the
    /// application needs the module, and then only the network status. Part of
    /// <see cref="CommandDispatcher"/>, which sends its requests and hands it their outcomes.
    /// </summary>
    internal sealed class StartupSequence
    {
        private readonly CommandDispatcher _dispatcher;
        private readonly ModuleState _state;
        private readonly DispatcherOptions _options;
        private readonly ModuleRecovery _recovery;

        private StartupStage _stage = StartupStage.AwaitProductQuery;
        private bool _quickStart;
        private bool _requestInFlight;
        private long _nextActionAt;

        /// <summary>A sequence that starts at <paramref name="now"/>, waiting for the module's product query.</summary>
        public StartupSequence(CommandDispatcher dispatcher, ModuleState state, DispatcherOptions options, ModuleRecovery recovery, long now)
        {
            _dispatcher = dispatcher;
            _state = state;
            _options = options;
            _recovery = recovery;
            _nextActionAt = now + options.ProductQueryWaitMs;
        }

        /// <summary>Where start-up stands.</summary>
        public StartupStage Stage
        {
            get { return _stage; }
        }

        /// <summary>True while a quick start waits for <see cref="StartDeferred"/>.</summary>
        public bool IsDeferred
        {
            get { return _stage == StartupStage.AwaitProductQuery && _nextActionAt == long.MaxValue; }
        }

        /// <summary>True while start-up is under way (not deferred, nor given up on an unreachable module).</summary>
        public bool IsRunning
        {
            get { return _stage != StartupStage.Done && !IsDeferred && !_recovery.IsUnreachable; }
        }

        /// <summary>When <see cref="Poll"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return _stage == StartupStage.Done || _requestInFlight ? long.MaxValue : _nextActionAt; }
        }

        /// <summary>Starts as after a deep-sleep wake: nothing is asked until <see cref="StartDeferred"/>.</summary>
        public void UseQuickStart()
        {
            _quickStart = true;
            _nextActionAt = long.MaxValue;
        }

        /// <summary>Ends the wait of a deferred quick start: the network status is asked at <paramref name="now"/>. False when it was not deferred.</summary>
        public bool StartDeferred(long now)
        {
            if (!IsDeferred)
            {
                return false;
            }

            _nextActionAt = now;
            return true;
        }

        /// <summary>The module asked for product information (it booted): the sequence starts over, waiting for its network status.</summary>
        public void Restart(long now)
        {
            EnterStage(StartupStage.AwaitNetwork, now);
        }

        /// <summary>Sends the next request of the sequence when it is due.</summary>
        public void Poll(long now)
        {
            // A module that did not come back is not polled: recovery tries again in its time.
            if (_stage == StartupStage.Done || _requestInFlight || (_recovery.IsUnreachable && _stage < StartupStage.GmtTime))
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

            if (now < _nextActionAt)
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

            if (_dispatcher.Ask(command, RequestPurpose.Startup))
            {
                _requestInFlight = true;
            }
        }

        /// <summary>The request of the current stage ended (its answer already read into the state): on to the next stage.</summary>
        public void OnRequestDone(ModuleRequestOutcome outcome, long now)
        {
            _requestInFlight = false;
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
                        _nextActionAt = now + (_stage == StartupStage.AwaitNetwork ? _options.NetworkPollMs : _options.ProductQueryWaitMs);
                    }

                    return;
                case StartupStage.GmtTime:
                    if (!ModuleRequests.IsSuccess(outcome))
                    {
                        // Time keeping retries on its own; identity need not wait for the cloud.
                        _dispatcher.Time.Schedule(now);
                    }

                    EnterStage(StartupStage.LocalTime, now);
                    return;
                case StartupStage.Signal:
                    EnterStage(StartupStage.Done, now);
                    _dispatcher.Time.Schedule(now);
                    return;
                default:
                    EnterStage(_stage + 1, now);
                    return;
            }
        }

        private void EnterStage(StartupStage stage, long now)
        {
            // A step still pending belongs to the stage left: its outcome must not move this one on.
            _dispatcher.Pending.RetireStartup();
            _stage = stage;
            _requestInFlight = false;
            _nextActionAt = stage == StartupStage.AwaitNetwork ? now + _options.NetworkPollMs : now;
            IModuleObserver observer = _dispatcher.Observer;
            if (stage == StartupStage.Done && observer != null)
            {
                observer.OnStartupComplete();
            }
        }
    }
}
