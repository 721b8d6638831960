using System;
using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Storage;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// What a deep sleep or reboot must carry besides configuration, counters and datalog: the
    /// back-off of an uplink that could not be made (<see cref="UplinkRetry"/>) and of module
    /// recovery (<see cref="ModuleRecovery"/>), so a battery device in an outage keeps backing
    /// off across wakes rather than starting over at every one. Times are kept as wall-clock
    /// seconds (uptime restarts at every wake). Its own two-slot store, <c>resume</c>, written
    /// only when something changed: never in normal operation.
    /// </summary>
    public sealed class ResumeState
    {
        private const byte Format = 1;
        private const int PayloadBytes = 25;

        private readonly SlotStore _store;
        private readonly IRealTimeClock _rtc;
        private readonly ByteCursor _cursor = new ByteCursor();
        private int _failures;
        private bool _refused;
        private long _retryAtUnix = -1;
        private int _recoveries;
        private long _recoveryAtUnix = -1;

        /// <summary>The state on <paramref name="storage"/>; wall-clock times from <paramref name="rtc"/>.</summary>
        public ResumeState(IStorage storage, IRealTimeClock rtc)
        {
            _store = new SlotStore(storage, "resume", Format, PayloadBytes);
            _rtc = rtc;
        }

        /// <summary>What the last load found wrong, or null.</summary>
        public string LoadProblem { get; private set; }

        /// <summary>Loads what was saved and hands it to <paramref name="retry"/> and <paramref name="recovery"/>; nothing saved changes nothing.</summary>
        public void Restore(UplinkRetry retry, ModuleRecovery recovery, long nowMs)
        {
            int length = _store.Load();
            LoadProblem = _store.LoadProblem;
            if (length != PayloadBytes)
            {
                return;
            }

            _cursor.Reset(_store.Buffer, SlotStore.HeaderLength, length);
            _failures = _cursor.ReadInt32();
            _refused = _cursor.ReadByte() != 0;
            _retryAtUnix = _cursor.ReadInt64();
            _recoveries = _cursor.ReadInt32();
            _recoveryAtUnix = _cursor.ReadInt64();
            if (_failures > 0)
            {
                // Without a clock the time is lost: try at once.
                retry.Restore(_failures, _refused, ToUptime(_retryAtUnix, nowMs, nowMs));
            }

            if (_recoveries > 0)
            {
                recovery.Restore(_recoveries, ToUptime(_recoveryAtUnix, nowMs, long.MinValue));
            }
        }

        /// <summary>Saves the back-offs of <paramref name="retry"/> and <paramref name="recovery"/> if they changed. False if the write failed.</summary>
        public bool Save(UplinkRetry retry, ModuleRecovery recovery, long nowMs)
        {
            int failures = retry.Failures;
            bool refused = retry.LastRefused;
            long retryAt = failures > 0 ? ToUnix(retry.RetryAtMs, nowMs) : -1;
            int recoveries = recovery.Recoveries;
            long recoveryAt = recoveries > 0 ? ToUnix(recovery.NextRecoveryAtMs, nowMs) : -1;
            if (failures == _failures && refused == _refused && retryAt == _retryAtUnix && recoveries == _recoveries && recoveryAt == _recoveryAtUnix)
            {
                return true;
            }

            _cursor.Reset(_store.Buffer, SlotStore.HeaderLength, PayloadBytes);
            _cursor.WriteInt32(failures);
            _cursor.WriteByte(refused ? 1 : 0);
            _cursor.WriteInt64(retryAt);
            _cursor.WriteInt32(recoveries);
            _cursor.WriteInt64(recoveryAt);
            try
            {
                _store.Save(PayloadBytes);
            }
            catch (Exception)
            {
                // Only back-off timing is lost: the next boot tries at once.
                return false;
            }

            _failures = failures;
            _refused = refused;
            _retryAtUnix = retryAt;
            _recoveries = recoveries;
            _recoveryAtUnix = recoveryAt;
            return true;
        }

        /// <summary>Forgets what was saved (AT+FDR).</summary>
        public void Erase()
        {
            _store.Erase();
            _failures = 0;
            _refused = false;
            _retryAtUnix = -1;
            _recoveries = 0;
            _recoveryAtUnix = -1;
        }

        private long ToUnix(long atMs, long nowMs)
        {
            if (!_rtc.IsSet || atMs == long.MaxValue || atMs == long.MinValue)
            {
                return -1;
            }

            return _rtc.UnixSeconds + (atMs - nowMs) / 1000;
        }

        private long ToUptime(long unix, long nowMs, long unknown)
        {
            return unix < 0 || !_rtc.IsSet ? unknown : nowMs + (unix - _rtc.UnixSeconds) * 1000;
        }
    }
}
