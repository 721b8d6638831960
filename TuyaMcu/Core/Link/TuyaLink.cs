using System;
using TuyaMcu.Hal;
using TuyaMcu.Protocol;

// Why this file is long: the request queue, the timeout and retry, the module's wake-up and the
// recognition of resent commands all decide, in one poll, whether a byte may go out now; split into
// classes they would call each other per poll, which the interpreter pays for on every pass.

namespace TuyaMcu.Link
{
    /// <summary>
    /// The MCU's end of the serial link, driven by <see cref="Poll"/> from the main loop (no
    /// threads inside). It answers the module's commands in the poll in which they arrive, keeps
    /// exactly one request of its own in flight with a timeout and retries, leaves a gap between
    /// frames and never starts a frame while one is arriving, wakes a sleeping module with the
    /// PSM pin, and recognises a module command resent after a lost answer (answered again, not
    /// acted on again). Answers carry no identity, so a request waits until no earlier request of
    /// its command can still be answered (<see cref="PendingAnswers"/>). Every buffer is allocated
    /// at construction; steady state allocates nothing.
    /// </summary>
    // hot path: polled on every pass of the main loop, and handles every frame received
    public sealed class TuyaLink : IFrameSink
    {
        private const int AnswerSlots = 8;

        private readonly IByteTransport _transport;
        private readonly IClock _clock;
        private readonly LinkOptions _options;
        private IModuleCommandHandler _handler;
        private readonly IDigitalOutput _wakePin;
        private readonly FrameParser _parser;
        private readonly LinkStatistics _statistics = new LinkStatistics();

        // Handed to every observer in turn (a struct would be cloned for each call on nanoCLR).
        private readonly RequestOutcome _outcome = new RequestOutcome();
        private bool _outcomeInUse;

        private readonly byte[] _rx = new byte[128];

        // Requests waiting, as a ring of preallocated slots; the head is the one in flight. Their
        // frames, sealed when queued and sent from where they lie, share one pool in queue order with
        // room for two of the largest: most requests carry a few bytes, and a buffer of the largest
        // per slot cost the device 4 KB.
        private readonly byte[] _queueData;
        private readonly int[] _slotOffset;
        private readonly byte[] _slotCommand;
        private readonly int[] _slotLength;
        private readonly int[] _slotTag;
        private readonly IRequestObserver[] _slotObserver;
        private int _head;
        private int _count;

        private bool _inFlight;
        private bool _resendDue;
        private int _attempts;
        private long _deadline;

        private long _lineFreeAt;
        private long _lastActivityAt;
        private int _wakeStage;
        private long _wakeStageEndsAt;

        // The last module command and the answer sent, to recognise the module's resends.
        private readonly byte[] _lastCommand;
        private int _lastCommandLength;
        private long _lastCommandAt;
        private readonly byte[] _lastAnswer;
        private int _lastAnswerLength;

        // Answers the module may still send, for attempts already sent.
        private readonly PendingAnswers _answers;
        private long _busySince = -1;

        private long _now;

        /// <summary>Creates a link.</summary>
        /// <param name="transport">The byte stream to the module.</param>
        /// <param name="clock">Time.</param>
        /// <param name="options">Timing; validated here.</param>
        /// <param name="handler">Answers module commands.</param>
        /// <param name="wakePin">The module's PSM wake input (active low), or null when not wired.</param>
        public TuyaLink(IByteTransport transport, IClock clock, LinkOptions options, IModuleCommandHandler handler, IDigitalOutput wakePin)
            : this(transport, clock, options, wakePin)
        {
            SetCommandHandler(handler);
        }

