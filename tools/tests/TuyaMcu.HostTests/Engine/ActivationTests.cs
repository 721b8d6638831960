using TuyaMcu.Dispatch;
using TuyaMcu.HostTests.Application;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Engine;

/// <summary>
/// Activation never stalls in silence: the module keeps asking for product information until
/// the MCU answers, and the MCU resets a module that has not asked (reset command, then the
/// reset line) — so a lossy line still activates.
/// </summary>
public sealed class ActivationTests
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;

    [Fact]
    public void HalfTheFramesLost_EachWay_TheDeviceStillActivates_UplinksAllDay_AndNeverResetsTheModule()
    {
        var faults = new FaultProfile { DropToMcu = 0.5, DropFromMcu = 0.5 };
        var bench = new DeviceBench(faults: faults, settings: new Cpn01Settings { EventUplinkMode = Cpn01Settings.EventsOff });

        bench.Loop.RunUntil(24 * Hour);

        Assert.NotNull(bench.Module.McuProductInfo);
        Assert.True(bench.World.Rtc.IsSet);
        Assert.True(bench.Totals().ReportsAcknowledged >= 10, $"{bench.Totals().ReportsAcknowledged} uplinks acknowledged");
        Assert.True(CloudDps.Records(bench.Module).Count(r => r.Accepted) >= 20);

        // A lossy line is not a dead module: nothing resets it.
        Assert.Equal(0, bench.Totals().ModuleResetCommands + bench.Totals().ModuleResetPulses);
        Assert.Equal(0, bench.Module.Statistics.Resets);
    }

    [Fact]
    public void ModuleWhoseProductQueriesWereAllLost_AndWhichStoppedAsking_GetsTheResetCommand_AndActivates()
    {
        // The module asks only one round, and every frame it sends in the first 10 s is lost.
        var faults = new FaultProfile { DropToMcu = 1.0 };
        var bench = new SimulatedBench(faults: faults, profile: new ModuleProfile { ProductQueryRounds = 1 });
        bench.Loop.At(10_000, () => faults.DropToMcu = 0);

        bench.Loop.RunFor(2 * Minute);

        Assert.Equal(1, bench.Dispatcher.Recovery.ResetCommands);
        Assert.Equal(0, bench.Dispatcher.Recovery.ResetPulses);
        Assert.NotNull(bench.Module.McuProductInfo);
        Assert.Equal(NetworkStatus.CloudConnected, bench.Dispatcher.State.NetworkStatus);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
    }

    [Fact]
    public void ModuleHungAtPowerUp_IsRestartedByItsResetLine_AndActivates()
    {
        var bench = new SimulatedBench();
        bench.Module.Hang();

        bench.Loop.RunFor(2 * Minute);

        Assert.Equal(1, bench.Dispatcher.Recovery.ResetPulses);
        Assert.Equal(1, bench.Module.Statistics.LineResets);
        Assert.InRange(bench.World.ResetLine.ChangedAtMs, 30_000, 31_000);
        Assert.Equal(NetworkStatus.CloudConnected, bench.Dispatcher.State.NetworkStatus);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
    }

    [Fact]
    public void ModuleThatAsksLate_ButWithinHalfAMinute_IsNotReset()
    {
        var bench = new SimulatedBench(profile: new ModuleProfile { BootDelayMs = 25_000 });

        bench.Loop.RunFor(2 * Minute);

        Assert.Equal(0, bench.Dispatcher.Recovery.ResetCommands + bench.Dispatcher.Recovery.ResetPulses);
        Assert.Equal(0, bench.Module.Statistics.Resets);
        Assert.Equal(StartupStage.Done, bench.Dispatcher.Stage);
    }
}
