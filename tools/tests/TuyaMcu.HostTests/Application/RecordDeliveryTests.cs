using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// The record answer (0x08) says only "success" or "failure", never which record it is for. Over
/// many seeds with late answers and a refusing cloud, every record the MCU marks delivered is one
/// the simulated cloud accepted, compared record by record (timestamp and values).
/// </summary>
public sealed class RecordDeliveryTests(ITestOutputHelper output)
{
    private const long Hour = 3_600_000;

    [Fact]
    public void EveryRecordMarkedDelivered_WasAcceptedByTheCloud_AcrossSeeds_WithLateAnswersAndCloudFailures()
    {
        int delivered = 0;
        int retried = 0;
        int lateAnswers = 0;
        for (int seed = 1; seed <= 24; seed++)
        {
            var faults = new FaultProfile { LateAnswer = 0.3, CloudFailure = 0.2 };

            // A datalog large enough to hold every record of the run, so none is forgotten before the comparison.
            var bench = new DeviceBench(seed: seed, faults: faults, datalogCapacity: 512);
            bench.Loop.RunUntil(48 * Hour);

            Datalog log = bench.App.Datalog;
            Assert.Equal(0, log.OverwrittenPending);
            for (int i = 0; i < log.Count; i++)
            {
                if (log.PendingAt(i))
                {
                    continue;
                }

                delivered++;
                byte[] dps = RecordDps(log, i);
                Assert.True(
                    bench.Module.Cloud.Accepted(log.StampAt(i), dps),
                    $"seed {seed}: record {log.SequenceAt(i)} stamped {DateTimeOffset.FromUnixTimeSeconds(log.StampAt(i)):yyyy-MM-dd HH:mm:ss} is marked delivered, but the cloud never accepted it");
            }

            retried += (int)bench.Totals().Retries;
            lateAnswers += (int)bench.Module.Statistics.LateAnswers;
        }

        output.WriteLine($"24 seeds x 48 h: {delivered} records marked delivered, each accepted by the cloud; {retried} retries, {lateAnswers} late answers");
        Assert.True(delivered > 24 * 100, $"only {delivered} records delivered");
        Assert.True(lateAnswers > 1000, "late answers happened");
    }

    [Fact]
    public void RecordSentTwice_IsRecognisedByItsTimestamp_AndValues()
    {
        // At least once: a record whose success answer came after the MCU gave up is sent again.
        var faults = new FaultProfile { LateAnswer = 0.3, CloudFailure = 0.2 };
        var bench = new DeviceBench(seed: 3, faults: faults, datalogCapacity: 512);
        bench.Loop.RunUntil(48 * Hour);

        var accepted = bench.Module.Cloud.AcceptedRecords.ToList();
        var duplicates = accepted.GroupBy(r => r.TimestampUnix).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, g => Assert.All(g, r => Assert.Equal(g.First().Dps, r.Dps)));
    }

    /// <summary>The DP units the firmware sends for datalog record <paramref name="i"/>.</summary>
    private static byte[] RecordDps(Datalog log, int i)
    {
        var buffer = new byte[32];
        var writer = new TuyaMcu.Protocol.DpWriter();
        writer.Reset(buffer, 0, buffer.Length);
        writer.WriteBool(Cpn01Dp.DoorContactState, !log.ClosedAt(i));
        writer.WriteValue(Cpn01Dp.TotalCount, log.TotalAt(i));
        writer.WriteValue(Cpn01Dp.LastOpenDuration, log.DurationAt(i));
        return buffer[..writer.Length];
    }
}
