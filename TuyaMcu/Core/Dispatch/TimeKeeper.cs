using TuyaMcu.Hal;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Keeps the clock in sync with the module's GMT time (0x10): once start-up has asked for it,
    /// every <see cref="DispatcherOptions.TimeRetryMs"/> until the clock is set (only while the cloud
    /// is connected: time comes from it), then every <see cref="DispatcherOptions.TimeResyncMs"/>;
    /// the local time (0x06) after the first success gives the time-zone offset. Reads both answers
    /// into the clock and <see cref="ModuleState"/>. Part of <see cref="CommandDispatcher"/>.
    /// </summary>
    internal sealed class TimeKeeper
    {
        private const int SecondsPerMinute = 60;

        private readonly CommandDispatcher _dispatcher;
        private readonly StartupSequence _startup;
        private readonly IClock _clock;
        private readonly IRealTimeClock _rtc;
        private readonly ModuleState _state;
        private readonly DispatcherOptions _options;

        private bool _inFlight;
        private long _nextAttemptAt = long.MaxValue;

        /// <summary>Time keeping for <paramref name="dispatcher"/>, which asks nothing before <paramref name="startup"/> has.</summary>
        public TimeKeeper(CommandDispatcher dispatcher, StartupSequence startup, IClock clock, IRealTimeClock rtc, ModuleState state, DispatcherOptions options)
        {
            _dispatcher = dispatcher;
            _startup = startup;
            _clock = clock;
            _rtc = rtc;
            _state = state;
            _options = options;
        }

        /// <summary>When <see cref="Poll"/> next has work, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get { return _inFlight ? long.MaxValue : _nextAttemptAt; }
        }

        /// <summary>Plans the next query: a resync after the last success, else a retry soon.</summary>
        public void Schedule(long now)
        {
            bool synced = _state.TimeSyncedAtMs >= 0;
            _nextAttemptAt = synced ? _state.TimeSyncedAtMs + _options.TimeResyncMs : now + _options.TimeRetryMs;
        }

        /// <summary>Asks for GMT time when it is due and start-up has passed it.</summary>
        public void Poll(long now)
        {
            if (_inFlight || now < _nextAttemptAt || _startup.Stage < StartupStage.LocalTime)
            {
                return;
            }

            // Time comes from the cloud: without it the query only fails.
            if (!_state.IsCloudConnected)
            {
                _nextAttemptAt = now + _options.TimeRetryMs;
                return;
            }

            if (_dispatcher.Ask(TuyaCommand.GetGmtTime, RequestPurpose.TimeSync))
            {
                _inFlight = true;
                _nextAttemptAt = long.MaxValue;
            }
        }

        /// <summary>The cloud is connected (status 4): a clock never set is asked for at once, once start-up has asked.</summary>
        public void OnCloudConnected(long now)
        {
            if (_state.TimeSyncedAtMs < 0 && _startup.Stage > StartupStage.GmtTime && !_inFlight)
            {
                _nextAttemptAt = now;
            }
        }

        /// <summary>A query of time keeping ended (its answer already read): local time next when no offset is known yet, else the next sync.</summary>
        public void OnRequestDone(ModuleRequestOutcome outcome, long now)
        {
            _inFlight = false;
            if (outcome.Command == TuyaCommand.GetGmtTime && ModuleRequests.IsSuccess(outcome) && !_state.HasLocalOffset
                && _dispatcher.Ask(TuyaCommand.GetLocalTime, RequestPurpose.TimeSync))
            {
                // The time-zone offset needs local time read soon after GMT.
                _inFlight = true;
            }
            else
            {
                Schedule(now);
            }
        }

        /// <summary>Reads a GMT time answer: on success the clock is set. Returns why it is malformed, or null.</summary>
        public string ReadGmtTime(byte[] buffer, int offset, int length)
        {
            bool success;
            long unix;
            string error = TuyaTime.DecodeReply(buffer, offset, length, out success, out unix);
            if (error == null && success)
            {
                _rtc.Set(unix);
                _state.TimeSyncedAtMs = _clock.UptimeMs;
                IModuleObserver observer = _dispatcher.Observer;
                if (observer != null)
                {
                    observer.OnTimeSynced(unix);
                }
            }

            return error;
        }

        /// <summary>Reads a local time answer: on success, with the clock set, the offset from GMT. Returns why it is malformed, or null.</summary>
        public string ReadLocalTime(byte[] buffer, int offset, int length)
        {
            bool success;
            long seconds;
            string error = TuyaTime.DecodeReply(buffer, offset, length, out success, out seconds);
            if (error == null && success && _rtc.IsSet)
            {
                // Round to the minute: the two replies come a moment apart.
                long difference = seconds - _rtc.UnixSeconds;
                difference += difference >= 0 ? SecondsPerMinute / 2 : -SecondsPerMinute / 2;
                _state.LocalOffsetSeconds = (int)(difference / SecondsPerMinute * SecondsPerMinute);
                _state.HasLocalOffset = true;
            }

            return error;
        }
    }
}
