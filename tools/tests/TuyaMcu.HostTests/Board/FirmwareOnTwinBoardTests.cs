using System.Diagnostics;
using System.Text;
using nanoFramework.Hardware.Esp32;
using TuyaMcu.Board;
using TuyaMcu.Platform;
using TuyaMcu.HostTests.Application;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;
using SimBoard = TuyaMcu.ApiTwins.Simulation.Board;

namespace TuyaMcu.HostTests.Board;

/// <summary>The twins' simulated ESP32 is process-wide state: these tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwinBoardCollection
{
    public const string Name = "simulated ESP32 board";
}

/// <summary>
/// The firmware's board layer and main loop (TuyaMcu/Board, linked into tools/firmware/TuyaMcu.Board.Host)
/// on the API twins' simulated ESP32: pins, UARTs, ADC and the flash drive, in real time, with the
/// module simulator on the other end of COM2. The wait conditions have generous real-time limits;
/// nothing asserts on how long anything took.
/// </summary>
[Collection(TwinBoardCollection.Name)]
public sealed class FirmwareOnTwinBoardTests : IDisposable
{
    private const int ContactGpio = 33;
    private const int WakeGpio = 18;
    private const int ResetGpio = 19;
    private const int LedGpio = 2;
    private const int BatteryChannel = 6;
    private const int TimeLimitMs = 30_000;

    private readonly string _storage = Directory.CreateTempSubdirectory("tuyamcu-board-").FullName;
    private Firmware? _firmware;
    private ModuleSimulator? _module;

    public FirmwareOnTwinBoardTests()
    {
        SimBoard.Reset();

        // 1.80 V at the divider tap: a 3.6 V cell.
        SimBoard.Adc[BatteryChannel] = 1800 * 4095 / 3100;

        // The contact starts closed (it pulls the pin low).
        SimBoard.SetInput(ContactGpio, false);
    }

    public void Dispose()
    {
        _firmware?.Stop();
        SimBoard.Reset();
        Directory.Delete(_storage, recursive: true);
    }

    [Fact]
    public void Board_RefusesAConflictingPinMap_BeforeTouchingAnyPin()
    {
        BoardConfiguration configuration = Boards.Esp32DevKitC();
        configuration.LedPin = ContactGpio;

        var error = Assert.Throws<ArgumentException>(() => new Esp32Board(configuration, _storage));

        Assert.Equal("board 'ESP32-DevKitC': GPIO33 is assigned twice: contact and LED", error.Message);
        Assert.Empty(SimBoard.OpenPins);
        Assert.Empty(SimBoard.PinFunctions);
        Assert.Empty(SimBoard.Uarts);
    }

    [Fact]
    public void Start_RoutesTheUartsAndAdc_AndDrivesEachOutputToItsIdleLevel()
    {
        Start();

        Assert.Equal((int)DeviceFunction.COM2_RX, SimBoard.PinFunctions[16]);
        Assert.Equal((int)DeviceFunction.COM2_TX, SimBoard.PinFunctions[17]);
        Assert.Equal((int)DeviceFunction.COM3_RX, SimBoard.PinFunctions[26]);
        Assert.Equal((int)DeviceFunction.COM3_TX, SimBoard.PinFunctions[25]);
        Assert.Equal((int)DeviceFunction.ADC1_CH6, SimBoard.PinFunctions[34]);
        Assert.False(SimBoard.Outputs[ResetGpio]);
        Assert.True(SimBoard.Outputs[WakeGpio]);
        Assert.True(SimBoard.Outputs[LedGpio]);
    }

    [Fact]
    public void Firmware_JoinsTheModuleAndReportsTheContactOpening_OverTheUart()
    {
        Start();
        ModuleSimulator module = AttachModule();

        Assert.True(RunUntil(() => CloudDps.Uplinks(module).Count > 0), "no uplink after joining");
        Assert.Equal(false, CloudDps.Uplinks(module)[0].Dps[Cpn01Dp.DoorContactState]);
        Assert.InRange((int)CloudDps.Uplinks(module)[0].Dps[Cpn01Dp.BatteryVoltage], 3590, 3610);
        Assert.Equal("tuyamcucpn01", module.McuProductInfo!.ProductId);

        SimBoard.SetInput(ContactGpio, true);

        Assert.True(RunUntil(() => CloudDps.Reports(module).Any(r => r.Dps.TryGetValue(Cpn01Dp.DoorContactState, out object? open) && (bool)open)), "the opening was not reported");
        Assert.Equal(0, _firmware!.Recoveries);
    }

