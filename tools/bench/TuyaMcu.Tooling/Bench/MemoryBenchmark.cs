using TuyaMcu.Platform;
using TuyaMcu.Tests.Firmware;

namespace TuyaMcu.Tooling.Bench;

/// <summary>The model's census at one point of the run.</summary>
public sealed record MemoryCheckpoint(string Name, HeapCensus Census);

/// <summary>Figures from one run of <see cref="MemoryBenchmark"/>.</summary>
public sealed record MemoryBenchmarkResult(
    int DatalogCapacity,
    IReadOnlyList<MemoryCheckpoint> Checkpoints,
    long HostStartupBytes,
    long HostSteadyBytes,
    long SteadyHours,
    string Profile = "cpn01")
{
    /// <summary>The census after the whole day.</summary>
    public HeapCensus AfterDay => Checkpoints[^1].Census;

    /// <summary>The largest modelled total at any checkpoint of the boot (build, setup).</summary>
    public long SetupPeak => Checkpoints.Where(c => c.Name.StartsWith("after build", StringComparison.Ordinal) || c.Name.StartsWith("after setup", StringComparison.Ordinal)).Max(c => c.Census.Bytes);

    /// <summary>The largest modelled total at any checkpoint.</summary>
    public long Peak => Checkpoints.Max(c => c.Census.Bytes);
}

/// <summary>
/// The memory footprint of the whole firmware, on the run the device test runs
/// (<see cref="FirmwareDay"/>: the firmware as the board builds it, over the test rig's stand-ins,
/// through a simulated day). Two measurements: the nanoCLR heap model (<see cref="NanoHeapModel"/>)
/// at checkpoints, and the host runtime's own count of bytes allocated on this thread at start-up
/// and in steady state (after a warm-up day, so type loading is not counted).
/// </summary>
public sealed class MemoryBenchmark
{
    /// <summary>The heap nanoCLR has on a plain ESP32-WROOM, bytes the budget allows in all (48 KiB).</summary>
    public const long HeapBudgetBytes = 48 * 1024;

    /// <summary>The runtime and its assemblies, as measured on the interpreter (about 20 KiB).</summary>
    public const long RuntimeBytes = 20 * 1024;

    /// <summary>What is left for the modelled objects.</summary>
    public const long ModelBudgetBytes = HeapBudgetBytes - RuntimeBytes;

    /// <summary>Runs the CPN01's day with <paramref name="datalogCapacity"/> datalog records (0: the firmware's default).</summary>
    public MemoryBenchmarkResult Run(int datalogCapacity = 0) => Run(datalogCapacity, TuyaMcu.Profiles.Cpn01.Cpn01Profile.ProfileName);

    /// <summary>Runs the day of <paramref name="profile"/> (<c>cpn01</c> or <c>pom01n</c>) with <paramref name="logCapacity"/> datalog or log entries (0: the firmware's default).</summary>
    public MemoryBenchmarkResult Run(int logCapacity, string profile)
    {
        Func<IFirmwareDay> newDay = profile switch
        {
            TuyaMcu.Profiles.Cpn01.Cpn01Profile.ProfileName => () => new FirmwareDay(logCapacity),
            TuyaMcu.Profiles.Pom01n.Pom01nProfile.ProfileName => () => new Pom01nDay(logCapacity),
            _ => throw new ArgumentException($"no whole-firmware day for the profile '{profile}' (cpn01, pom01n)", nameof(profile)),
        };
        var model = new NanoHeapModel(typeof(Device).Assembly);
        Measure(newDay(), null);
        var checkpoints = new List<MemoryCheckpoint>();
        IFirmwareDay day = newDay();
        (long startup, long steady) = Measure(day, (name, d) => checkpoints.Add(new MemoryCheckpoint(name, model.Measure(Roots(d)))));
        int capacity = day.Rig.Device.Application switch
        {
            TuyaMcu.Profiles.Cpn01.Cpn01Application cpn01 => cpn01.Datalog.Capacity,
            TuyaMcu.Profiles.Pom01n.Pom01nApplication pom01n => pom01n.Log.Capacity,
            _ => 0,
        };
        return new MemoryBenchmarkResult(capacity, checkpoints, startup, steady, (FirmwareDay.Day - FirmwareDay.SteadyFrom) / FirmwareDay.Hour, profile);
    }

    private static (long Startup, long Steady) Measure(IFirmwareDay day, Action<string, IFirmwareDay>? checkpoint)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        day.Rig.Build();
        long startup = GC.GetAllocatedBytesForCurrentThread() - before;
        checkpoint?.Invoke("after build (DP table, what flash holds loaded)", day);
        before = GC.GetAllocatedBytesForCurrentThread();
        day.Rig.Setup();
        startup += GC.GetAllocatedBytesForCurrentThread() - before;
        checkpoint?.Invoke("after setup (inputs read, console built)", day);
        day.RunUntil(FirmwareDay.ActivatedBy);
        checkpoint?.Invoke("after activation (2 min)", day);
        day.RunUntil(FirmwareDay.SteadyFrom);
        checkpoint?.Invoke("after the outage and the commands (12 h)", day);
        before = GC.GetAllocatedBytesForCurrentThread();
        day.RunUntil(FirmwareDay.Day);
        long steady = GC.GetAllocatedBytesForCurrentThread() - before;
        checkpoint?.Invoke("after the day (24 h)", day);
        return (startup, steady);
    }

    // The device and the console are the firmware; the rest of the rig (module, stand-ins, script) is counted as stand-ins.
    private static (string, object)[] Roots(IFirmwareDay day)
    {
        var roots = new List<(string, object)> { ("device", day.Rig.Device) };
        if (day.Rig.Console != null)
        {
            roots.Add(("console", day.Rig.Console));
        }

        roots.Add(("rig", day));
        return [.. roots];
    }
}
