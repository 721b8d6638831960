// Why this file is long: one module, one schedule and one fault source; its answers to the
// MCU's requests and its own commands share the outbox, the retained records and the seeded
// randomness, so a split would hand them around. The fault model itself is FaultProfile.
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tooling.Simulation;

/// <summary>
/// The NB-IoT module's side of the protocol, for host simulations, built on the firmware's own
/// codec. It activates (asks for product information until the MCU answers, then reports
/// network status 1 → 4), answers every MCU request with configurable content, sends DP
/// commands, battery checks and operating status, resends what the MCU leaves unanswered three
/// times after a second as a real module does, sleeps in PSM unless woken by the wake pin,
/// restarts when its reset line is pulsed, and misbehaves on demand — reproducibly from a seed —
/// by dropping, delaying, duplicating and corrupting frames, answering late, losing the cloud,
/// resetting mid-exchange, and hanging until reset.
/// </summary>
public sealed class ModuleSimulator : IFrameSink
{
    private readonly ISimulationClock _clock;
    private readonly IModuleLine _line;
    private readonly SimulatedPin? _wakePin;
    private readonly SimulatedPin? _resetLine;
    private readonly FaultProfile _faults;
    private readonly Random _random;
    private readonly FrameParser _parser;
    private readonly byte[] _rx = new byte[256];
    private readonly PriorityQueue<Action, (long At, long Seq)> _schedule = new();
    private readonly Queue<(byte Command, byte[] Data)> _outbox = new();
    private readonly List<(long UnixSeconds, byte[] Dps)> _retained = [];
    private long _seq;

    // The module command waiting for the MCU's answer.
    private (byte Command, byte[] Data)? _awaiting;
    private int _awaitingSends;
    private long _awaitingResendAt = long.MaxValue;
    private int _bootGeneration;
    private bool _productAnswered;
    private int _productRounds;
    private bool _heldInReset;
    private bool _hung;

    private long _lastActivityMs;
    private bool _asleep;
    private long _offlineUntilMs;
    private long _nextResetAtMs = long.MaxValue;
    private long _nextOutageAtMs = long.MaxValue;
    private byte _networkStatus;

    /// <summary>Creates a module on the far end of a simulated UART and powers it up now.</summary>
    public ModuleSimulator(VirtualClock clock, SimulatedChannel toMcu, SimulatedChannel fromMcu, ModuleProfile? profile = null, FaultProfile? faults = null, int seed = 1, SimulatedPin? wakePin = null, SimulatedPin? resetLine = null)
        : this(clock, new ChannelLine(toMcu, fromMcu), profile, faults, seed, wakePin, resetLine)
    {
    }

    /// <summary>
    /// Creates a module on the far end of <paramref name="line"/> and powers it up now. Its
    /// <paramref name="resetLine"/>, when wired, resets it while high (as GPIO19 through the
    /// board's transistor pulls RESET low): a pulse of at least <see cref="ModuleProfile.MinResetPulseMs"/> restarts it.
    /// </summary>
    public ModuleSimulator(ISimulationClock clock, IModuleLine line, ModuleProfile? profile = null, FaultProfile? faults = null, int seed = 1, SimulatedPin? wakePin = null, SimulatedPin? resetLine = null)
    {
        _clock = clock;
        _line = line;
        _wakePin = wakePin;
        _resetLine = resetLine;
        Profile = profile ?? new ModuleProfile();
        _faults = faults ?? FaultProfile.None;
        _faults.Validate();
        _random = new Random(seed);
        _parser = new FrameParser(this);
        _nextResetAtMs = NextPoisson(_faults.ResetsPerHour);
        _nextOutageAtMs = NextPoisson(_faults.OfflinePerHour);
        Boot();
    }

    /// <summary>Content and timing.</summary>
    public ModuleProfile Profile { get; }

    /// <summary>Counters.</summary>
    public ModuleStatistics Statistics { get; } = new();

    /// <summary>Every report and record the MCU sent, as the cloud would see it.</summary>
    public SimulatedCloud Cloud { get; } = new();

    /// <summary>When the cloud could be reached (network status 4 reported, no outage, not resetting or hung) and when not, in order.</summary>
    public List<(long AtMs, bool Up)> Connectivity { get; } = [];

    /// <summary>True once the MCU answered a product query since the module last booted.</summary>
    public bool IsActivated => _productAnswered;

