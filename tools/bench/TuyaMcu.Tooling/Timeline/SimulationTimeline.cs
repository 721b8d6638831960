using System.Globalization;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// The <c>sim</c> timeline: every frame that arrives at either end of the simulated UART, found as
/// the receiver's own parser finds it (the firmware's <see cref="FrameParser"/> with the link's
/// limits towards the MCU, the module's towards the module; the inter-byte timeout runs in virtual
/// time), stamped with the arrival of its first byte; and marks for what the run did to the line
/// and the chip: injected faults, cloud outages, module resets, MCU reboots and deep-sleep periods.
/// A frame that reached the MCU while it slept is flagged <see cref="TimelineEntry.NotReceived"/>.
/// Lines come out in time order. It runs as the last part of the bench's loop.
/// </summary>
public sealed class SimulationTimeline
{
    private readonly DeviceBench _bench;
    private readonly Action<TimelineEntry> _sink;
    private readonly TimelineDirection _fromMcu;
    private readonly TimelineDirection _toMcu;
    private readonly List<TimelineEntry> _pending = [];
    private readonly long[] _seen;
    private bool _asleep;
    private long _asleepSince;
    private bool _offline;
    private int _reboots;
    private long _moduleResets;
    private long _contactWakes;

    /// <summary>Watches <paramref name="bench"/>'s line and chip; every line goes to <paramref name="sink"/>.</summary>
    public SimulationTimeline(DeviceBench bench, FrameText text, Action<TimelineEntry> sink)
    {
        _bench = bench ?? throw new ArgumentNullException(nameof(bench));
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        Action<TimelineEntry> add = _pending.Add;
        _fromMcu = new TimelineDirection(text, true, FrameFormat.DefaultMaxDataLength, FrameParser.DefaultInterByteTimeoutMs, add);
        _toMcu = new TimelineDirection(text, false, bench.Options.Link.MaxDataLength, bench.Options.Link.InterByteTimeoutMs, add);
        _seen = new long[Counters.Length];
        Snapshot(_seen);
        _reboots = bench.System.Reboots;
        _moduleResets = bench.Module.Statistics.Resets;
        bench.World.FromMcu.Observe();
        bench.World.ToMcu.Observe();
        bench.Loop.Add("timeline", Poll, () => Math.Min(_fromMcu.TimeoutDueMs, _toMcu.TimeoutDueMs));
    }

    /// <summary>Parser counters of the MCU → module direction (as the module sees it).</summary>
    public ParserStatistics FromMcuStatistics => _fromMcu.Statistics;

    /// <summary>Parser counters of the module → MCU direction (as the firmware sees it, while awake).</summary>
    public ParserStatistics ToMcuStatistics => _toMcu.Statistics;

    // What the module counts that the timeline marks: (source, text, counter).
    private static readonly (string Source, string Text, Func<ModuleStatistics, long> Count)[] Counters =
    [
        ("fault", "the module's frame to the MCU is lost on the line", m => m.DroppedToMcu),
        ("fault", "a bit of the module's next frame to the MCU is flipped", m => m.CorruptedToMcu),
        ("fault", "the module's next frame reaches the MCU twice", m => m.DuplicatedToMcu),
        ("fault", "the module holds its answer back past the MCU's timeout", m => m.LateAnswers),
        ("fault", "the MCU's frame is lost on the line: the module never sees it", m => m.DroppedFromMcu),
        ("cloud", "refuses the report", m => m.ReportsFailedByCloud),
        ("cloud", "goes offline: reports fail, the module keeps records", m => m.Outages),
        ("module", "resets: the line to the MCU is cleared, activation starts again", m => m.Resets),
        ("module", "asleep (PSM): {0} bytes from the MCU not heard", m => m.BytesLostAsleep),
    ];

    /// <summary>Emits what is still held back; call once the run has ended.</summary>
    public void Finish() => Flush(long.MaxValue);

