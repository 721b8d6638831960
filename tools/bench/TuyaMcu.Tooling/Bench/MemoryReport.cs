using System.Globalization;

namespace TuyaMcu.Tooling.Bench;

/// <summary>Prints a <see cref="MemoryBenchmarkResult"/> for people: checkpoints, budget, the largest parts, host allocation.</summary>
public static class MemoryReport
{
    /// <summary>Writes the report, with the <paramref name="top"/> largest parts of the firmware after the day.</summary>
    public static void Write(TextWriter output, MemoryBenchmarkResult r, int top)
    {
        HeapCensus day = r.AfterDay;
        output.WriteLine($"memory bench: the whole firmware on the device test's rig (TuyaMcu.Tests/Firmware), one simulated day of the {r.Profile} profile; datalog of {r.DatalogCapacity} records");
        output.WriteLine();
        output.WriteLine("nanoCLR heap model, bytes (12-byte blocks; the runtime and its assemblies are not in it)");
        output.WriteLine($"  {"checkpoint",-48} {"total",8} {"statics",8} {"firmware",9} {"stand-ins",9}");
        foreach (MemoryCheckpoint c in r.Checkpoints)
        {
            HeapCensus h = c.Census;
            output.WriteLine($"  {c.Name,-48} {N(h.Bytes),8} {N(h.BytesOf(HeapOwner.Static)),8} {N(h.BytesOf(HeapOwner.Firmware)),9} {N(h.BytesOf(HeapOwner.StandIn)),9}");
        }

        long room = MemoryBenchmark.ModelBudgetBytes - r.Peak;
        output.WriteLine();
        output.WriteLine($"  largest at a boot checkpoint {N(r.SetupPeak)}, at any checkpoint {N(r.Peak)}");
        output.WriteLine($"  budget: {N(MemoryBenchmark.HeapBudgetBytes)} of heap less {N(MemoryBenchmark.RuntimeBytes)} for the runtime = {N(MemoryBenchmark.ModelBudgetBytes)}: "
            + (room >= 0 ? $"met, {N(room)} to spare" : $"over by {N(-room)}"));
        output.WriteLine();
        output.WriteLine($"largest parts after the day (first reached through; 'approx.' = a system type sized from its .NET fields):");
        foreach ((string path, long bytes, int objects) in day.ByPath(3).Take(top))
        {
            bool approximate = day.Objects.Any(o => o.Approximate && (o.Path == path || o.Path.StartsWith(path + ".", StringComparison.Ordinal)));
            output.WriteLine($"  {path,-52} {N(bytes),7} in {objects,4} objects{(approximate ? " approx." : string.Empty)}");
        }

        output.WriteLine();
        output.WriteLine("host runtime (.NET), bytes allocated on this thread:");
        output.WriteLine($"  start-up (build and setup)              {N(r.HostStartupBytes),9}");
        output.WriteLine($"  steady state (the last {r.SteadyHours} h of the day)    {N(r.HostSteadyBytes),9}");
#if DEBUG
        output.WriteLine("  (Debug build: use -c Release for representative host figures)");
#endif
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