    /// <summary>Product queries (0x01) sent since the module last booted, resends included.</summary>
    public int ProductQueriesSinceBoot { get; private set; }

    /// <summary>True while the module hangs: it hears and says nothing until it is reset.</summary>
    public bool IsHung => _hung;

    /// <summary>The product information the MCU gave, or null.</summary>
    public ProductInfo? McuProductInfo { get; private set; }

    /// <summary>Sleep lock set by the MCU.</summary>
    public bool SleepLocked { get; private set; }

    /// <summary>Heartbeat interval set by the MCU, s (default 8 h).</summary>
    public uint HeartbeatIntervalSeconds { get; private set; } = 8 * 3600;

    /// <summary>T3324 set by the MCU, s.</summary>
    public uint T3324Seconds { get; private set; }

    /// <summary>Record wake-up interval set by the MCU, s.</summary>
    public uint RecordWakeUpSeconds { get; private set; }

    /// <summary>APN set by the MCU.</summary>
    public ApnSettings? Apn { get; private set; }

    /// <summary>True while the module is in PSM.</summary>
    public bool IsAsleep => _asleep;

    /// <summary>True while the cloud cannot be reached.</summary>
    public bool IsOffline => _clock.UptimeMs < _offlineUntilMs;

    /// <summary>The network status the module last reported.</summary>
    public byte NetworkStatus => _networkStatus;

    /// <summary>True when the module has nothing queued, awaited or scheduled.</summary>
    public bool IsQuiet => _awaiting == null && _outbox.Count == 0 && _schedule.Count == 0;

    /// <summary>When the module next has something to do, or <see cref="long.MaxValue"/>.</summary>
    public long NextDueMs
    {
        get
        {
            if (_hung || _heldInReset)
            {
                return Math.Min(_nextResetAtMs, _nextOutageAtMs);
            }

            long due = Math.Min(_awaitingResendAt, Math.Min(_nextResetAtMs, _nextOutageAtMs));
            if (_schedule.TryPeek(out _, out var key))
            {
                due = Math.Min(due, key.At);
            }

            if (_awaiting == null && _outbox.Count > 0)
            {
                due = Math.Min(due, _clock.UptimeMs);
            }

            if (Profile.PsmAfterIdleMs > 0 && !_asleep && !SleepLocked)
            {
                due = Math.Min(due, _lastActivityMs + Profile.PsmAfterIdleMs);
            }

            return Math.Min(due, _parser.TimeoutDueMs);
        }
    }

    /// <summary>Sends DP units (already encoded) to the MCU as a 0x09 command.</summary>
    public void SendDpCommand(byte[] dps) => Send(TuyaCommand.SendCommand, dps);

    /// <summary>Asks the MCU for its product information again (0x01), as after activation; its answer restarts the network reports.</summary>
    public void SendProductQuery() => Send(TuyaCommand.QueryProductInfo, []);

    /// <summary>Asks the MCU whether the battery allows a firmware update (0xBC).</summary>
    public void SendBatteryCheck() => Send(TuyaCommand.CheckBatteryLevel, []);

    /// <summary>Reports an operating status (0xBE).</summary>
    public void SendOperatingStatus(byte status) => Send(TuyaCommand.ReportOperatingStatus, [status]);

    /// <summary>Reports a network status (0x02).</summary>
    public void SendNetworkStatus(byte status)
    {
        _networkStatus = status;
        NoteConnectivity();
        Send(TuyaCommand.ReportNetworkStatus, [status]);
    }

    /// <summary>Hangs the module: it reads and sends nothing, runs nothing, until it is reset (by its reset line, or <see cref="Reset"/>).</summary>
    public void Hang()
    {
        Statistics.Hangs++;
        _hung = true;
        NoteConnectivity();
    }

    /// <summary>Restarts the module now: the wire is cleared, everything pending is lost, and activation starts again.</summary>
    public void Reset()
    {
        Statistics.Resets++;
        _line.DiscardOutgoing();
        _parser.Reset();
        _schedule.Clear();
        _outbox.Clear();
        _awaiting = null;
        _awaitingResendAt = long.MaxValue;
        _asleep = false;
        _hung = false;
        _networkStatus = 0;
        NoteConnectivity();
        if (IsOffline)
        {
            // The outage outlives the reset: the cloud still comes back when it ends.
            At(_offlineUntilMs, ComeBackOnline);
        }

        Boot();
    }

