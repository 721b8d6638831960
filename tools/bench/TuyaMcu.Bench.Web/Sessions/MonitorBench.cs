using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Power;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>A passive monitor of one line: the monitor's own loop runs on a thread of its own until disposed.</summary>
internal sealed class MonitorBench : IBenchSession, IMonitorSink
{
    private readonly ISerialEndpoint _line;
    private readonly IBenchOutput _output;
    private readonly SerialFrameMonitor _monitor;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public MonitorBench(BenchOptions options, IBenchOutput output)
    {
        _line = options.Line ?? throw new ArgumentException("monitor needs a serial line (--port DEV)");
        _output = output;
        Where = options.LineName ?? _line.Name;
        _monitor = new SerialFrameMonitor(_line, this);
        _thread = new Thread(Watch) { IsBackground = true, Name = "web bench monitor" };
        _thread.Start();
    }

    public string Mode => "monitor";

    public string Where { get; }

    public long NowMs => (long)(DateTimeOffset.Now - _monitor.StartedAt).TotalMilliseconds;

    public ISimulationControls? Simulation => null;

    public IModuleControls? Module => null;

    public IWorldControls? World => null;

    public Func<IReadOnlyList<string>, string?>? SendDps => null;

    public PowerMode PowerMode => PowerMode.AlwaysOn;

    public string Summary
    {
        get
        {
            ParserStatistics s = _monitor.Statistics;
            return $"{s.BytesReceived} bytes, {s.Frames} frames, {s.ChecksumErrors} checksum errors, {s.DiscardedBytes} discarded bytes, {s.Timeouts} timeouts";
        }
    }

    public void RunSlice(int maxRealMs) => Thread.Sleep(maxRealMs);

    public BenchSample Sample() => new(null, null, null, null, null, null, null);

    public ActivityCounts? Activity() => null;

    public void OnFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk) => _output.Frame(
        (long)(receivedAt - _monitor.StartedAt).TotalMilliseconds,
        null,
        TuyaMcu.Text.Hex.FormatLower(frame.Buffer, frame.Offset, frame.Length),
        checksumOk,
        false);

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _line.Dispose();
    }

    private void Watch()
    {
        try
        {
            _monitor.Run(null, _stop.Token);
        }
        catch (SerialPortException e)
        {
            _output.Mark(NowMs, "line", e.Message);
        }
    }
}