    private void Poll()
    {
        long now = _bench.Clock.UptimeMs;
        ModuleStatistics module = _bench.Module.Statistics;

        // MCU → module, as the module's parser takes it; a module reset restarts that parser first.
        if (module.Resets != _moduleResets)
        {
            _moduleResets = module.Resets;
            _fromMcu.Reset();
        }

        Drain(_bench.World.FromMcu, _fromMcu, now);

        // Module → MCU: bytes that arrived while the MCU slept (or in the step it woke, which discards them) are not received.
        _toMcu.ReceiverDeaf = _asleep;
        Drain(_bench.World.ToMcu, _toMcu, now);
        bool asleep = _bench.IsAsleep;
        int reboots = _bench.System.Reboots;
        if ((_asleep && !asleep) || reboots != _reboots)
        {
            // The firmware boots with a new parser.
            _toMcu.Reset();
        }

        _toMcu.ReceiverDeaf = asleep;
        MarkModule(module, now);
        MarkMcu(asleep, reboots, now);
        Flush(Math.Min(_fromMcu.OldestHeldMs, _toMcu.OldestHeldMs));
    }

    private static void Drain(SimulatedChannel channel, TimelineDirection direction, long now)
    {
        while (channel.TakeArrived(out byte value, out long at))
        {
            direction.Feed(value, at);
        }

        direction.Poll(now);
    }

    private void MarkModule(ModuleStatistics module, long now)
    {
        for (int i = 0; i < Counters.Length; i++)
        {
            long count = Counters[i].Count(module);
            long added = count - _seen[i];
            if (added <= 0)
            {
                continue;
            }

            _seen[i] = count;
            string text = Counters[i].Text.Contains("{0}", StringComparison.Ordinal)
                ? string.Format(CultureInfo.InvariantCulture, Counters[i].Text, added)
                : added == 1 ? Counters[i].Text : $"{Counters[i].Text} (x{added})";
            _pending.Add(TimelineEntry.Mark(now, Counters[i].Source, text));
        }

        bool offline = _bench.Module.IsOffline;
        if (_offline && !offline)
        {
            _pending.Add(TimelineEntry.Mark(now, "cloud", "back online"));
        }

        _offline = offline;
    }

    private void MarkMcu(bool asleep, int reboots, long now)
    {
        if (reboots != _reboots)
        {
            _pending.Add(TimelineEntry.Mark(now, "mcu", "reboots: the firmware starts again from what it saved"));
            _reboots = reboots;
        }

        if (!_asleep && asleep)
        {
            _asleepSince = now;
            string until = _bench.WakeAtMs == long.MaxValue ? "a contact change" : $"{Clock(_bench.WakeAtMs)} or a contact change";
            _pending.Add(TimelineEntry.Mark(now, "mcu", $"deep sleep until {until}: the UART is off"));
        }
        else if (_asleep && !asleep)
        {
            long contactWakes = _bench.Totals().ContactWakes;
            string by = contactWakes != _contactWakes ? "the contact" : "the timer";
            _contactWakes = contactWakes;
            _pending.Add(TimelineEntry.Mark(now, "mcu", $"wakes ({by}) after {Duration(now - _asleepSince)} asleep and boots"));
        }

        _asleep = asleep;
    }

    private void Flush(long before)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // Frames are stamped with their first byte, so one completing now may predate a mark made meanwhile.
        TimelineEntry[] ordered = [.. _pending.OrderBy(e => e.AtMs)];
        _pending.Clear();
        foreach (TimelineEntry entry in ordered)
        {
            if (entry.AtMs < before)
            {
                _sink(entry);
            }
            else
            {
                _pending.Add(entry);
            }
        }
    }

    private void Snapshot(long[] into)
    {
        for (int i = 0; i < Counters.Length; i++)
        {
            into[i] = Counters[i].Count(_bench.Module.Statistics);
        }
    }

    private static string Clock(long ms)
    {
        TimeSpan t = TimeSpan.FromMilliseconds(ms);
        return $"{(int)t.TotalDays}d {t:hh\\:mm\\:ss\\.fff}";
    }

    private static string Duration(long ms)
    {
        TimeSpan t = TimeSpan.FromMilliseconds(ms);
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min" : t.TotalMinutes >= 1 ? $"{t.Minutes} min {t.Seconds} s" : $"{t.TotalSeconds:0.###} s";
    }
}
