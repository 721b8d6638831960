using System.Net;
using System.Text.Json.Nodes;
using TuyaMcu.Bench.Web.Api;
using TuyaMcu.Bench.Web.Sessions;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>The API of a <c>--sim --profile pom01n</c> bench: its world's controls (outage, brown-out, the ACT button), their bad input, and its backup battery's power estimate.</summary>
public sealed class Pom01nApiTests
{
    private static Task<BenchClient> StartAsync() =>
        BenchClient.StartAsync(new BenchOptions { Mode = "sim", Profile = "pom01n", StartRunning = false });

    /// <summary>The bench, activated: the product query answered and the first report sent.</summary>
    private static async Task<BenchClient> ActivatedAsync()
    {
        BenchClient bench = await StartAsync();
        await bench.StepAsync(30_000);
        return bench;
    }

    private static async Task<bool?> StepAsync(BenchClient bench, string code) =>
        (await bench.StateAsync())["steps"]![code]?.GetValue<bool>();

    /// <summary>The MCU's reports (0x05) after <paramref name="since"/> frames.</summary>
    private static async Task<List<JsonObject>> ReportsAsync(BenchClient bench, int since = 0) =>
        (await bench.FramesAsync()).Skip(since).Where(f => f.IsCommand(0x05, "mcu")).ToList();