    /// <summary>Takes the cloud away for <paramref name="durationMs"/>.</summary>
    public void GoOffline(long durationMs)
    {
        _offlineUntilMs = _clock.UptimeMs + durationMs;
        Statistics.Outages++;
        SendNetworkStatus(TuyaMcu.Protocol.NetworkStatus.NetworkFound);
        NoteConnectivity();
        At(_offlineUntilMs, ComeBackOnline);
    }

    /// <summary>Reads what the MCU sent, answers, resends, and runs what is scheduled.</summary>
    public void Poll()
    {
        long now = _clock.UptimeMs;
        if (now >= _nextResetAtMs)
        {
            _nextResetAtMs = now + NextPoisson(_faults.ResetsPerHour) - now;
            Reset();
        }

        if (now >= _nextOutageAtMs)
        {
            _nextOutageAtMs = NextPoisson(_faults.OfflinePerHour);
            if (!IsOffline && _networkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected)
            {
                GoOffline(_faults.OfflineDurationMs);
            }
        }

        if (HeldInReset() || _hung)
        {
            // A module in reset, or hung, hears nothing and does nothing.
            while (_line.Read(_rx) > 0)
            {
            }

            return;
        }

        int read;
        while ((read = _line.Read(_rx)) > 0)
        {
            if (_asleep && !WokenByPin())
            {
                // A module in PSM hears nothing until its wake pin is pulled.
                Statistics.BytesLostAsleep += read;
                continue;
            }

            _asleep = false;
            _parser.Feed(_rx, 0, read, now);
        }

        _parser.Poll(now);

        while (_schedule.TryPeek(out Action? action, out var key) && key.At <= now)
        {
            _schedule.Dequeue();
            action();
        }

        if (_awaiting != null && now >= _awaitingResendAt)
        {
            if (_awaitingSends > Profile.Resends)
            {
                Statistics.UnansweredByMcu++;
                bool productQuery = _awaiting.Value.Command == TuyaCommand.QueryProductInfo;
                _awaiting = null;
                _awaitingResendAt = long.MaxValue;
                if (productQuery)
                {
                    AskProductAgain();
                }
            }
            else
            {
                Statistics.Resends++;
                Transmit(_awaiting.Value.Command, _awaiting.Value.Data);
                _awaitingSends++;
                _awaitingResendAt = now + Profile.ResendIntervalMs;
            }
        }

        if (_awaiting == null && _outbox.Count > 0)
        {
            var next = _outbox.Dequeue();
            _awaiting = next;
            _awaitingSends = 1;
            _awaitingResendAt = now + Profile.ResendIntervalMs;
            Transmit(next.Command, next.Data);
        }

        if (Profile.PsmAfterIdleMs > 0 && !_asleep && !SleepLocked && _awaiting == null && now - _lastActivityMs >= Profile.PsmAfterIdleMs)
        {
            _asleep = true;
            Statistics.Sleeps++;
        }
    }

    void IFrameSink.OnFrame(Frame frame)
    {
        _lastActivityMs = _clock.UptimeMs;
        if (Chance(_faults.DropFromMcu))
        {
            Statistics.DroppedFromMcu++;
            return;
        }

        Statistics.FramesFromMcu++;
        byte command = frame.Command;
        byte[] data = frame.Buffer.AsSpan(frame.DataOffset, frame.DataLength).ToArray();

        if (_awaiting != null && command == _awaiting.Value.Command && TuyaCommand.IsModuleInitiated(command))
        {
            OnMcuAnswer(command, data);
            return;
        }

        if (TuyaCommand.IsModuleInitiated(command))
        {
            // An answer to something no longer awaited (a late or duplicate answer).
            Statistics.StrayAnswers++;
            return;
        }

        OnMcuRequest(command, data);
    }

    void IFrameSink.OnChecksumMismatch(Frame candidate) => Statistics.ChecksumErrors++;

    private void Boot()
    {
        int generation = ++_bootGeneration;
        _lastActivityMs = _clock.UptimeMs;
        _productAnswered = false;
        _productRounds = 0;
        ProductQueriesSinceBoot = 0;
        After(Profile.BootDelayMs, AskProduct(generation));
    }

