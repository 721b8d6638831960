using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Application;

/// <summary>
/// DPs under Tuya's standard codes carry what the standard says: <c>signal_strength</c> is dBm (the
/// RSRP), while the CPN01 payload keeps Dragino's CSQ; <c>battery_value</c> is the battery's voltage.
/// </summary>
public sealed class StandardDpCodeTests
{
    private const long Minute = 60_000;

    [Theory]
    [InlineData(80, -61, 31)]
    [InlineData(30, -111, 6)]
    [InlineData(1, -140, 0)]
    public void SignalStrength_IsTheRsrpInDbm_AndThePayloadKeepsTheCsq(int rsrpLevel, int dbm, int csq)
    {
        var bench = new DeviceBench(profile: new ModuleProfile { RsrpLevel = rsrpLevel });
        bench.Loop.RunFor(2 * Minute);

        var uplink = CloudDps.Uplinks(bench.Module).Last();
        Assert.Equal(dbm, uplink.Dps[Cpn01Dp.SignalStrength]);
        var payload = new Cpn01Payload();
        byte[] raw = (byte[])uplink.Dps[Cpn01Dp.Cpn01Payload];
        Assert.Null(payload.Decode(raw, 0, raw.Length));
        Assert.Equal(csq, payload.Signal);
    }

    [Fact]
    public void SignalStrength_IsMinus255_WhileTheSignalIsUnknown()
    {
        var bench = new DeviceBench();

        Assert.Equal(-255, bench.App.Get(Cpn01Dp.SignalStrength));
    }

    [Fact]
    public void StandardCodes_AreTheCodesOfTheirDps()
    {
        var schema = Cpn01Schema.Create().ToDictionary(d => d.Id, d => d.Code);

        Assert.Equal("doorcontact_state", schema[Cpn01Dp.DoorContactState]);
        Assert.Equal("battery_percentage", schema[Cpn01Dp.BatteryPercentage]);
        Assert.Equal("battery_state", schema[Cpn01Dp.BatteryState]);
        Assert.Equal("battery_value", schema[Cpn01Dp.BatteryVoltage]);
        Assert.Equal("signal_strength", schema[Cpn01Dp.SignalStrength]);
    }
}