    [Fact]
    public async Task Info_NamesThePom01nControls_AndItsPlots()
    {
        await using BenchClient bench = await StartAsync();
        JsonNode info = await bench.GetJsonAsync("/api/info");
        Assert.Equal("pom01n", info["profile"]!.GetValue<string>());
        Assert.Equal(["outage", "brown-out", "button", "battery"], info["world"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["power_outage", "low_voltage", "batteryMv", "signal"], info["plots"]!.AsArray().Select(n => n!.GetValue<string>()));
        JsonArray schema = (await bench.GetJsonAsync("/api/schema")).AsArray();
        Assert.Contains(schema, d => d!["code"]!.GetValue<string>() == "outage_trigger");
        Assert.DoesNotContain(schema, d => d!["code"]!.GetValue<string>() == "doorcontact_state");
    }

    [Fact]
    public async Task Outage_ForSeconds_StepsPowerOutage_SendsItsUplink_AndEnds()
    {
        await using BenchClient bench = await ActivatedAsync();
        Assert.False(await StepAsync(bench, "power_outage"));
        int frames = (await bench.FramesAsync()).Count;

        await bench.OkAsync("/api/world/outage", "{\"seconds\":60}");
        Assert.True(await StepAsync(bench, "power_outage"));
        await bench.StepAsync(10_000);
        JsonObject uplink = Assert.Single(await ReportsAsync(bench, frames));
        Assert.True(uplink.Dp("power_outage")!["value"]!.GetValue<bool>());

        await bench.StepAsync(55_000);
        Assert.False(await StepAsync(bench, "power_outage"));
        Assert.False((await ReportsAsync(bench, frames)).Last().Dp("power_outage")!["value"]!.GetValue<bool>());
    }

    [Fact]
    public async Task BrownOut_UntilEnded_HoldsLowVoltage_UntilTheEndRequest()
    {
        await using BenchClient bench = await ActivatedAsync();
        await bench.OkAsync("/api/world/brown-out", "{}");
        await bench.StepAsync(600_000);
        Assert.True(await StepAsync(bench, "low_voltage"));
        Assert.False(await StepAsync(bench, "power_outage"));
        Assert.Contains(await ReportsAsync(bench), r => r.Dp("low_voltage")!["value"]!.GetValue<bool>());

        await bench.OkAsync("/api/world/brown-out/end");
        Assert.False(await StepAsync(bench, "low_voltage"));
    }

    [Fact]
    public async Task Outage_StartedAgain_IsNotCutShortByTheEarlierOnesEnd()
    {
        await using BenchClient bench = await ActivatedAsync();
        await bench.OkAsync("/api/world/outage", "{\"seconds\":60}");
        await bench.OkAsync("/api/world/outage/end");
        await bench.OkAsync("/api/world/outage", "{}");
        await bench.StepAsync(120_000);
        Assert.True(await StepAsync(bench, "power_outage"));
    }

    [Fact]
    public async Task Button_ShortPress_AsksForAnUplink()
    {
        await using BenchClient bench = await ActivatedAsync();
        int frames = (await bench.FramesAsync()).Count;
        await bench.OkAsync("/api/world/button", "{\"press\":\"short\"}");
        await bench.StepAsync(10_000);
        Assert.NotEmpty(await ReportsAsync(bench, frames));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?board=devkitc")]
    public async Task Power_BeforeAnyOutage_Is409_SayingToStartOne(string query)
    {
        await using BenchClient bench = await ActivatedAsync();
        using HttpResponseMessage response = await bench.Http.GetAsync("/api/power" + query);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        string error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();
        Assert.Equal(PowerJson.NoTimeOnBackupBattery, error);
        Assert.StartsWith("the run has not been on the backup battery yet: start a mains outage first", error);
    }

    [Fact]
    public async Task Power_AfterAnOutage_EstimatesTheBackupBatteryOverTheTimeOnIt_AsSimPowerDoes()
    {
        await using BenchClient bench = await ActivatedAsync();
        await bench.StepAsync(3_600_000);
        await bench.OkAsync("/api/world/outage", "{\"seconds\":21600}");
        await bench.StepAsync(8 * 3_600_000);

        JsonNode power = await bench.GetJsonAsync("/api/power");
        JsonNode counted = power["onBattery"]!;
        var onBattery = new BatteryModeTotals(
            counted["batteryMs"]!.GetValue<long>(), counted["awakeMs"]!.GetValue<long>(), counted["uplinks"]!.GetValue<long>(),
            counted["wakes"]!.GetValue<long>(), counted["bytesSent"]!.GetValue<long>(), counted["moduleNoServiceMs"]!.GetValue<long>());
        Assert.InRange(onBattery.BatteryMs, 21_600_000 - 60_000, 21_600_000);
        Assert.True(onBattery.Uplinks > 0);
        Assert.Equal(onBattery.BatteryMs / 1000.0, power["periodSeconds"]!.GetValue<double>());
        Assert.Equal("battery", power["mode"]!.GetValue<string>());
        Assert.Equal(1000, power["battery"]!["capacityMah"]!.GetValue<double>());
        Assert.Equal("the simulation, on the backup battery", power["countedBy"]!.GetValue<string>());

        BackupBatteryEstimate expected = BackupBatteryEstimate.From(onBattery, PowerTable.Pom01nBackup)!;
        Assert.Equal(Math.Round(expected.Estimate.AverageMicroamps, 6), power["averageMicroamps"]!.GetValue<double>());
        Assert.Equal(Math.Round(expected.OutageDays, 6), power["outage"]!["days"]!.GetValue<double>());
        Assert.Equal(30, power["outage"]!["ratedDays"]!.GetValue<double>());
        Assert.Equal(expected.OutageDays >= 30, power["outage"]!["targetReached"]!.GetValue<bool>());
        Assert.Equal(expected.Format(), power["text"]!.GetValue<string>());

        JsonNode devkit = await bench.GetJsonAsync("/api/power?board=devkitc");
        BackupBatteryEstimate onDevKit = BackupBatteryEstimate.From(onBattery, PowerTable.Pom01nBackup.WithBoard(BoardKind.DevKitC))!;
        Assert.Equal(Math.Round(onDevKit.Estimate.AverageMicroamps, 6), devkit["averageMicroamps"]!.GetValue<double>());
        Assert.True(onDevKit.Estimate.AverageMicroamps > expected.Estimate.AverageMicroamps);
    }

    [Theory]
    [InlineData("/api/world/outage", "{\"seconds\":0}", "'seconds' must be 1..604800, got 0")]
    [InlineData("/api/world/outage", "{\"seconds\":604801}", "'seconds' must be 1..604800, got 604801")]
    [InlineData("/api/world/outage", "{\"seconds\":\"60\"}", "'seconds' must be an integer, got \"60\"")]
    [InlineData("/api/world/brown-out", "{\"minutes\":1}", "unknown field 'minutes' (this endpoint takes seconds)")]
    [InlineData("/api/world/button", "{\"press\":\"medium\"}", "'press' must be short or long, got 'medium'")]
    [InlineData("/api/world/button", "{}", "'press' is required")]
    [InlineData("/api/world/contact", "{\"state\":\"open\"}", "the pom01n profile has no contact control (its world controls: outage, brown-out, button, battery)")]
    [InlineData("/api/world/pulses", "{\"count\":1}", "the pom01n profile has no pulses control (its world controls: outage, brown-out, button, battery)")]
    public async Task WorldControls_RefuseBadInput_AndChangeNothing(string path, string body, string error)
    {
        await using BenchClient bench = await ActivatedAsync();
        int frames = (await bench.FramesAsync()).Count;
        Assert.Equal(error, await bench.RefusedAsync(path, body));
        await bench.StepAsync(60_000);
        Assert.False(await StepAsync(bench, "power_outage"));
        Assert.False(await StepAsync(bench, "low_voltage"));
        Assert.DoesNotContain((await bench.FramesAsync()).Skip(frames), f => f.IsCommand(0x05, "mcu") && f.Dp("power_outage")!["value"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/api/world/outage", "{\"seconds\":60}", "outage")]
    [InlineData("/api/world/brown-out/end", "", "brown-out")]
    [InlineData("/api/world/button", "{\"press\":\"long\"}", "button")]
    public async Task Pom01nControls_OnACpn01Bench_Are400_NamingTheProfile(string path, string body, string control)
    {
        await using BenchClient bench = await BenchClient.StartAsync();
        Assert.Equal($"the cpn01 profile has no {control} control (its world controls: contact, pulses, battery)", await bench.RefusedAsync(path, body));
        Assert.Empty(await bench.FramesAsync());
    }

    [Fact]
    public async Task UnknownProfile_IsOneLine()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => BenchClient.StartAsync(new BenchOptions { Mode = "sim", Profile = "pom02" }));
        Assert.Equal("unknown profile 'pom02' (known: cpn01, pom01n)", e.Message);
    }
}