        /// <summary>
        /// Creates a link whose module commands are answered by the handler given to
        /// <see cref="SetCommandHandler"/> (the dispatcher built over it), before the first <see cref="Poll"/>.
        /// </summary>
        /// <param name="transport">The byte stream to the module.</param>
        /// <param name="clock">Time.</param>
        /// <param name="options">Timing; validated here.</param>
        /// <param name="wakePin">The module's PSM wake input (active low), or null when not wired.</param>
        public TuyaLink(IByteTransport transport, IClock clock, LinkOptions options, IDigitalOutput wakePin)
        {
            if (transport == null || clock == null || options == null)
            {
                throw new ArgumentNullException(transport == null ? "transport" : clock == null ? "clock" : "options");
            }

            options.Validate();
            if (options.WakeBeforeSend && wakePin == null)
            {
                throw new ArgumentException("WakeBeforeSend needs a wake pin");
            }

            _transport = transport;
            _clock = clock;
            _options = options;
            _wakePin = wakePin;
            _parser = new FrameParser(this, options.MaxDataLength, options.InterByteTimeoutMs);
            int frameCapacity = options.MaxDataLength + FrameFormat.Overhead;
            _lastCommand = new byte[frameCapacity];
            _lastAnswer = new byte[frameCapacity];
            _lastAnswerLength = -1;
            _answers = new PendingAnswers(AnswerSlots, options.AnswerQuietMs);

            int capacity = options.QueueCapacity;
            // Queued requests are kept as whole frames, ready to send (and resend) from the pool.
            _queueData = new byte[2 * frameCapacity];
            _slotOffset = new int[capacity];
            _slotCommand = new byte[capacity];
            _slotLength = new int[capacity];
            _slotTag = new int[capacity];
            _slotObserver = new IRequestObserver[capacity];
            _now = clock.UptimeMs;
            _lastActivityAt = _now;
            if (wakePin != null)
            {
                wakePin.Write(true);
            }
        }

        /// <summary>Sets who answers the module's commands; a link has one, for good.</summary>
        public void SetCommandHandler(IModuleCommandHandler handler)
        {
            if (handler == null)
            {
                throw new ArgumentNullException("handler");
            }

            if (_handler != null)
            {
                throw new InvalidOperationException("the link already has a command handler");
            }

            _handler = handler;
        }

        /// <summary>Counters.</summary>
        public LinkStatistics Statistics
        {
            get { return _statistics; }
        }

        /// <summary>The parser's counters (checksum errors, discarded bytes...).</summary>
        public ParserStatistics ParserStatistics
        {
            get { return _parser.Statistics; }
        }

        /// <summary>The options in use.</summary>
        public LinkOptions Options
        {
            get { return _options; }
        }

        /// <summary>Requests queued or in flight.</summary>
        public int PendingRequests
        {
            get { return _count; }
        }

        /// <summary>Uptime of the last frame sent or received (or of start-up).</summary>
        public long LastActivityMs
        {
            get { return _lastActivityAt; }
        }

        /// <summary>True once a frame has been sent or received since start-up (a deep-sleep wake that never needed the module has none).</summary>
        public bool HasTraffic
        {
            get { return _statistics.FramesSent > 0 || _statistics.FramesReceived > 0; }
        }

        /// <summary>True when a request is queued or in flight, or a frame is arriving.</summary>
        public bool IsBusy
        {
            get { return _count > 0 || _parser.IsReceiving; }
        }

        /// <summary>The command of the request in flight, or -1.</summary>
        public int InFlightCommand
        {
            get { return _inFlight ? _slotCommand[_head] : -1; }
        }

        /// <summary>
        /// When the link next has work to do without new bytes arriving: a timeout, the end of the
        /// gap before a queued request, a wake pulse. <see cref="long.MaxValue"/> when idle. The main
        /// loop may sleep until then; a simulation may jump there.
        /// </summary>
        public long NextDueMs
        {
            get
            {
                long due = _parser.TimeoutDueMs;
                if (_inFlight)
                {
                    due = Min(due, _resendDue ? _lineFreeAt : _deadline);
                }
                else if (_count > 0)
                {
                    due = Min(due, _lineFreeAt);
                    long busy = _answers.BusyUntil(_slotCommand[_head], _now);
                    if (busy > due)
                    {
                        due = busy;
                    }

                    // A queued request also waits for the wake pulse under way.
                    if (_wakeStage != 0 && _wakeStageEndsAt > due)
                    {
                        due = _wakeStageEndsAt;
                    }
                }

                if (_wakeStage != 0)
                {
                    due = Min(due, _wakeStageEndsAt);
                }

                return due;
            }
        }

