using System.Diagnostics;
using TuyaMcu.Board;
using SimBoard = TuyaMcu.ApiTwins.Simulation.Board;

namespace TuyaMcu.HostTests.Board;

/// <summary>
/// The board's UART lets bytes gather before the main loop parses them (TuyaMcu/Board/Esp32Uart.cs,
/// LoopSignal.cs), on the API twins' simulated UART: a few bytes ask the loop to wake within the
/// gathering window, counted from the first of them; enough bytes wake it at once. Real-time
/// limits here are generous: nothing asserts on how fast anything ran.
/// </summary>
[Collection(TwinBoardCollection.Name)]
public sealed class UartGatheringTests : IDisposable
{
    private readonly LoopSignal _signal = new();
    private readonly Esp32Uart _uart;

    public UartGatheringTests()
    {
        SimBoard.Reset();
        _uart = new Esp32Uart("COM2", 16, 17, 9600, _signal);
    }

    public void Dispose()
    {
        _uart.Dispose();
        SimBoard.Reset();
    }

    [Theory]
    [InlineData(1200, 10)]
    [InlineData(9600, 10)]
    [InlineData(19200, 9)]
    [InlineData(38400, 5)]
    [InlineData(115200, 2)]
    [InlineData(921600, 2)]
    public void GatherWindow_IsTheTimeOf16BytesOnTheWire_Within2To10Ms(int baud, int expectedMs)
    {
        Assert.Equal(expectedMs, Esp32Uart.GatherWindowMs(baud));
    }

    [Fact]
    public void FewBytes_AskTheLoopToWakeWithinTheWindow_NotAtOnce()
    {
        long before = Environment.TickCount64;
        SimBoard.Uart("COM2").Deliver([0x55, 0xAA, 0x00]);
        long after = Environment.TickCount64;

        Assert.False(_signal.IsSet);
        Assert.InRange(_signal.WakeByMs, before + 10, after + 10);
    }

    [Fact]
    public void LaterBytes_DoNotPostponeTheWake()
    {
        SimBoard.Uart("COM2").Deliver([0x55]);
        long wakeBy = _signal.WakeByMs;
        Thread.Sleep(5);

        SimBoard.Uart("COM2").Deliver([0xAA, 0x00]);

        Assert.Equal(wakeBy, _signal.WakeByMs);
    }

    [Fact]
    public void SixteenBytesWaiting_WakeTheLoopAtOnce()
    {
        SimBoard.Uart("COM2").Deliver(new byte[15]);
        Assert.False(_signal.IsSet);

        SimBoard.Uart("COM2").Deliver([0x00]);

        Assert.True(_signal.IsSet);
    }

    [Fact]
    public void Wait_EndsAtTheGatheringDeadline_LongBeforeItsOwnLimit_AndClearsIt()
    {
        SimBoard.Uart("COM2").Deliver([0x55]);
        var watch = Stopwatch.StartNew();

        _signal.Wait(20_000);

        Assert.True(watch.ElapsedMilliseconds < 10_000, $"waited {watch.ElapsedMilliseconds} ms");
        Assert.Equal(long.MaxValue, _signal.WakeByMs);
    }

    [Fact]
    public void Wait_EndsAtOnce_WhenSet_AndWaitsItsLimit_WhenNothingHappens()
    {
        _signal.Set();
        var watch = Stopwatch.StartNew();
        _signal.Wait(20_000);
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"waited {watch.ElapsedMilliseconds} ms");
        Assert.False(_signal.IsSet);

        watch.Restart();
        _signal.Wait(60);

        Assert.True(watch.ElapsedMilliseconds >= 40, $"waited only {watch.ElapsedMilliseconds} ms");
    }
}
