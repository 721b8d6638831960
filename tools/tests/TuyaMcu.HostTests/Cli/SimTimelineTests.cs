using System.Globalization;
using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Serial;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Timeline;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// The <c>sim</c> timeline sees what the firmware sees: the frames its own parser finds (the
/// link's limits, the inter-byte timeout in virtual time), counts that agree with the summary,
/// and marks for the faults, resets, reboots and deep sleeps that explain the rest.
/// </summary>
public sealed partial class SimTimelineTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void UnderHarshFaults_TheTimelineFindsEveryFrameTheFirmwaresParserFinds(int seed)
    {
        var bench = new DeviceBench(seed: seed, faults: FaultProfile.Harsh);
        var entries = new List<TimelineEntry>();
        var timeline = new SimulationTimeline(bench, new FrameText(), entries.Add);

        bench.Loop.RunUntil(24 * 3_600_000);
        timeline.Finish();

        // Always on, no reboot: one firmware instance, one parser, the whole day.
        Assert.Equal(0, bench.System.Reboots);
        ParserStatistics firmware = bench.Device.Dispatcher.Link.ParserStatistics;
        TimelineEntry[] toMcu = [.. entries.Where(e => !e.IsMark && !e.FromMcu)];
        output.WriteLine($"seed {seed}: firmware found {firmware.Frames} frames and {firmware.ChecksumErrors} mismatches; the timeline {toMcu.Count(e => e.ChecksumOk)} and {toMcu.Count(e => !e.ChecksumOk)}");
        Assert.Equal(firmware.Frames, toMcu.Count(e => e.ChecksumOk));
        Assert.Equal(firmware.ChecksumErrors, toMcu.Count(e => !e.ChecksumOk));
        Assert.DoesNotContain(toMcu, e => e.NotReceived);

        // And the other way, as the module's parser saw it (the module never slept: no bytes lost to PSM).
        ModuleStatistics module = bench.Module.Statistics;
        Assert.Equal(0, module.BytesLostAsleep);
        TimelineEntry[] fromMcu = [.. entries.Where(e => !e.IsMark && e.FromMcu)];
        Assert.Equal(module.FramesFromMcu + module.DroppedFromMcu, fromMcu.Count(e => e.ChecksumOk));
        Assert.Equal(module.ChecksumErrors, fromMcu.Count(e => !e.ChecksumOk));

        // Each injected fault is marked.
        Assert.Equal(module.DroppedToMcu, Marked(entries, "the module's frame to the MCU is lost"));
        Assert.Equal(module.CorruptedToMcu, Marked(entries, "is flipped"));
        Assert.Equal(module.DuplicatedToMcu, Marked(entries, "reaches the MCU twice"));
        Assert.Equal(module.LateAnswers, Marked(entries, "holds its answer back"));
        Assert.Equal(module.DroppedFromMcu, Marked(entries, "the module never sees it"));
        Assert.Equal(module.Resets, Marked(entries, "resets"));
        Assert.Equal(module.Outages, Marked(entries, "goes offline"));
        Assert.True(module.Resets + module.Outages + module.DroppedToMcu > 0);
    }

    [Fact]
    public void UnderHarshFaults_ThePrintedTimelineAgreesWithTheSummary()
    {
        var r = CliRunner.Run("sim", "--faults", "harsh");

        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Lines[..^1];
        Match summary = SummaryFigures().Match(r.Lines[^1]);
        Assert.True(summary.Success, r.Lines[^1]);
        Assert.Equal(Figure(summary, "fromMcu"), lines.Count(l => l.Contains("  mcu -> module  ") && !l.Contains("BAD CHECKSUM")));
        Assert.Equal(Figure(summary, "toMcu"), lines.Count(l => l.Contains("  module -> mcu  ") && !l.Contains("BAD CHECKSUM")));
        Assert.Equal(Figure(summary, "bad"), lines.Count(l => l.Contains("BAD CHECKSUM")));

        // Every acknowledgement the firmware counted came in a frame the timeline shows (late ones come on top).
        int acknowledgements = lines.Count(l => l.Contains("module -> mcu  Report real-time status  result=0"));
        output.WriteLine($"{acknowledgements} acknowledgements printed, {Figure(summary, "acknowledged")} counted");
        Assert.InRange(acknowledgements, Figure(summary, "acknowledged"), int.MaxValue);

        // In time order.
        long[] times = [.. lines.Select(Time)];
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public void ResetsOutagesAndReboots_AreMarked()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "1h reset-module\n2h offline 30m\n3h dp device_reset=true\n");

        var r = CliRunner.Run("sim", "--hours", "4", "--scenario", file.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("0d 01:00:00.000  -- module  resets: the line to the MCU is cleared, activation starts again", r.Lines);
        Assert.Contains("0d 02:00:00.000  -- cloud  goes offline: reports fail, the module keeps records", r.Lines);
        Assert.Contains("0d 02:30:00.000  -- cloud  back online", r.Lines);
        Assert.Contains(r.Lines, l => Regex.IsMatch(l, @"^0d 03:00:0\d\.\d{3}  -- mcu  reboots: the firmware starts again from what it saved$"));
    }

    [Fact]
    public void DeepSleeps_AreMarked_AndFramesTheSleepingMcuNeverHeard_Flagged()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "00:37:00 offline 23h\n");

        var r = CliRunner.Run("sim", "--hours", "1.1", "--power-mode", "battery", "--scenario", file.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.Lines, l => l.Contains("-- mcu  deep sleep until 0d 01:00:00.000 or a contact change: the UART is off"));
        Assert.Contains(r.Lines, l => l.StartsWith("0d 01:00:00.000  -- mcu  wakes (the timer) after ", StringComparison.Ordinal));
        Assert.Contains("0d 00:37:00.002  module -> mcu  Report device network status  (not received: the MCU is asleep) networkStatus=2 networkStatusText=network found", r.Lines);
    }

    [Theory]
    [InlineData("always-on")]
    [InlineData("battery")]
    public void Summary_SaysHowManyUnsentRecordsWereOverwritten_TheSameAwakeOrAsleep(string mode)
    {
        // TR 3 min, TDC 12 h, NOUD 8: 240 records a TDC into a ring of 32.
        var r = CliRunner.Run("sim", "--hours", "48", "--power-mode", mode, "--tdc", "43200", "--tr", "180", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("records acknowledged 24, failed 0, pending 32, overwritten unsent 904; ", r.Out);
    }

    private static int Marked(List<TimelineEntry> entries, string text) => entries
        .Where(e => e.IsMark && e.Name.Contains(text, StringComparison.Ordinal))
        .Sum(e => MarkCount().Match(e.Name) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 1);

    private static int Figure(Match summary, string name) => int.Parse(summary.Groups[name].Value, CultureInfo.InvariantCulture);

    private static long Time(string line)
    {
        Match m = LineTime().Match(line);
        Assert.True(m.Success, line);
        return (long)TimeSpan.ParseExact(m.Groups[2].Value, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture).TotalMilliseconds + long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 86_400_000;
    }

    [GeneratedRegex(@"frames mcu->module (?<fromMcu>\d+), module->mcu (?<toMcu>\d+), bad (?<bad>\d+);.* reports acknowledged (?<acknowledged>\d+),")]
    private static partial Regex SummaryFigures();

    [GeneratedRegex(@"\(x(\d+)\)$")]
    private static partial Regex MarkCount();

    [GeneratedRegex(@"^(\d+)d (\d\d:\d\d:\d\d\.\d\d\d)  ")]
    private static partial Regex LineTime();
}