        /// <summary>True when a request of <paramref name="command"/> is queued or in flight.</summary>
        public bool HasPending(byte command)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_slotCommand[(_head + i) % _slotCommand.Length] == command)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Queues a request: <paramref name="length"/> data bytes of <paramref name="data"/> are
        /// copied. Its outcome reaches <paramref name="observer"/> (which may be null) with
        /// <paramref name="tag"/>. Returns false, queuing nothing, when the queue is full.
        /// </summary>
        public bool Enqueue(byte command, byte[] data, int offset, int length, IRequestObserver observer, int tag)
        {
            if (length < 0 || length > _options.MaxDataLength)
            {
                throw new ArgumentOutOfRangeException("length", "request data must be 0.." + _options.MaxDataLength.ToString() + " bytes");
            }

            if (length > 0 && (data == null || offset < 0 || offset > data.Length - length))
            {
                throw new ArgumentOutOfRangeException("offset", "range lies outside the data buffer");
            }

            if (TuyaCommand.IsModuleInitiated(command))
            {
                throw new ArgumentException("command 0x" + command.ToString("X2") + " is started by the module, not the MCU");
            }

            int capacity = _slotCommand.Length;
            if (_count == capacity)
            {
                _statistics.RequestsRejected++;
                return false;
            }

            int frameLength = length + FrameFormat.Overhead;
            int at = QueueDataEnd();
            if (at + frameLength > _queueData.Length)
            {
                CompactQueueData();
                at = QueueDataEnd();
                if (at + frameLength > _queueData.Length)
                {
                    _statistics.RequestsRejected++;
                    return false;
                }
            }

            int slot = (_head + _count) % capacity;
            FrameWriter.Write(_queueData, at, FrameFormat.VersionNbIot, command, data, offset, length);
            _slotOffset[slot] = at;

            _slotCommand[slot] = command;
            _slotLength[slot] = frameLength;
            _slotTag[slot] = tag;
            _slotObserver[slot] = observer;
            if (_count == 0)
            {
                _busySince = _clock.UptimeMs;
            }

            _count++;
            _statistics.RequestsQueued++;
            return true;
        }

        /// <summary>Reads what has arrived, answers and completes what it can, handles timeouts, and sends what is due.</summary>
        public void Poll()
        {
            long now = _clock.UptimeMs;
            _now = now;
            IByteTransport transport = _transport;
            FrameParser parser = _parser;
            byte[] rx = _rx;
            int read;
            while ((read = transport.Read(rx, 0, rx.Length)) > 0)
            {
                parser.Feed(rx, 0, read, now);
            }

            parser.Poll(now);

            if (_inFlight && !_resendDue && _now >= _deadline)
            {
                OnTimeout();
            }

            if (_count > 0)
            {
                SendDue();
            }
        }

        /// <summary>
        /// Forgets the answers still expected for attempts already sent: the module restarted, and
        /// answers nothing it was asked before. The next request of any command may go at once.
        /// </summary>
        public void ForgetExpectedAnswers()
        {
            _answers.Clear();
        }

        /// <summary>Ends every queued and in-flight request with <see cref="RequestStatus.Cancelled"/>.</summary>
        public void CancelAll()
        {
            while (_count > 0)
            {
                _statistics.RequestsCancelled++;
                Finish(RequestStatus.Cancelled, _inFlight ? _attempts : 0, null, 0, 0);
            }

            SetWakeStage(0, 0);
        }

