using TuyaMcu.Hal;
using TuyaMcu.Link;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Brings back a module that does not start working. From the moment the MCU needs the module
    /// (its own start, or a deep-sleep wake that has something to send) the module has
    /// <see cref="DispatcherOptions.ModuleActivationWaitMs"/> to show it works: ask for product
    /// information, or report a network status of 2 or more. After a request the module left
    /// unanswered, any frame from it in that time will do (a lossy line is not a dead module); if
    /// none comes, the network status is asked every <see cref="DispatcherOptions.ProductQueryWaitMs"/>.
    /// If it does not, a recovery runs: the reset command (0x03) when the module still answers, then a pulse
    /// on its reset line (<see cref="DispatcherOptions.ModuleResetPulseMs"/>) when it stays
    /// silent or does not restart; a silent module gets the pulse at once. Silent means that
    /// <see cref="SilenceFrames"/> frames went out and none came back: until then (a request that
    /// waits 10 s for the cloud sends few), the module is given more time. Each step waits the
    /// same time for the module. Recoveries are spaced by a back-off that starts at
    /// <see cref="DispatcherOptions.RecoveryBackoffMs"/> and doubles up to
    /// <see cref="DispatcherOptions.RecoveryBackoffMaxMs"/>; only a network status of 2 or more
    /// (the module is on the network) resets it, so a module in a place without coverage, which
    /// restarts fine but never finds a network, is not reset at every wake. While backing off, a
    /// module that does not show itself within the wait is <see cref="IsUnreachable"/>, so the
    /// device can put off what it wanted to send and sleep. Every step is logged.
    /// </summary>
    public sealed class ModuleRecovery
    {
        /// <summary>
        /// Frames sent without one coming back that make a module silent. A line that loses half the
        /// frames each way still brings one of 12 back 97 times in 100.
        /// </summary>
        public const int SilenceFrames = 12;

        private const string Component = "recovery";

        private readonly DispatcherOptions _options;
        private readonly ILog _log;
        private IDigitalOutput _line;
        private bool _activeLevel;
        private bool _lineHeld;
        private long _lineReleaseAt = long.MaxValue;

        private bool _watching;
        private RecoveryStep _step;
        private long _stepAt;
        private long _framesAtWatch;
        private long _sentAtWatch;
        private bool _aliveWillDo;
        private long _probeAt;
        private long _askedAt = long.MinValue;
        private bool _commandAnswered;

        /// <summary>A recovery with <paramref name="options"/>' timing, logging to <paramref name="log"/>.</summary>
        public ModuleRecovery(DispatcherOptions options, ILog log)
        {
            _options = options;
            _log = log == null ? NullLog.Instance : log;
            NextRecoveryAtMs = long.MinValue;
        }

        /// <summary>Recoveries begun since the module was last seen on the network (the back-off grows with them).</summary>
        public int Recoveries { get; private set; }

        /// <summary>Uptime before which no new recovery begins, or <see cref="long.MinValue"/>.</summary>
        public long NextRecoveryAtMs { get; private set; }

        /// <summary>Reset commands sent.</summary>
        public int ResetCommands { get; private set; }

        /// <summary>Reset pulses given.</summary>
        public int ResetPulses { get; private set; }

        /// <summary>True while the module is needed and has not shown it works yet.</summary>
        public bool IsWatching
        {
            get { return _watching; }
        }

        /// <summary>
        /// True when the module did not come back, or did not show itself while recoveries back off:
        /// the device may stop waiting for it. Cleared when the module shows itself or a recovery begins.
        /// </summary>
        public bool IsUnreachable { get; private set; }

        /// <summary>When <see cref="Poll"/> next has something to do, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = _lineHeld ? _lineReleaseAt : long.MaxValue;
                if (!_watching)
                {
                    return due;
                }

                long step = _stepAt + _options.ModuleActivationWaitMs;
                if (_step == RecoveryStep.Waiting && IsUnreachable && NextRecoveryAtMs > step)
                {
                    step = NextRecoveryAtMs;
                }

                if (_aliveWillDo && _step == RecoveryStep.Waiting && _probeAt < step)
                {
                    step = _probeAt;
                }

                return step < due ? step : due;
            }
        }

        /// <summary>Wires the module's reset line, active at <paramref name="activeLevel"/> (null: none, so only the reset command is tried).</summary>
        public void SetLine(IDigitalOutput line, bool activeLevel)
        {
            _line = line;
            _activeLevel = activeLevel;
        }

        /// <summary>Picks up the back-off of an earlier boot (persisted across a deep sleep).</summary>
        public void Restore(int recoveries, long nextRecoveryAtMs)
        {
            Recoveries = recoveries < 0 ? 0 : recoveries;
            NextRecoveryAtMs = nextRecoveryAtMs;
        }

        /// <summary>The MCU needs the module working from now on (<paramref name="link"/>: the link's counts, to tell a silent module).</summary>
        public void Watch(long now, LinkStatistics link)
        {
            if (_watching)
            {
                _aliveWillDo = false;
                return;
            }

            _watching = true;
            _aliveWillDo = false;
            _step = RecoveryStep.Waiting;
            _stepAt = now;
            _framesAtWatch = link.FramesReceived;
            _sentAtWatch = link.FramesSent;
        }

        /// <summary>Stops watching: the module is not needed for now (a deep-sleep wake that has not sent anything yet).</summary>
        public void StopWatching()
        {
            _watching = false;
            _aliveWillDo = false;
        }

        /// <summary>The module left a request unanswered: it must show it is alive, by any frame, from now on.</summary>
        public void WatchAlive(long now, LinkStatistics link)
        {
            if (!_watching)
            {
                Watch(now, link);
                _aliveWillDo = true;
                _probeAt = now + _options.ProductQueryWaitMs;
            }
        }

        /// <summary>
        /// A request of <paramref name="command"/> went unanswered after every retry: the module may
        /// have stopped working, and must show it is alive (not after the reset command, which has its
        /// own step); an unanswered network status query is a failed probe.
        /// </summary>
        public void RequestUnanswered(byte command, long now, LinkStatistics link)
        {
            if (command != TuyaCommand.ResetModule)
            {
                WatchAlive(now, link);
            }

            if (command == TuyaCommand.GetNetworkStatus)
            {
                ProbeFailed(now);
            }
        }

        /// <summary>
        /// True when an uplink should be put off for now: the module is off the cloud
        /// (<paramref name="networkStatus"/> below 4) and has not asked for product information in the
        /// last <see cref="DispatcherOptions.NetworkJoinWaitMs"/> (it is not joining after a restart),
        /// or it did not come back. False while it still has time to show itself.
        /// </summary>
        public bool IsCloudUnavailable(byte networkStatus, long now)
        {
            if (networkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected || (!IsUnreachable && _watching))
            {
                return false;
            }

            return IsUnreachable || _askedAt == long.MinValue || now - _askedAt >= _options.NetworkJoinWaitMs;
        }

        /// <summary>The module asked for product information at <paramref name="now"/>: it is alive and activating.</summary>
        public void ModuleAsked(long now)
        {
            _askedAt = now;
            if (_watching && _step != RecoveryStep.Waiting)
            {
                _log.Write(LogLevel.Info, Component, "the module restarted and asked for product information");
            }

            Stop();
        }

        /// <summary>The module reported a network status of 2 or more: it works, and the back-off starts again.</summary>
        public void NetworkSeen()
        {
            Stop();
            Recoveries = 0;
            NextRecoveryAtMs = long.MinValue;
        }

        /// <summary>The reset command ended: <paramref name="answered"/> when the module acknowledged it.</summary>
        public void ResetCommandEnded(bool answered, long now)
        {
            if (_watching && _step == RecoveryStep.CommandSent)
            {
                _commandAnswered = answered;
                if (!answered)
                {
                    Pulse(now, "the module did not answer the reset command");
                }
            }
        }

        /// <summary>
        /// The module left a network status query unanswered. While recoveries back off it is
        /// unreachable at once; otherwise it still has the rest of its wait (it may be booting).
        /// </summary>
        public void ProbeFailed(long now)
        {
            if (_watching && _step == RecoveryStep.Waiting && now < NextRecoveryAtMs)
            {
                BackOff(now, "the module does not answer");
            }
        }

        /// <summary>Ends a reset pulse that is due and takes the next step that is due; returns what the dispatcher must send.</summary>
        internal RecoveryAction Poll(long now, LinkStatistics link)
        {
            long framesReceived = link.FramesReceived;
            if (_lineHeld && now >= _lineReleaseAt)
            {
                _line.Write(!_activeLevel);
                _lineHeld = false;
                _lineReleaseAt = long.MaxValue;
            }

            if (_watching && _aliveWillDo && framesReceived != _framesAtWatch)
            {
                Stop();
            }

            if (!_watching)
            {
                return RecoveryAction.None;
            }

            if (now < _stepAt + _options.ModuleActivationWaitMs)
            {
                if (!_aliveWillDo || _step != RecoveryStep.Waiting || now < _probeAt)
                {
                    return RecoveryAction.None;
                }

                _probeAt = now + _options.ProductQueryWaitMs;
                return RecoveryAction.Probe;
            }

            // Each message is built once per step: nothing is allocated while waiting.
            if (_step == RecoveryStep.CommandSent)
            {
                Pulse(now, _commandAnswered ? "the module did not restart " + WaitText() + " after the reset command" : "the module did not answer the reset command");
                return RecoveryAction.None;
            }

            if (_step == RecoveryStep.LinePulsed)
            {
                GiveUp(now, "the module did not restart " + WaitText() + " after the reset pulse");
                return RecoveryAction.None;
            }

            if (now < NextRecoveryAtMs)
            {
                if (!IsUnreachable)
                {
                    BackOff(now, "the module has not shown itself for " + WaitText());
                }

                return RecoveryAction.None;
            }

            if (framesReceived == _framesAtWatch && link.FramesSent - _sentAtWatch < SilenceFrames)
            {
                // Too little was asked to call the module silent: it gets another wait.
                _stepAt = now;
                return RecoveryAction.None;
            }

            Recoveries++;
            long backoff = (long)_options.RecoveryBackoffMs << (Recoveries > 16 ? 16 : Recoveries - 1);
            NextRecoveryAtMs = now + (backoff > _options.RecoveryBackoffMaxMs ? _options.RecoveryBackoffMaxMs : backoff);
            IsUnreachable = false;
            if (framesReceived == _framesAtWatch)
            {
                Pulse(now, "the module has been silent for " + WaitText());
                return RecoveryAction.None;
            }

            _log.Write(LogLevel.Warning, Component, "the module has not asked for product information nor found a network for " + WaitText() + ": sending it the reset command (0x03)");
            ResetCommands++;
            _step = RecoveryStep.CommandSent;
            _stepAt = now;
            _commandAnswered = false;
            return RecoveryAction.ResetCommand;
        }

        private string WaitText()
        {
            return (_options.ModuleActivationWaitMs / 1000).ToString() + " s";
        }

        private void Pulse(long now, string why)
        {
            if (_line == null)
            {
                GiveUp(now, why + ", and no reset line is wired");
                return;
            }

            _log.Write(LogLevel.Warning, Component, why + ": pulsing its reset line for " + _options.ModuleResetPulseMs.ToString() + " ms");
            ResetPulses++;
            _line.Write(_activeLevel);
            _lineHeld = true;
            _lineReleaseAt = now + _options.ModuleResetPulseMs;
            _step = RecoveryStep.LinePulsed;
            _stepAt = _lineReleaseAt;
        }

        private void BackOff(long now, string why)
        {
            if (!IsUnreachable)
            {
                long minutes = (NextRecoveryAtMs - now + 59999) / 60000;
                _log.Write(LogLevel.Warning, Component, why + "; recoveries back off, the next in " + minutes.ToString() + " min");
                IsUnreachable = true;
            }
        }

        private void GiveUp(long now, string why)
        {
            long minutes = (NextRecoveryAtMs - now + 59999) / 60000;
            _log.Write(LogLevel.Warning, Component, why + "; next recovery in " + (minutes < 1 ? 1 : minutes).ToString() + " min");
            IsUnreachable = true;
            _step = RecoveryStep.Waiting;
            _stepAt = now;
        }

        private void Stop()
        {
            _watching = false;
            _step = RecoveryStep.Waiting;
            IsUnreachable = false;
        }

        /// <summary>What <see cref="Poll"/> asks the dispatcher to send.</summary>
        internal enum RecoveryAction
        {
            /// <summary>Nothing to send.</summary>
            None,

            /// <summary>Send the reset command (0x03) now, and report its outcome to <see cref="ResetCommandEnded"/>.</summary>
            ResetCommand,

            /// <summary>Ask the network status (0x2B) now: the module has been silent since a request went unanswered.</summary>
            Probe,
        }

        // Where a recovery is: waiting (for the module, or for the next try), the reset command sent,
        // the reset line pulsed.
        private enum RecoveryStep
        {
            Waiting,
            CommandSent,
            LinePulsed,
        }
    }
}