    [Fact]
    public void Console_OnTheSecondUart_AsksThePasswordAndChangesASetting()
    {
        Start();
        var console = SimBoard.Uart("COM3");

        console.Deliver(Encoding.ASCII.GetBytes("12345678\r\nAT+TDC=600\r\n"));

        var output = new StringBuilder();
        Assert.True(RunUntil(() => Append(output, console) && output.ToString().Contains("OK", StringComparison.Ordinal)), "no OK from the console: " + output);
        Assert.Equal(600, ((Cpn01Application)_firmware!.Device.Application).Settings.TdcSeconds);
    }

    [Fact]
    public void Firmware_RebuildsTheDeviceAndCarriesOn_WhenTheModuleUartFails()
    {
        Start();
        ModuleSimulator module = AttachModule();
        Assert.True(RunUntil(() => CloudDps.Uplinks(module).Count > 0), "no uplink after joining");

        SimBoard.Uart("COM2").FailingReads = 1;
        module.SendBatteryCheck();
        Assert.True(RunUntil(() => _firmware!.Recoveries == 1), "the failure was not recovered from");

        SimBoard.SetInput(ContactGpio, true);
        Assert.True(RunUntil(() => CloudDps.Reports(module).Any(r => r.Dps.TryGetValue(Cpn01Dp.DoorContactState, out object? open) && (bool)open)), "the rebuilt device did not report the opening");
        Assert.Equal(0, SimBoard.Reboots);
    }

    [Fact]
    public void Firmware_SavesAndReboots_WhenTheHeapRunsOut_InsteadOfRebuilding()
    {
        Start();
        ModuleSimulator module = AttachModule();
        Assert.True(RunUntil(() => CloudDps.Uplinks(module).Count > 0), "no uplink after joining");
        DateTime savedBefore = LatestSave();

        var uart = SimBoard.Uart("COM2");
        uart.FailOutOfMemory = true;
        uart.FailingReads = 1;
        module.SendBatteryCheck();

        Assert.True(RunUntil(() => SimBoard.Reboots > 0), "the firmware did not reboot");
        Assert.Equal(0, _firmware!.Recoveries);
        Assert.True(LatestSave() > savedBefore, "nothing was saved before the reboot");
    }

    [Fact]
    public void Firmware_RebootsTheChip_WhenAComponentFailsFiveTimesInAMinute()
    {
        Start();
        ModuleSimulator module = AttachModule();
        SimBoard.Uart("COM2").FailingReads = 5;

        Assert.True(RunUntil(() =>
        {
            module.SendBatteryCheck();
            return SimBoard.Reboots > 0;
        }), "the firmware never rebooted");
        Assert.Equal(4, _firmware!.Recoveries);
    }

    private void Start()
    {
        var board = new Esp32Board(Boards.Esp32DevKitC(), _storage);
        var options = new DeviceOptions();
        options.Link.WakeBeforeSend = true;
        _firmware = new Firmware(board, options, new Cpn01Profile());
        _firmware.Start();
    }

    private DateTime LatestSave() =>
        Directory.EnumerateFiles(_storage, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();

    private ModuleSimulator AttachModule()
    {
        var profile = new ModuleProfile
        {
            BootDelayMs = 100,
            NetworkSchedule = [50, 100, 150, 200],
            CloudLatencyMinMs = 20,
            CloudLatencyMaxMs = 60,
        };
        _module = new ModuleSimulator(new SystemClock(), new TwinUartLine(SimBoard.Uart("COM2")), profile);
        return _module;
    }

    /// <summary>Runs the firmware's loop and the module in turn until <paramref name="condition"/> holds, or the time limit.</summary>
    private bool RunUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < TimeLimitMs)
        {
            _firmware!.RunOnce();
            _module?.Poll();
            if (condition())
            {
                return true;
            }
        }

        return false;
    }

    private static bool Append(StringBuilder output, TuyaMcu.ApiTwins.Simulation.SimulatedUart uart)
    {
        output.Append(Encoding.ASCII.GetString(uart.DrainSent()));
        return true;
    }
}