        void IFrameSink.OnFrame(Frame frame)
        {
            _statistics.FramesReceived++;
            _lastActivityAt = _now;
            _lineFreeAt = Max(_lineFreeAt, _now + _options.InterFrameGapMs);
            byte command = frame.Command;

            if (TuyaCommand.IsModuleInitiated(command))
            {
                AnswerModuleCommand(frame);
                return;
            }

            if (_inFlight && command == _slotCommand[_head])
            {
                _statistics.RequestsAnswered++;

                // Every outstanding attempt of this command is this request's, so the answer is its;
                // the other attempts may still be answered, and those answers belong to nobody.
                _answers.Answered(command, _now);
                Finish(RequestStatus.Answered, _attempts, frame.Buffer, frame.Offset + FrameFormat.DataOffset, frame.Length - FrameFormat.Overhead);
                return;
            }

            if (_answers.BusyUntil(command, _now) > _now)
            {
                _answers.Answered(command, _now);
                _statistics.LateAnswers++;
                return;
            }

            _statistics.UnexpectedFrames++;
            _handler.OnUnexpectedFrame(frame);
        }

        void IFrameSink.OnChecksumMismatch(Frame candidate)
        {
        }

        private void AnswerModuleCommand(Frame frame)
        {
            if (IsResend(frame))
            {
                _statistics.DuplicateModuleCommands++;
                _lastCommandAt = _now;
                if (_lastAnswerLength > 0)
                {
                    Send(_lastAnswer, 0, _lastAnswerLength);
                }

                return;
            }

            Array.Copy(frame.Buffer, frame.Offset, _lastCommand, 0, frame.Length);
            _lastCommandLength = frame.Length;
            _lastCommandAt = _now;
            _lastAnswerLength = -1;

            // The answer's data is written where the answer frame keeps it: no buffer between.
            int dataLength = _handler.Answer(frame, _lastAnswer, FrameFormat.DataOffset, _lastAnswer.Length - FrameFormat.Overhead);
            if (dataLength < 0)
            {
                return;
            }

            FrameWriter.Begin(_lastAnswer, 0, FrameFormat.VersionNbIot, frame.Command, dataLength);
            _lastAnswerLength = FrameWriter.Seal(_lastAnswer, 0, dataLength);
            _statistics.ModuleCommandsAnswered++;
            Send(_lastAnswer, 0, _lastAnswerLength);
        }

