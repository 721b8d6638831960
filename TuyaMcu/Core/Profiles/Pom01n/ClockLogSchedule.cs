using System;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// When AT+CLOCKLOG takes its samples, and taking the ones that are due. The ticks lie on one
    /// grid: with b a second of the hour, at b + k·c·60 Unix seconds (second b of the hour and every
    /// c minutes from it, the same instants on every device set alike); with b = 65535, at A + k·c·60
    /// for k ≥ 1, A being the first uplink after the log started. The log starts (<see cref="Start"/>)
    /// when the clock is first known after a cold boot, or when the settings change while it is known:
    /// ticks before that are not taken. A deep-sleep wake does not start it again: the ticks slept
    /// through are taken at the wake, each with its own time (<see cref="TakeDue"/>), so a device that
    /// sleeps logs exactly what an always-on one does. The arithmetic is a pure function of the
    /// settings, the anchor and the last tick taken (<see cref="NextAfter"/>, <see cref="CountBetween"/>),
    /// so a test runs a month of ticks in a moment.
    /// </summary>
    public sealed class ClockLogSchedule
    {
        /// <summary>No tick is due (sampling off, not started, or waiting for its anchor).</summary>
        public const long NoTick = long.MaxValue;

        /// <summary>A time not set yet.</summary>
        public const long NotSet = -1;

        private readonly ClockLogSettings _settings;

        /// <summary>A schedule following <paramref name="settings"/> (the object the configuration holds).</summary>
        public ClockLogSchedule(ClockLogSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
            SinceUnix = NotSet;
            AnchorUnix = NotSet;
        }

        /// <summary>Ticks are taken strictly after this Unix time (the last tick taken, or the start); <see cref="NotSet"/> until started.</summary>
        public long SinceUnix { get; private set; }

        /// <summary>The first uplink after the start (b = 65535), or <see cref="NotSet"/>.</summary>
        public long AnchorUnix { get; private set; }

        /// <summary>True once started: the clock is known and the settings are in force.</summary>
        public bool IsStarted
        {
            get { return SinceUnix != NotSet; }
        }

        /// <summary>The next tick, Unix seconds, or <see cref="NoTick"/>.</summary>
        public long NextTickUnix
        {
            get { return IsStarted ? NextAfter(_settings, AnchorUnix, SinceUnix) : NoTick; }
        }

        /// <summary>
        /// Puts the settings in force from <paramref name="nowUnix"/> (a tick at that very second is
        /// taken): call it when the clock first becomes known after a cold boot, and when AT+CLOCKLOG
        /// changes while the clock is known. With b = 65535 the next uplink anchors the ticks anew.
        /// </summary>
        public void Start(long nowUnix)
        {
            SinceUnix = nowUnix - 1;
            AnchorUnix = NotSet;
        }

        /// <summary>Takes no ticks until <see cref="Start"/>: AT+CLOCKLOG changed while the clock is unknown.</summary>
        public void Stop()
        {
            SinceUnix = NotSet;
            AnchorUnix = NotSet;
        }

        /// <summary>An uplink went out at <paramref name="unixTime"/>: the first after the start anchors b = 65535's ticks.</summary>
        public void OnUplink(long unixTime)
        {
            if (IsStarted && AnchorUnix == NotSet && unixTime > SinceUnix)
            {
                AnchorUnix = unixTime;
            }
        }

        /// <summary>
        /// Logs a sample, with <paramref name="powerOutage"/> and <paramref name="lowVoltage"/>, for each
        /// tick after <see cref="SinceUnix"/> up to <paramref name="nowUnix"/>, each with its tick's time;
        /// returns how many. The state given must be the one that held through those ticks: after a
        /// sleep, call this before taking the change that woke the chip. When more ticks are due than
        /// <paramref name="log"/> holds, the oldest are skipped, numbered and counted as the entries a
        /// full ring would have overwritten (<see cref="Pom01nLog.Overwritten"/>).
        /// </summary>
        public int TakeDue(long nowUnix, Pom01nLog log, bool powerOutage, bool lowVoltage)
        {
            if (!IsStarted)
            {
                return 0;
            }

            long count = CountBetween(_settings, AnchorUnix, SinceUnix, nowUnix);
            if (count == 0)
            {
                return 0;
            }

            long period = _settings.IntervalMin * 60L;
            long tick = NextAfter(_settings, AnchorUnix, SinceUnix);
            if (count > log.Capacity)
            {
                log.Skip((int)(count - log.Capacity));
                tick += (count - log.Capacity) * period;
                count = log.Capacity;
            }

            for (long i = 0; i < count; i++)
            {
                log.Add(LogEntryKind.Sample, powerOutage, lowVoltage, true, tick);
                SinceUnix = tick;
                tick += period;
            }

            return (int)count;
        }

        /// <summary>The first tick strictly after <paramref name="afterUnix"/>, or <see cref="NoTick"/>.</summary>
        public static long NextAfter(ClockLogSettings settings, long anchorUnix, long afterUnix)
        {
            if (!settings.Samples)
            {
                return NoTick;
            }

            long origin = settings.StartSecond;
            if (settings.StartSecond == ClockLogSettings.AfterFirstUplink)
            {
                if (anchorUnix == NotSet)
                {
                    return NoTick;
                }

                // The anchor itself is the uplink, not a sample: the first tick is one interval later.
                origin = anchorUnix;
                if (afterUnix < origin)
                {
                    afterUnix = origin;
                }
            }

            long period = settings.IntervalMin * 60L;
            long steps = afterUnix - origin;
            long k = steps >= 0 ? steps / period : -((-steps + period - 1) / period);
            return origin + (k + 1) * period;
        }

        /// <summary>Ticks strictly after <paramref name="afterUnix"/> and at or before <paramref name="upToUnix"/>.</summary>
        public static long CountBetween(ClockLogSettings settings, long anchorUnix, long afterUnix, long upToUnix)
        {
            long first = NextAfter(settings, anchorUnix, afterUnix);
            if (first == NoTick || first > upToUnix)
            {
                return 0;
            }

            return (upToUnix - first) / (settings.IntervalMin * 60L) + 1;
        }

        // The persisted form's view (Pom01nLogFormat).
        internal void Restore(long sinceUnix, long anchorUnix)
        {
            SinceUnix = sinceUnix;
            AnchorUnix = anchorUnix;
        }
    }
}
