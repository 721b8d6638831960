using TuyaMcu.Hal;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's two timers: the TDC uplink and the TR datalog record. Once the clock is known
    /// both are kept in wall-clock seconds too (<see cref="Cpn01Counters.NextTdcUnix"/>,
    /// <see cref="Cpn01Counters.NextTrUnix"/>), so they continue across a deep sleep or reboot, and
    /// each record carries its tick's own second: every boot, and every pass, writes the records of
    /// the ticks up to now (a back-fill; more than the ring holds are numbered and counted, not
    /// written). The settings, counters and datalog it reaches through the application rather than
    /// holding copies. Allocates nothing.
    /// </summary>
    public sealed class Cpn01Schedule
    {
        private readonly Cpn01Application _app;
        private long _nextTdcAt;
        private long _nextTrAt;

        /// <summary>Keeps <paramref name="app"/>'s TDC and TR.</summary>
        public Cpn01Schedule(Cpn01Application app)
        {
            _app = app;
        }

        /// <summary>Uptime at which the next TR tick is due.</summary>
        public long NextTrAt
        {
            get { return _nextTrAt; }
        }

        /// <summary>
        /// When a deep-sleeping chip must wake for the schedule: the TDC, and the TR tick only while the
        /// clock is unknown (a record's time then is this boot's uptime; else the next boot writes it).
        /// </summary>
        public long WakeDueMs
        {
            get { return BackFills ? _nextTdcAt : Cpn01Application.Min(_nextTdcAt, _nextTrAt); }
        }

        // True when the TR schedule is in wall-clock seconds: records carry their tick's time and can be back-filled.
        private bool BackFills
        {
            get { return _app.Device.Hardware.Rtc.IsSet && _app.Counters.NextTrUnix >= 0; }
        }

        /// <summary>
        /// Continues the schedule of the previous boot (<paramref name="clock"/>: the clock is known,
        /// <paramref name="unixNow"/> its second), writing the records of the ticks slept through with the
        /// contact as it was saved (<paramref name="closed"/> when nothing was saved), or starts it anew.
        /// </summary>
        public void Setup(long now, bool clock, long unixNow, bool closed)
        {
            Cpn01Settings settings = _app.Settings;
            Cpn01Counters counters = _app.Counters;
            SetTdcDue(now, clock && counters.NextTdcUnix >= 0 ? now + Cpn01Application.NonNegative(counters.NextTdcUnix - unixNow) * 1000 : now + settings.TdcSeconds * 1000L);
            if (clock && counters.NextTrUnix >= 0)
            {
                // The records of the ticks slept through (or missed in a reboot) hold what held before
                // this boot: a change found now belongs to the ticks after it.
                WriteDueRecords(now, counters.HasContactState ? counters.ContactClosed : closed);
            }
            else
            {
                RestartTr(now);
            }
        }

        /// <summary>True when the TDC came (it is then set for the next one, skipping those missed in a long stall).</summary>
        public bool TdcElapsed(long now)
        {
            if (now < _nextTdcAt)
            {
                return false;
            }

            SetTdcDue(now, Next(_nextTdcAt, _app.Settings.TdcSeconds, now));
            return true;
        }

        /// <summary>The TDC starts over from <paramref name="now"/> (it changed).</summary>
        public void RestartTdc(long now)
        {
            SetTdcDue(now, now + _app.Settings.TdcSeconds * 1000L);
        }

        /// <summary>The TR starts over from <paramref name="now"/> (it changed, or there is no schedule to continue).</summary>
        public void RestartTr(long now)
        {
            SetTrDue(now, now + _app.Settings.TrSeconds * 1000L);
        }

        /// <summary>The clock became known, or was corrected, at <paramref name="unixSeconds"/>.</summary>
        public void OnTimeSynced(long unixSeconds, long now)
        {
            long nextTrUnix = _app.Counters.NextTrUnix;
            SetTdcDue(now, _nextTdcAt);
            if (nextTrUnix < 0)
            {
                SetTrDue(now, _nextTrAt);
            }
            else
            {
                // A correction of the clock moves when the ticks come, not which seconds they stamp.
                _nextTrAt = now + (nextTrUnix - unixSeconds) * 1000;
            }
        }

        /// <summary>
        /// The records of the TR ticks due by now, with the contact state <paramref name="closed"/> and the
        /// counters as they are: with the clock known every tick up to this second, each stamped with its
        /// own second (a ring's worth at most: older ones would be overwritten at once, and are only
        /// counted); without it the one tick due, stamped with the uptime.
        /// </summary>
        public void WriteDueRecords(long now, bool closed)
        {
            Cpn01Counters counters = _app.Counters;
            Datalog datalog = _app.Datalog;
            long overwritten = datalog.OverwrittenPending;
            if (!BackFills)
            {
                if (now >= _nextTrAt)
                {
                    SetTrDue(now, Next(_nextTrAt, _app.Settings.TrSeconds, now));
                    datalog.Add(closed, counters.Total24, counters.LastOpenDurationMin, false, now);
                    _app.Device.Persistence.StateChanged(0, true);
                }

                return;
            }

            long unixNow = _app.Device.Hardware.Rtc.UnixSeconds;
            long tick = counters.NextTrUnix;
            if (tick <= unixNow)
            {
                long tr = _app.Settings.TrSeconds;
                long samples = (unixNow - tick) / tr + 1;
                long skipped = samples - datalog.Capacity;
                if (skipped > 0)
                {
                    datalog.Skip(skipped);
                    tick += skipped * tr;
                    samples -= skipped;
                }

                for (long i = 0; i < samples; i++)
                {
                    datalog.Add(closed, counters.Total24, counters.LastOpenDurationMin, true, tick);
                    tick += tr;
                }

                counters.NextTrUnix = tick;
                _app.Device.Persistence.StateChanged(0, true);
            }

            _nextTrAt = now + (tick - unixNow) * 1000;
            long lost = datalog.OverwrittenPending - overwritten;
            if (lost > 0)
            {
                // Counted in the datalog too (OverwrittenPending, for this boot).
                _app.Log(LogLevel.Warning, "datalog full: " + lost.ToString() + " unsent records overwritten");
            }
        }

        private void SetTdcDue(long now, long dueMs)
        {
            _nextTdcAt = dueMs;
            _app.Counters.NextTdcUnix = UnixOf(now, dueMs);
        }

        private void SetTrDue(long now, long dueMs)
        {
            _nextTrAt = dueMs;
            _app.Counters.NextTrUnix = UnixOf(now, dueMs);
        }

        // The wall-clock second of dueMs, or -1 while the clock is unknown.
        private long UnixOf(long now, long dueMs)
        {
            IRealTimeClock rtc = _app.Device.Hardware.Rtc;
            return rtc.IsSet ? rtc.UnixSeconds + (dueMs - now) / 1000 : -1;
        }

        private static long Next(long due, int intervalSeconds, long now)
        {
            long next = due + intervalSeconds * 1000L;

            // After a long stall (deep sleep, a debugger), skip the missed ones rather than burst.
            return next <= now ? now + intervalSeconds * 1000L : next;
        }
    }
}
