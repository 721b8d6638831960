using System.Diagnostics;
using TuyaMcu.Tooling.Serial;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Sessions;

/// <summary>
/// <c>module --pty</c> and <c>mcu --port /dev/pts/N</c> in one thread and one virtual clock: both
/// sessions are built as the commands build them, on a kernel pseudo-terminal pair (by default the
/// module on the master, the firmware on the slave opened by <see cref="PosixSerialPort"/>; either
/// may sit on the slave, opened through either <see cref="SerialBackend"/>), and stepped in
/// lockstep. Time moves only while no byte is in flight in either direction — bytes written and
/// bytes read are counted per end — and then to the earliest moment either session (or the
/// script) has work, at most <see cref="MaxStepMs"/> ahead. While bytes are in flight the loop
/// waits on the receiving descriptor. Real-time limits turn a hang into a failure; nothing is
/// asserted about real time.
/// </summary>
internal sealed class LockstepPair : IDisposable
{
    /// <summary>The longest single step of virtual time, ms.</summary>
    public const long MaxStepMs = 1000;

    /// <summary>Bytes that do not arrive within this long are lost: the run fails.</summary>
    private static readonly TimeSpan InFlightLimit = TimeSpan.FromSeconds(30);

    /// <summary>A run that takes longer than this (a livelock) fails.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly PriorityQueue<Action, (long At, long Seq)> _script = new();
    private readonly CountingEndpoint _moduleEnd;
    private readonly CountingEndpoint _mcuEnd;
    private readonly CountingEndpoint[] _slaveThenMaster;
    private long _seq;

    public LockstepPair(McuSessionOptions? mcuOptions = null, SerialBackend slaveBackend = SerialBackend.Termios, bool mcuOnMaster = false)
    {
        var pty = (PseudoTerminal)SerialSessions.OpenLine(null, SerialPorts.DefaultBaudRate);
        var master = new CountingEndpoint(pty);
        CountingEndpoint slave;
        try
        {
            SlavePath = pty.SlavePath;
            slave = new CountingEndpoint(SerialSessions.OpenLine(SlavePath, SerialPorts.DefaultBaudRate, slaveBackend));
        }
        catch
        {
            pty.Dispose();
            throw;
        }

        (_moduleEnd, _mcuEnd) = mcuOnMaster ? (slave, master) : (master, slave);
        _slaveThenMaster = [slave, master];

        Module = SerialSessions.Module(_moduleEnd, Clock, ModuleOutput);
        Mcu = SerialSessions.Mcu(_mcuEnd, Clock, McuOutput, mcuOptions ?? new McuSessionOptions());
    }

    public VirtualClock Clock { get; } = new();

    public string SlavePath { get; }

    public ModuleSession Module { get; }

    public McuSession Mcu { get; }

    public RecordingOutput ModuleOutput { get; } = new();

    public RecordingOutput McuOutput { get; } = new();

    /// <summary>What the prompts answered to the scripted lines, in order.</summary>
    public List<string> Replies { get; } = [];

    /// <summary>Passes made (each polls both sessions once).</summary>
    public long Passes { get; private set; }

    /// <summary>Passes that found bytes in flight and waited for them.</summary>
    public long Waits { get; private set; }

    /// <summary>Bytes the module end wrote and the firmware end read, and the other way round.</summary>
    public (long ToMcu, long FromMcu) Bytes => (_mcuEnd.BytesRead, _moduleEnd.BytesRead);

    private bool InFlightToMcu => _moduleEnd.BytesWritten != _mcuEnd.BytesRead;

    private bool InFlightFromMcu => _mcuEnd.BytesWritten != _moduleEnd.BytesRead;

    private long Moved => _moduleEnd.BytesWritten + _moduleEnd.BytesRead + _mcuEnd.BytesWritten + _mcuEnd.BytesRead;

    /// <summary>Types <paramref name="line"/> at <paramref name="session"/>'s prompt at <paramref name="atMs"/>; its reply goes to <see cref="Replies"/>.</summary>
    public void Type(long atMs, IInteractiveSession session, string line) => At(atMs, () =>
    {
        var reply = new StringWriter();
        Assert.True(session.Execute(line, reply), $"'{line}' ended the session");
        Replies.Add(reply.ToString().TrimEnd());
    });

    /// <summary>Runs <paramref name="action"/> at <paramref name="atMs"/> of virtual time.</summary>
    public void At(long atMs, Action action) => _script.Enqueue(action, (atMs, _seq++));

    /// <summary>Steps both sessions until <paramref name="endMs"/> of virtual time, with nothing left in flight.</summary>
    public void RunUntil(long endMs)
    {
        var run = Stopwatch.StartNew();
        var stalled = Stopwatch.StartNew();
        long moved = Moved;
        while (true)
        {
            Assert.True(run.Elapsed < RunLimit, $"lockstep run still at {Clock.UptimeMs} ms after {RunLimit.TotalMinutes} min of real time");
            long now = Clock.UptimeMs;
            while (_script.TryPeek(out Action? action, out var key) && key.At <= now)
            {
                _script.Dequeue();
                action();
            }

            Module.Poll();
            Mcu.Poll();
            Passes++;
            if (Moved != moved)
            {
                // Something crossed: poll both again at the same moment, so each reacts to it.
                moved = Moved;
                stalled.Restart();
                continue;
            }

            if (InFlightToMcu || InFlightFromMcu)
            {
                Assert.True(stalled.Elapsed < InFlightLimit, $"bytes written at {now} ms never arrived: to mcu {_moduleEnd.BytesWritten - _mcuEnd.BytesRead}, from mcu {_mcuEnd.BytesWritten - _moduleEnd.BytesRead}");
                Waits++;
                (InFlightToMcu ? _mcuEnd : _moduleEnd).WaitForData(100);
                continue;
            }

            if (now >= endMs)
            {
                return;
            }

            long next = Math.Min(Math.Min(Module.NextDueMs, Mcu.NextDueMs), endMs);
            if (_script.TryPeek(out _, out var due))
            {
                next = Math.Min(next, due.At);
            }

            Clock.AdvanceTo(Math.Max(now + 1, Math.Min(next, now + MaxStepMs)));
        }
    }

    public void Dispose()
    {
        foreach (CountingEndpoint end in _slaveThenMaster)
        {
            end.Dispose();
        }
    }
}
