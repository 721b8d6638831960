using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Engine;

/// <summary>
/// A day of reports and records through a misbehaving module: every report ends exactly once
/// (acknowledged, or surfaced as failed), an acknowledged report always reached the module,
/// and the MCU allocates nothing in steady state.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int ReportEveryMs = 60_000;
    private const int RecordEveryMs = 300_000;
    private const long Day = 24L * 3600 * 1000;

    /// <summary>Queues numbered reports and records and keeps their outcomes in preallocated arrays (so it allocates nothing itself).</summary>
    private sealed class Driver : IModuleRequestObserver
    {
        private readonly CommandDispatcher _dispatcher;
        private readonly SimulatedRtc _rtc;
        private readonly byte[] _units = new byte[16];
        private readonly DpWriter _writer = new();
        public readonly int[] Outcomes = new int[10_000];
        public readonly bool[] Succeeded = new bool[10_000];
        public readonly bool[] Rejected = new bool[10_000];
        public readonly bool[] IsRecord = new bool[10_000];
        public int Sent;
        private long _nextReport;
        private long _nextRecord;
        private long _onlineSince = -1;

        public Driver(CommandDispatcher dispatcher, SimulatedRtc rtc, long start)
        {
            _dispatcher = dispatcher;
            _rtc = rtc;
            _nextReport = start;
            _nextRecord = start + 30_000;
        }

        public long StopAt { get; set; } = long.MaxValue;

        public void Poll(long now)
        {
            bool online = _dispatcher.State.IsCloudConnected;
            if (!online)
            {
                _onlineSince = -1;
            }
            else if (_onlineSince < 0)
            {
                _onlineSince = now;
            }

            if (now >= StopAt)
            {
                return;
            }

            if (now >= _nextReport)
            {
                _nextReport += ReportEveryMs;
                Send(false);
            }

            // Records wait a little after the cloud returns, while the module uploads what it retained.
            if (now >= _nextRecord && (!online || now - _onlineSince > 30_000))
            {
                _nextRecord += RecordEveryMs;
                Send(true);
            }
        }

        public long NextDue => Math.Min(_nextReport, _nextRecord);

        private void Send(bool record)
        {
            int seq = Sent++;
            IsRecord[seq] = record;
            _writer.Reset(_units, 0, _units.Length);
            _writer.WriteValue(101, seq);
            bool queued = record
                ? _dispatcher.ReportRecord(_rtc.IsSet ? _rtc.UnixSeconds : -1, _units, 0, _writer.Length, this, seq)
                : _dispatcher.ReportStatus(_units, 0, _writer.Length, this, seq);
            if (!queued)
            {
                // Refused at once: surfaced to the caller, who keeps the data.
                Rejected[seq] = true;
                Outcomes[seq]++;
            }
        }

        public void OnRequestCompleted(ModuleRequestOutcome outcome)
        {
            Outcomes[outcome.Tag]++;
            Succeeded[outcome.Tag] = CommandDispatcher.IsSuccess(outcome);
        }
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    [InlineData(31337)]
    public void Day_WithLossCorruptionDuplicationDelayResetsAndOutages_LosesNoReportSilently(int seed)
    {
        var faults = FaultProfile.Harsh;
        var bench = new SimulatedBench(seed: seed, faults: faults);
        var driver = new Driver(bench.Dispatcher, bench.Rtc, 60_000);
        var delivered = new HashSet<int>();
        bench.Loop.Add("driver", () => driver.Poll(bench.Clock.UptimeMs), () => driver.NextDue);
        bench.Loop.Add("cloud", () => Collect(bench.Module, delivered), () => long.MaxValue);

        long memoryAtHour2 = 0;
        bench.Loop.At(2 * 3600_000, () => memoryAtHour2 = GC.GetTotalMemory(true));
        driver.StopAt = Day;
        bench.Loop.RunUntil(Day + 5 * 60_000);
        long memoryAtEnd = GC.GetTotalMemory(true);

        int acknowledged = 0;
        int failed = 0;
        for (int seq = 0; seq < driver.Sent; seq++)
        {
            Assert.True(driver.Outcomes[seq] == 1, $"report {seq} ended {driver.Outcomes[seq]} times");
            if (driver.Succeeded[seq])
            {
                acknowledged++;
                Assert.True(delivered.Contains(seq), $"report {seq} was acknowledged but never reached the module");
            }
            else
            {
                failed++;
            }
        }

        ModuleStatistics m = bench.Module.Statistics;
        LinkStatistics l = bench.Dispatcher.Link.Statistics;
        output.WriteLine($"reports {driver.Sent}: acknowledged {acknowledged}, failed {failed}; link retries {l.Retries}, timeouts {l.RequestsTimedOut}, late answers {l.LateAnswers}, duplicates {l.DuplicateModuleCommands}");
        output.WriteLine($"module: resets {m.Resets}, outages {m.Outages}, dropped to/from MCU {m.DroppedToMcu}/{m.DroppedFromMcu}, corrupted {m.CorruptedToMcu}, duplicated {m.DuplicatedToMcu}, late {m.LateAnswers}");
        output.WriteLine($"managed memory at hour 2: {memoryAtHour2} bytes, at the end: {memoryAtEnd} bytes");

        Assert.True(driver.Sent >= 24 * 60, "a day of minute reports");
        Assert.True(m.Resets > 0 && m.Outages > 0 && m.DroppedToMcu > 0 && m.CorruptedToMcu > 0 && m.DuplicatedToMcu > 0 && m.LateAnswers > 0, "every fault happened");
        Assert.True(acknowledged > driver.Sent * 7 / 10, $"only {acknowledged} of {driver.Sent} acknowledged");
        Assert.InRange(memoryAtEnd - memoryAtHour2, long.MinValue, 256 * 1024);
    }

    [Fact]
    public void Day_WithoutFaults_McuAllocatesNothingAfterStartup()
    {
        var bench = new SimulatedBench(seed: 7);
        var driver = new Driver(bench.Dispatcher, bench.Rtc, 10 * 60_000);
        long allocated = 0;
        long polls = 0;
        var loop = new SimulationLoop(bench.Clock)
            .Add("mcu", () =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                bench.Dispatcher.Poll();
                driver.Poll(bench.Clock.UptimeMs);
                if (bench.Clock.UptimeMs > 10 * 60_000)
                {
                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                    polls++;
                }
            }, () => Math.Min(bench.Dispatcher.NextDueMs, driver.NextDue))
            .Add("module", bench.Module.Poll, () => bench.Module.NextDueMs)
            .Add("cloud", () => bench.Module.Cloud.Clear(), () => long.MaxValue)
            .Watch(bench.ToMcu)
            .Watch(bench.FromMcu);

        loop.RunUntil(Day);

        output.WriteLine($"{polls} MCU polls after start-up, {driver.Sent} reports, {allocated} bytes allocated");
        Assert.True(driver.Sent > 1400);
        Assert.Equal(0, allocated);
        for (int seq = 0; seq < driver.Sent - 2; seq++)
        {
            Assert.True(driver.Succeeded[seq], $"report {seq} failed without faults");
        }
    }

    private static void Collect(ModuleSimulator module, HashSet<int> delivered)
    {
        foreach (CloudRecord record in module.Cloud)
        {
            if (record.Dps.Length == 8 && record.Dps[0] == 101)
            {
                delivered.Add((int)BigEndian.ReadUInt32(record.Dps, 4));
            }
        }

        module.Cloud.Clear();
    }
}
