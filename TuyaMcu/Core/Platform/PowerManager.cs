using TuyaMcu.Dispatch;
using TuyaMcu.Hal;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// Battery mode: whenever the device is idle, tell the module to sleep (unless its sleep lock is
    /// set, or this wake never needed it), save, and deep-sleep until the next timer (one an
    /// <see cref="IBackFilling"/> application cannot back-fill at its next wake) or until an input
    /// the board marks as waking the chip changes. An uplink the cloud cannot take is put off, not waited for: the
    /// chip sleeps until the retry. The wake sources are allocated at the first sleep, so always-on
    /// power costs nothing here.
    /// </summary>
    public sealed class PowerManager : IModuleRequestObserver
    {
        private const int SleepTag = -100;
        private const int ModuleSleepTimeoutMs = 3000;

        private readonly Device _device;
        private readonly IBackFilling _backFilling;
        private WakeSources _wake;
        private bool _sleeping;
        private long _sleepDeadline;
        private long _uplinkSeenAt = -1;

        /// <summary>Puts <paramref name="device"/> to sleep (the device builds one in battery mode only).</summary>
        public PowerManager(Device device)
        {
            _device = device;
            _backFilling = device.Application as IBackFilling;
        }

        /// <summary>Deep sleeps entered.</summary>
        public int DeepSleeps { get; private set; }

        /// <summary>The end of the quiet before sleeping (worth a pass), or <see cref="long.MaxValue"/>; once past, what else keeps the chip awake has its own due time.</summary>
        public long NextDueMs
        {
            get
            {
                long quiet = _sleeping ? _sleepDeadline : QuietFrom();
                return quiet > _device.Hardware.Clock.UptimeMs ? quiet : long.MaxValue;
            }
        }

        /// <summary>Sleeps if the device is idle and the next timer is far enough away.</summary>
        public void ConsiderSleep(long now)
        {
            if (_uplinkSeenAt < 0 && _device.Application.HasUplinked)
            {
                _uplinkSeenAt = now;
            }

            if (_sleeping)
            {
                if (now >= _sleepDeadline)
                {
                    // The module did not confirm in time; sleep anyway, its own PSM timer takes over.
                    EnterDeepSleep(now);
                }

                return;
            }

            CommandDispatcher dispatcher = _device.Dispatcher;
            if (_device.SleepInhibited || !_device.Application.IsIdle || _device.RestartDueMs != long.MaxValue
                || dispatcher.Link.IsBusy || dispatcher.IsStartingUp || now < QuietFrom())
            {
                return;
            }

            if (NextWakeMs() - now < _device.Options.MinSleepMs)
            {
                return;
            }

            // A wake that never talked to the module leaves it as asleep as it was: no 0xC0 to wake it;
            // nor is one sent to a module that does not answer.
            if (UntouchedModule() || _device.Settings.SleepLock || dispatcher.Recovery.IsUnreachable || !dispatcher.RequestModuleSleep(this, SleepTag))
            {
                EnterDeepSleep(now);
                return;
            }

            _sleeping = true;
            _sleepDeadline = now + ModuleSleepTimeoutMs;
        }

        void IModuleRequestObserver.OnRequestCompleted(ModuleRequestOutcome outcome)
        {
            if (_sleeping)
            {
                EnterDeepSleep(_device.Hardware.Clock.UptimeMs);
            }
        }

        // The line settles after its last frame. The cloud sends the DP commands it holds once it has
        // the wake's first uplink, so they are waited for from then, not after every record that
        // follows (each waits for the cloud's answer anyway). A wake that has not needed the module
        // has nothing to wait for.
        private long QuietFrom()
        {
            if (UntouchedModule())
            {
                return 0;
            }

            DeviceOptions options = _device.Options;
            long settled = _device.Dispatcher.Link.LastActivityMs + options.SettleBeforeSleepMs;
            long commands = _uplinkSeenAt < 0 ? long.MinValue : _uplinkSeenAt + options.IdleBeforeSleepMs;
            return commands > settled ? commands : settled;
        }

        private bool UntouchedModule()
        {
            return _device.Dispatcher.IsLinkDeferred && !_device.Dispatcher.Link.HasTraffic;
        }

        // What must wake the chip: the application's timers, but the ticks it back-fills. Not the battery
        // measurement: every boot measures, and only an uplink (which a wake makes) reports it.
        private long NextWakeMs()
        {
            return _backFilling != null ? _backFilling.WakeDueMs : _device.Application.NextDueMs;
        }

        // Every input the board marks as waking the chip, at the level it does not read now: the sleep
        // ends when it changes. (The application is idle only once its debouncing is done, so the level
        // read now is the one it last took.)
        private void AddWakeSources()
        {
            _wake.Clear();
            HardwareInput[] inputs = _device.Hardware.Inputs;
            for (int i = 0; inputs != null && i < inputs.Length; i++)
            {
                HardwareInput input = inputs[i];
                if (input.WakesChip && input.Level != null)
                {
                    _wake.Add(input.Level, !input.Level.Read());
                }
            }
        }

        private void EnterDeepSleep(long now)
        {
            _sleeping = false;
            long wakeAt = NextWakeMs();
            long sleepMs = wakeAt == long.MaxValue ? 24L * 3600 * 1000 : wakeAt - now;
            if (sleepMs < 1000)
            {
                return;
            }

            DeepSleeps++;
            _device.SaveAll();
            if (_wake == null)
            {
                _wake = new WakeSources();
            }

            AddWakeSources();
            ISystemControl system = _device.Hardware.System;
            if (system != null)
            {
                system.DeepSleep(sleepMs, _wake);
            }
        }
    }
}
