using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Storage;

/// <summary>
/// Power cut at every step of every write of a simulated run: before each write, half way
/// through it (torn, or half over the old copy), and just after it. Start-up must recover a
/// state that existed — exactly the last completed save — so counts are never lower than the
/// last saved value, and must never fail.
/// </summary>
public sealed class PowerCutTests(ITestOutputHelper output)
{
    private const long Minute = 60_000;

    /// <summary>A scenario with contact events, a TR of 3 minutes, setting changes and a device ID: every object gets saved several times.</summary>
    private static DeviceBench Scenario(FaultyStorage storage)
    {
        var settings = new Cpn01Settings { TrSeconds = 180, EventUplinkMode = Cpn01Settings.EventsOff };
        var bench = new DeviceBench(seed: 3, settings: settings, storage: storage);
        for (int i = 0; i < 40; i++)
        {
            long at = Minute + i * 90_000;
            bench.ContactAt(at, closed: false);
            bench.ContactAt(at + 30_000, closed: true);
        }

        bench.Loop.At(20 * Minute, () => bench.App.Set(Cpn01Dp.ReportInterval, 600));
        bench.Loop.At(25 * Minute, () => bench.Device.Identity.Set("f000000000000042"));
        bench.Loop.At(40 * Minute, () => bench.App.Set(Cpn01Dp.SetCount, 1000));
        bench.Loop.At(50 * Minute, () => bench.Device.Settings.SetPassword("s3cret99"));
        return bench;
    }

    private static readonly long Duration = 65 * Minute;

    [Fact]
    public void EveryCutPoint_RecoversTheLastCompletedSave()
    {
        // Reference: what flash holds after each completed write.
        var reference = new FaultyStorage(int.MaxValue, CutMode.Before);
        var saved = new List<PersistedSnapshot>();
        reference.AfterWrite = _ => saved.Add(PersistedSnapshot.Of(reference.Flash));
        Scenario(reference).Loop.RunUntil(Duration);
        int writes = reference.Writes;
        output.WriteLine($"{writes} writes in the reference run");
        Assert.True(writes >= 25, $"only {writes} writes");
        Assert.Contains(saved, s => s.Settings.Contains("tdc=600"));
        Assert.Contains(saved, s => s.DeviceId == "F000000000000042");
        Assert.Contains(saved, s => s.Settings.Contains("pword=s3cret99"));

        int checkedCuts = 0;
        foreach (CutMode mode in Enum.GetValues<CutMode>())
        {
            for (int cut = 0; cut < writes; cut++)
            {
                var storage = new FaultyStorage(cut, mode);
                DeviceBench bench = Scenario(storage);
                bench.Loop.RunUntil(Duration);
                Assert.True(storage.Cut);

                PersistedSnapshot recovered = PersistedSnapshot.Of(storage.Flash);
                PersistedSnapshot expected = mode == CutMode.After ? saved[cut] : cut == 0 ? PersistedSnapshot.Of(new MemoryStorage()) : saved[cut - 1];
                Assert.True(recovered.SameStateAs(expected), $"cut {mode} at write {cut}: recovered {recovered} instead of {expected}");
                if (cut > 0)
                {
                    Assert.True(recovered.Total >= saved[cut - 1].Total, "counts went backwards");
                }

                // And the firmware itself starts on that flash.
                storage.Restore();
                bench.PowerCut();
                bench.Loop.RunFor(Minute);
                Assert.True(bench.App.Counters.Total >= expected.Total, $"cut {mode} at write {cut}: the firmware started at {bench.App.Counters.Total}, below the saved {expected.Total}");
                checkedCuts++;
            }
        }

        output.WriteLine($"{checkedCuts} power cuts checked");
    }
}
