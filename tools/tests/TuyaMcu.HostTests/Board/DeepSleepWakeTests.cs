using TuyaMcu.Board;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using SimBoard = TuyaMcu.ApiTwins.Simulation.Board;

namespace TuyaMcu.HostTests.Board;

/// <summary>
/// The ESP32's deep sleep wakes on any number of the board's inputs, each at its own level, as far as
/// its two pin wake-ups (ext0: one pin, either level; ext1: several pins any high, or all low) allow;
/// what they cannot do is refused before sleeping. On the API twins' simulated ESP32.
/// </summary>
[Collection(TwinBoardCollection.Name)]
public sealed class DeepSleepWakeTests : IDisposable
{
    private const int ContactGpio = 33;
    private const int DoorGpio = 4;
    private const int LidGpio = 27;

    private readonly string _storage = Directory.CreateTempSubdirectory("tuyamcu-wake-").FullName;

    public DeepSleepWakeTests() => SimBoard.Reset();

    public void Dispose()
    {
        SimBoard.Reset();
        Directory.Delete(_storage, recursive: true);
    }

    [Fact]
    public void OneInput_WakesByExt0_AtItsLevel()
    {
        DeviceHardware hardware = Open();

        Sleep(hardware, ("contact", false));

        Assert.Equal(1, SimBoard.DeepSleeps);
        Assert.Equal(TimeSpan.FromMinutes(1), SimBoard.WakeTimer);
        Assert.Equal(ContactGpio, SimBoard.WakePin);
        Assert.Equal(0, SimBoard.WakeLevel);
        Assert.Equal(-1, SimBoard.WakeMultiMode);
    }

    [Fact]
    public void SeveralInputsWakingHigh_WakeByExt1_OnAnyOfThem()
    {
        DeviceHardware hardware = Open(BoardInput.Level("door", DoorGpio, true, InputPull.None, true));

        Sleep(hardware, ("contact", true), ("door", true));

        Assert.Equal(-1, SimBoard.WakePin);
        Assert.Equal((1UL << ContactGpio) | (1UL << DoorGpio), SimBoard.WakeMultiPins);
        Assert.Equal(1, SimBoard.WakeMultiMode);
    }

    [Fact]
    public void OneLowAndOthersHigh_WakeByExt0Low_AndExt1High()
    {
        DeviceHardware hardware = Open(BoardInput.Level("door", DoorGpio, true, InputPull.None, true), BoardInput.Level("lid", LidGpio, true, InputPull.None, true));

        Sleep(hardware, ("door", true), ("contact", false), ("lid", true));

        Assert.Equal(ContactGpio, SimBoard.WakePin);
        Assert.Equal(0, SimBoard.WakeLevel);
        Assert.Equal((1UL << DoorGpio) | (1UL << LidGpio), SimBoard.WakeMultiPins);
        Assert.Equal(1, SimBoard.WakeMultiMode);
    }

    [Fact]
    public void ThreeInputsWakingLow_AreRefused_BeforeSleeping()
    {
        DeviceHardware hardware = Open(BoardInput.Level("door", DoorGpio, true, InputPull.None, true), BoardInput.Level("lid", LidGpio, true, InputPull.None, true));

        var error = Assert.Throws<ArgumentException>(() => Sleep(hardware, ("contact", false), ("door", false), ("lid", false)));

        Assert.Equal("the ESP32 wakes on at most two pins going low, not GPIO33, GPIO4 and GPIO27", error.Message);
        Assert.Equal(0, SimBoard.DeepSleeps);
    }

    private DeviceHardware Open(params BoardInput[] more)
    {
        BoardConfiguration configuration = Boards.Esp32DevKitC();
        configuration.Inputs = [.. configuration.Inputs, .. more];
        return new Esp32Board(configuration, _storage).Open();
    }

    private static void Sleep(DeviceHardware hardware, params (string Role, bool Level)[] inputs)
    {
        var wake = new WakeSources();
        foreach ((string role, bool level) in inputs)
        {
            wake.Add(hardware.Input(role)!.Level, level);
        }

        hardware.System.DeepSleep(60_000, wake);
    }
}