    // A real module asks for product information until the MCU answers: a round of a query and
    // its resends, then a pause, again and again (or only ProductQueryRounds times, when set).
    private Action AskProduct(int generation) => () =>
    {
        if (generation == _bootGeneration && !_productAnswered)
        {
            _productRounds++;
            Send(TuyaCommand.QueryProductInfo, []);
        }
    };

    private void AskProductAgain()
    {
        if (!_productAnswered && (Profile.ProductQueryRounds == 0 || _productRounds < Profile.ProductQueryRounds))
        {
            After(Profile.ProductQueryPauseMs, AskProduct(_bootGeneration));
        }
    }

    // The reset line resets the module while it is active; the module boots when it is released
    // after a long enough pulse.
    private bool HeldInReset()
    {
        if (_resetLine == null)
        {
            return false;
        }

        if (_resetLine.IsHigh)
        {
            if (!_heldInReset)
            {
                _heldInReset = true;
                NoteConnectivity();
            }

            return true;
        }

        if (_heldInReset)
        {
            _heldInReset = false;
            if (_resetLine.LastHighPulseMs >= Profile.MinResetPulseMs)
            {
                Statistics.LineResets++;
                Reset();
            }
        }

        return false;
    }

    private void NoteConnectivity()
    {
        bool up = _networkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected && !IsOffline && !_hung && !_heldInReset;
        if (Connectivity.Count == 0 || Connectivity[^1].Up != up)
        {
            Connectivity.Add((_clock.UptimeMs, up));
        }
    }

    private void OnMcuAnswer(byte command, byte[] data)
    {
        _awaiting = null;
        _awaitingResendAt = long.MaxValue;
        switch (command)
        {
            case TuyaCommand.QueryProductInfo:
                if (ProductInfo.Decode(data, 0, data.Length, out ProductInfo info) != null)
                {
                    Statistics.MalformedFromMcu++;
                    return;
                }

                McuProductInfo = info;
                _productAnswered = true;
                int generation = _bootGeneration;
                byte status = 1;
                foreach (int delay in Profile.NetworkSchedule)
                {
                    byte s = status++;
                    After(delay, () =>
                    {
                        if (generation != _bootGeneration)
                        {
                            return;
                        }

                        if (s != TuyaMcu.Protocol.NetworkStatus.CloudConnected)
                        {
                            SendNetworkStatus(s);
                        }
                        else if (!IsOffline)
                        {
                            ReachCloud();
                        }
                    });
                }

                break;
            case TuyaCommand.SendCommand:
                Statistics.DpCommandsAcknowledged++;
                break;
            case TuyaCommand.CheckBatteryLevel:
                Statistics.LastBatteryAnswer = data.Length == 1 ? data[0] : -1;
                break;
        }
    }

