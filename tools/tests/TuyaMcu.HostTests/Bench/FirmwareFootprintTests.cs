using TuyaMcu.Tooling.Bench;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Bench;

/// <summary>
/// The whole firmware's footprint on the device test's day (<see cref="MemoryBenchmark"/>): it fits
/// the ESP32's heap budget at every checkpoint, allocates nothing in steady state, and the model
/// reproduces what the interpreter measured for the datalog.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class FirmwareFootprintTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("cpn01")]
    [InlineData("pom01n")]
    public void WholeFirmwareDay_FitsTheEsp32HeapBudget_AndAllocatesNothingInSteadyState(string profile)
    {
        MemoryBenchmarkResult r = new MemoryBenchmark().Run(0, profile);

        var report = new StringWriter();
        MemoryReport.Write(report, r, 10);
        output.WriteLine(report.ToString());
        Assert.True(r.Peak <= MemoryBenchmark.ModelBudgetBytes, $"the model's peak, {r.Peak} bytes, is over the {MemoryBenchmark.ModelBudgetBytes} bytes left beside the runtime");
        Assert.Equal(0, r.HostSteadyBytes);
    }

    [Fact]
    public void Datalog_128To32Records_SavesWhatTheInterpreterMeasured()
    {
        // On the interpreter (issue 10): cutting the ring from 128 to 32 records saved 4.75 KiB.
        const double measured = 4.75 * 1024;
        var bench = new MemoryBenchmark();

        long saved = bench.Run(128).AfterDay.BytesOf(HeapOwner.Firmware) - bench.Run(32).AfterDay.BytesOf(HeapOwner.Firmware);

        output.WriteLine($"modelled saving {saved} bytes, {saved / measured:P0} of the {measured} measured");
        Assert.InRange(saved, 0.8 * measured, 1.05 * measured);
    }
}
