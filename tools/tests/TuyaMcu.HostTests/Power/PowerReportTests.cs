using TuyaMcu.Platform;
using System.Text;
using System.Text.Json;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.HostTests.Power;

public sealed class PowerReportTests
{
    private static PowerEstimate Cpn01() => PowerEstimator.Estimate(PowerTable.Default, PowerScenarios.Cpn01Default(), PowerScenarios.Day, PowerMode.Battery);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void TheTextReportListsEveryContributorTheTotalAndTheBatteryLife()
    {
        PowerEstimate e = Cpn01();
        string text = PowerReport.Format(e);
        foreach (PowerContribution c in e.Contributions)
        {
            Assert.Contains(c.Name, text, StringComparison.Ordinal);
        }

        Assert.Contains("total", text, StringComparison.Ordinal);
        Assert.Contains("mAh/day", text, StringComparison.Ordinal);
        Assert.Contains($"average current {e.AverageMicroamps.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} µA", text, StringComparison.Ordinal);
        Assert.Contains($"{e.BatteryLifeYears.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} years", text, StringComparison.Ordinal);
        Assert.Contains("over 1 day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonIsWellFormedAndCarriesTheFigures()
    {
        PowerEstimate e = Cpn01();
        string json = Json(e.WriteJson);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;

        Assert.Equal("battery", root.GetProperty("mode").GetString());
        Assert.Equal(86400, root.GetProperty("periodSeconds").GetDouble());
        Assert.Equal(e.AverageMicroamps, root.GetProperty("averageMicroamps").GetDouble(), 1e-5);
        JsonElement contributors = root.GetProperty("contributors");
        Assert.Equal(e.Contributions.Count, contributors.GetArrayLength());
        Assert.Equal(1.0, contributors.EnumerateArray().Sum(c => c.GetProperty("share").GetDouble()), 1e-4);
        foreach (JsonElement c in contributors.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("key").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString()));
            Assert.True(c.GetProperty("mahPerDay").GetDouble() >= 0);
        }

        JsonElement battery = root.GetProperty("battery");
        Assert.Equal(8500, battery.GetProperty("capacityMah").GetDouble());
        Assert.Equal(e.BatteryLifeYears, battery.GetProperty("lifeYears").GetDouble(), 1e-5);

        // The static entry point writes the same.
        Assert.Equal(json, Json(w => PowerReport.WriteJson(w, e)));
    }

    [Fact]
    public void AnUnlimitedBatteryLifeIsNullInJson()
    {
        PowerTable nothing = PowerTable.Default;
        foreach (PowerEntry entry in PowerTable.Default.Entries.Where(x => x.Unit is PowerUnit.Microampere or PowerUnit.Milliampere))
        {
            nothing = nothing.With(entry.Id, 0, PowerSource.Assume("all currents zero to test an unlimited battery life"));
        }

        nothing = nothing.With(PowerEntryId.BatterySelfDischarge, 0, PowerSource.Assume("no self-discharge to test an unlimited battery life"));
        PowerEstimate e = PowerEstimator.Estimate(nothing, PowerScenarios.Cpn01Default(), PowerScenarios.Day, PowerMode.Battery);
        Assert.Equal(0, e.AverageMicroamps);
        Assert.True(double.IsPositiveInfinity(e.BatteryLifeYears));
        Assert.Contains("unlimited", PowerReport.Format(e), StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(Json(e.WriteJson));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("battery").GetProperty("lifeYears").ValueKind);
    }

    [Fact]
    public void TheTableRendersEveryEntryWithItsSource()
    {
        string text = PowerReport.FormatTable(PowerTable.Default);
        foreach (PowerEntry entry in PowerTable.Default.Entries)
        {
            Assert.Contains(entry.Name + ": " + entry.FormatValue(), text, StringComparison.Ordinal);
            Assert.Contains(entry.Source.ToString(), text, StringComparison.Ordinal);
        }

        using JsonDocument doc = JsonDocument.Parse(Json(PowerTable.Default.WriteJson));
        JsonElement entries = doc.RootElement.GetProperty("entries");
        Assert.Equal(Enum.GetValues<PowerEntryId>().Length, entries.GetArrayLength());
        Assert.All(entries.EnumerateArray(), e => Assert.Contains(e.GetProperty("sourceKind").GetString(), new[] { "citation", "assumption", "computed" }));
    }

    [Theory]
    [InlineData(86400, "1 day")]
    [InlineData(7 * 86400, "7 days")]
    [InlineData(36 * 3600, "36 h")]
    [InlineData(5400, "1.5 h")]
    [InlineData(90, "1.5 min")]
    [InlineData(12, "12 s")]
    public void PeriodsReadNaturally(int seconds, string expected)
    {
        Assert.Equal(expected, PowerReport.FormatPeriod(TimeSpan.FromSeconds(seconds)));
    }
}