    private void OnMcuRequest(byte command, byte[] data)
    {
        switch (command)
        {
            case TuyaCommand.ResetModule:
                Answer(command, []);
                After(100, Reset);
                return;
            case TuyaCommand.ReportRealTimeStatus:
                Statistics.ReportsReceived++;
                AnswerFromCloud(command, data, -1);
                return;
            case TuyaCommand.ReportRecordData:
                Statistics.RecordsReceived++;
                long stamp = -1;
                if (data.Length >= TuyaTime.TimestampLength
                    && TuyaTime.DecodeTimestamp(data, 0, out bool moduleTime, out TuyaTime time) == null)
                {
                    stamp = moduleTime ? _clock.TrueUnixSeconds : time.ToUnixSeconds();
                }
                else
                {
                    Statistics.MalformedFromMcu++;
                }

                AnswerFromCloud(command, data.Length >= 7 ? data[7..] : data, stamp);
                return;
            case TuyaCommand.GetLocalTime:
            case TuyaCommand.GetGmtTime:
            {
                bool ok = _networkStatus == TuyaMcu.Protocol.NetworkStatus.CloudConnected && !IsOffline;
                long unix = _clock.TrueUnixSeconds + (command == TuyaCommand.GetLocalTime ? Profile.TimeZoneOffsetSeconds : 0);
                byte[] reply = new byte[TuyaTime.ReplyLength];
                TuyaTime.FromUnixSeconds(unix).WriteReply(reply, 0, ok);
                AnswerLocal(command, reply);
                return;
            }

            case TuyaCommand.QuerySignalStrength:
                AnswerLocal(command, _networkStatus >= 2 ? [1, (byte)Profile.RsrpLevel] : [0, 0]);
                return;
            case TuyaCommand.GetNetworkStatus:
                AnswerLocal(command, [_networkStatus == 0 ? (byte)1 : _networkStatus]);
                return;
            case TuyaCommand.SendHeartbeat:
                AnswerLocal(command, [IsOffline ? CommandResult.SetFailure : CommandResult.SetSuccess]);
                return;
            case TuyaCommand.SetSleepLock:
                if (data.Length == 1 && data[0] <= 1)
                {
                    SleepLocked = data[0] == 1;
                }

                AnswerLocal(command, []);
                return;
            case TuyaCommand.SetHeartbeatInterval:
            case TuyaCommand.SetT3324:
            case TuyaCommand.SetRecordWakeUpInterval:
            {
                bool ok = data.Length == 4;
                if (ok)
                {
                    uint seconds = BigEndian.ReadUInt32(data, 0);
                    if (command == TuyaCommand.SetHeartbeatInterval)
                    {
                        HeartbeatIntervalSeconds = seconds;
                    }
                    else if (command == TuyaCommand.SetT3324)
                    {
                        T3324Seconds = seconds;
                    }
                    else
                    {
                        RecordWakeUpSeconds = Math.Max(120u, seconds);
                    }
                }

                AnswerLocal(command, [ok ? CommandResult.SetSuccess : CommandResult.SetFailure]);
                return;
            }

            case TuyaCommand.GetImsi:
                AnswerLocal(command, System.Text.Encoding.ASCII.GetBytes(Profile.Imsi));
                return;
            case TuyaCommand.GetIccid:
                AnswerLocal(command, System.Text.Encoding.ASCII.GetBytes(Profile.Iccid));
                return;
            case TuyaCommand.GetImei:
                AnswerLocal(command, System.Text.Encoding.ASCII.GetBytes(Profile.Imei));
                return;
            case TuyaCommand.GetCesq:
                AnswerLocal(command, Profile.Cesq);
                return;
            case TuyaCommand.QueryBindingStatus:
                AnswerLocal(command, [Profile.Bound ? CommandResult.Bound : CommandResult.NotBound]);
                return;
            case TuyaCommand.GetOperatingStatus:
                AnswerLocal(command, [Profile.OperatingStatus]);
                return;
            case TuyaCommand.SetDeviceSleep:
                AnswerLocal(command, []);
                After(Profile.LocalLatencyMs + 50, () =>
                {
                    _asleep = true;
                    Statistics.Sleeps++;
                });
                return;
            case TuyaCommand.SetApn:
            {
                bool ok = ApnSettings.Decode(data, 0, data.Length, out ApnSettings apn) == null;
                if (ok)
                {
                    Apn = apn;
                }

                AnswerLocal(command, [ok ? CommandResult.ApnSuccess : CommandResult.ApnFailure]);
                return;
            }

            default:
                Statistics.UnknownFromMcu++;
                return;
        }
    }

    private void AnswerFromCloud(byte command, byte[] dps, long timestampUnix)
    {
        bool offline = IsOffline || _networkStatus != TuyaMcu.Protocol.NetworkStatus.CloudConnected;
        if (command == TuyaCommand.ReportRecordData && offline)
        {
            // The module stores records while offline and says "success": they are its now.
            if (_retained.Count == Profile.RetainedCapacity)
            {
                _retained.RemoveAt(0);
                Statistics.RetainedOverwritten++;
            }

            _retained.Add((timestampUnix, dps));
            Cloud.Add(new CloudRecord(_clock.UptimeMs, command, timestampUnix, dps, false));
            AnswerLocal(command, [CommandResult.RecordSuccess]);
            return;
        }

        bool failed = offline || Chance(_faults.CloudFailure);
        byte result = command == TuyaCommand.ReportRealTimeStatus
            ? (failed ? CommandResult.ReportFailure : CommandResult.ReportSuccess)
            : (failed ? CommandResult.RecordFailure : (_retained.Count > 0 ? CommandResult.RecordStoredPending : CommandResult.RecordSuccess));
        Cloud.Add(new CloudRecord(_clock.UptimeMs, command, timestampUnix, dps, !failed));
        if (failed)
        {
            Statistics.ReportsFailedByCloud++;
        }

        int latency = Profile.CloudLatencyMinMs + _random.Next(Math.Max(1, Profile.CloudLatencyMaxMs - Profile.CloudLatencyMinMs));
        Answer(command, [result], latency);
    }