        private bool IsResend(Frame frame)
        {
            int length = frame.Length;
            if (_lastCommandLength != length || _now - _lastCommandAt > _options.DuplicateWindowMs)
            {
                return false;
            }

            byte[] last = _lastCommand;
            byte[] buffer = frame.Buffer;
            int offset = frame.Offset;
            for (int i = 0; i < length; i++)
            {
                if (last[i] != buffer[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        private void OnTimeout()
        {
            byte command = _slotCommand[_head];
            if (_attempts <= _options.RetriesFor(command))
            {
                _resendDue = true;
                return;
            }

            _statistics.RequestsTimedOut++;
            Finish(RequestStatus.TimedOut, _attempts, null, 0, 0);
        }

        private void SendDue()
        {
            if (_inFlight && !_resendDue)
            {
                return;
            }

            // Never start a frame while one is arriving, nor inside the gap after the last one.
            if (_parser.IsReceiving || _now < _lineFreeAt)
            {
                return;
            }

            byte command = _slotCommand[_head];
            if (!_inFlight && _answers.BusyUntil(command, _now) > _now)
            {
                return;
            }

            if (!WakeModule())
            {
                return;
            }

            if (_inFlight)
            {
                _statistics.Retries++;
                _attempts++;
            }
            else
            {
                _inFlight = true;
                _attempts = 1;
            }

            _resendDue = false;
            Send(_queueData, _slotOffset[_head], _slotLength[_head]);
            _deadline = _lineFreeAt + _options.TimeoutFor(command);
            _answers.Sent(command, _lineFreeAt + _options.AnswerHorizonFor(command), _now);
        }

        // Returns true when the module is awake enough to be sent to now.
        private bool WakeModule()
        {
            if (!_options.WakeBeforeSend)
            {
                return true;
            }

            if (_wakeStage == 0)
            {
                // Before the first frame sent the module may well be asleep (the MCU may have woken from deep sleep).
                if (_statistics.FramesSent > 0 && _now - _lastActivityAt < _options.AssumeAsleepAfterMs)
                {
                    return true;
                }

                _wakePin.Write(false);
                _statistics.WakePulses++;
                SetWakeStage(1, _now + _options.WakePulseMs);
                return false;
            }

            if (_now < _wakeStageEndsAt)
            {
                return false;
            }

            if (_wakeStage == 1)
            {
                _wakePin.Write(true);
                SetWakeStage(2, _now + _options.WakeSettleMs);
                return _options.WakeSettleMs == 0 && Woken();
            }

            return Woken();
        }

        private bool Woken()
        {
            SetWakeStage(0, 0);
            _lastActivityAt = _now;
            return true;
        }

        private void SetWakeStage(int stage, long endsAt)
        {
            if (stage == 0 && _wakeStage == 1 && _wakePin != null)
            {
                _wakePin.Write(true);
            }

            _wakeStage = stage;
            _wakeStageEndsAt = endsAt;
        }

        private void Send(byte[] frame, int offset, int length)
        {
            _transport.Write(frame, offset, length);
            _statistics.FramesSent++;
            _lastActivityAt = _now;

            // Ten bits per byte on the wire (start, 8 data, stop), rounded up to whole milliseconds.
            long onWire = ((long)length * 10 * 1000 + _options.BaudRate - 1) / _options.BaudRate;
            _lineFreeAt = Max(_lineFreeAt, _now + onWire) + _options.InterFrameGapMs;
        }

        private void Finish(RequestStatus status, int attempts, byte[] answer, int dataOffset, int dataLength)
        {
            int slot = _head;

            // An observer that ends another request from inside its call (CancelAll) gets its own outcome.
            RequestOutcome outcome = _outcomeInUse ? new RequestOutcome() : _outcome;
            outcome.Command = _slotCommand[slot];
            outcome.Tag = _slotTag[slot];
            outcome.Status = status;
            outcome.Attempts = attempts;
            outcome.Buffer = answer;
            outcome.DataOffset = dataOffset;
            outcome.DataLength = dataLength;
            IRequestObserver observer = _slotObserver[slot];
            _slotObserver[slot] = null;
            _head = (_head + 1) % _slotCommand.Length;
            _count--;
            _inFlight = false;
            _resendDue = false;
            _attempts = 0;
            if (_count == 0 && _busySince >= 0)
            {
                _statistics.BusyMs += _clock.UptimeMs - _busySince;
                _busySince = -1;
            }

            // The slot is free before the observer runs, so it may queue the next request.
            if (observer != null)
            {
                bool wasInUse = _outcomeInUse;
                _outcomeInUse = true;
                try
                {
                    observer.OnRequestCompleted(outcome);
                }
                finally
                {
                    _outcomeInUse = wasInUse;
                }
            }
        }

        // Where the next request's data goes: after the newest queued request's.
        private int QueueDataEnd()
        {
            if (_count == 0)
            {
                return 0;
            }

            int newest = (_head + _count - 1) % _slotCommand.Length;
            return _slotOffset[newest] + _slotLength[newest];
        }

        // Moves the queued requests' data to the start of the pool, in queue order.
        private void CompactQueueData()
        {
            int to = 0;
            for (int i = 0; i < _count; i++)
            {
                int slot = (_head + i) % _slotCommand.Length;
                Array.Copy(_queueData, _slotOffset[slot], _queueData, to, _slotLength[slot]);
                _slotOffset[slot] = to;
                to += _slotLength[slot];
            }
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        private static long Max(long a, long b)
        {
            return a > b ? a : b;
        }
    }
}