    private void ComeBackOnline()
    {
        // Still out (a later outage extended this one), or restarted meanwhile and not activated
        // yet: the cloud is reached with its activation.
        if (!IsOffline && _networkStatus >= TuyaMcu.Protocol.NetworkStatus.NetworkFound)
        {
            ReachCloud();
        }
    }

    private void ReachCloud()
    {
        SendNetworkStatus(TuyaMcu.Protocol.NetworkStatus.CloudConnected);
        foreach (var (unix, dps) in _retained)
        {
            Cloud.Add(new CloudRecord(_clock.UptimeMs, TuyaCommand.ReportRecordData, unix, dps, true));
            Statistics.RetainedUploaded++;

            // The module tells the MCU each retained record it uploads (result 0x01, unprompted).
            Answer(TuyaCommand.ReportRecordData, [CommandResult.RecordStoredPending], 200);
        }

        _retained.Clear();
    }

    private void AnswerLocal(byte command, byte[] data) => Answer(command, data, Profile.LocalLatencyMs);

    private void Answer(byte command, byte[] data, int latencyMs = 0)
    {
        if (Chance(_faults.LateAnswer))
        {
            // Later than any MCU timeout for this command.
            latencyMs += command is TuyaCommand.ReportRealTimeStatus or TuyaCommand.ReportRecordData ? 12_000 : 1_500;
            Statistics.LateAnswers++;
        }

        int generation = _bootGeneration;
        After(latencyMs, () =>
        {
            if (generation == _bootGeneration)
            {
                Transmit(command, data);
            }
        });
    }

    private void Send(byte command, byte[] data) => _outbox.Enqueue((command, data));

    private void Transmit(byte command, byte[] data)
    {
        if (command == TuyaCommand.QueryProductInfo)
        {
            ProductQueriesSinceBoot++;
        }

        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        int length = FrameWriter.Write(frame, 0, FrameFormat.VersionNbIot, command, data, 0, data.Length);
        _lastActivityMs = _clock.UptimeMs;
        _asleep = false;
        if (Chance(_faults.DropToMcu))
        {
            Statistics.DroppedToMcu++;
            return;
        }

        if (Chance(_faults.CorruptToMcu))
        {
            frame[_random.Next(length)] ^= (byte)(1 << _random.Next(8));
            Statistics.CorruptedToMcu++;
        }

        int delay = Chance(_faults.DelayToMcu) ? _random.Next(_faults.MaxDelayMs + 1) : 0;
        int generation = _bootGeneration;
        byte[] bytes = frame[..length];
        WriteAfter(delay, bytes, generation);
        Statistics.FramesToMcu++;
        if (Chance(_faults.DuplicateToMcu))
        {
            WriteAfter(delay + 50, bytes, generation);
            Statistics.DuplicatedToMcu++;
        }
    }

    private void WriteAfter(int delayMs, byte[] bytes, int generation)
    {
        if (delayMs == 0)
        {
            _line.Write(bytes);
            return;
        }

        After(delayMs, () =>
        {
            if (generation == _bootGeneration)
            {
                _line.Write(bytes);
            }
        });
    }

    private bool WokenByPin()
    {
        // The spec: pull the PSM pin low (at least 5 ms) to wake the module.
        if (_wakePin == null)
        {
            return false;
        }

        bool pulsed = _wakePin.LastLowPulseMs >= 5 && _clock.UptimeMs - _wakePin.LastLowPulseEndedAtMs <= 200;
        bool heldLow = !_wakePin.IsHigh && _clock.UptimeMs - _wakePin.ChangedAtMs >= 5;
        if (pulsed || heldLow)
        {
            Statistics.Wakes++;
            return true;
        }

        return false;
    }

    private void After(long delayMs, Action action) => At(_clock.UptimeMs + delayMs, action);

    private void At(long atMs, Action action) => _schedule.Enqueue(action, (atMs, _seq++));

    private bool Chance(double probability) => probability > 0 && _random.NextDouble() < probability;

    private long NextPoisson(double perHour)
    {
        if (perHour <= 0)
        {
            return long.MaxValue;
        }

        double hours = -Math.Log(1 - _random.NextDouble()) / perHour;
        return _clock.UptimeMs + (long)(hours * 3_600_000);
    }
}
