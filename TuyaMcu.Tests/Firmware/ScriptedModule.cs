using System;
using TuyaMcu.Hal;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// A Tuya NB-IoT module played by a script, written for the device so a whole-firmware test runs
    /// on the emulator: it is the MCU's module transport. It asks for the product information until
    /// it is answered, then reports the network coming up; it answers every MCU request the way a
    /// module does (time from the test's clock, identity, signal, report and record results that
    /// depend on the cloud), and sends DP commands and network changes when the script says.
    /// Frames go out in fixed slots and only counters are kept, so it allocates nothing per frame
    /// and weighs the same all day.
    /// </summary>
    public sealed class ScriptedModule : IByteTransport
    {
        /// <summary>Module-side delay of a local answer, ms.</summary>
        public const int LocalLatencyMs = 40;

        /// <summary>Delay of a report's answer (the cloud's round trip), ms.</summary>
        public const int CloudLatencyMs = 1500;

        /// <summary>Time between product queries until the MCU answers one, ms.</summary>
        public const int ProductQueryEveryMs = 3000;

        /// <summary>Unix time at the clock's zero (2026-01-01 00:00 UTC).</summary>
        public const long UnixAtZero = 1767225600;

        private const int Slots = 8;
        private const int SlotBytes = 32;

        private readonly IClock _clock;
        private readonly byte[] _slotFrame = new byte[Slots * SlotBytes];
        private readonly int[] _slotLength = new int[Slots];
        private readonly long[] _slotDue = new long[Slots];
        private readonly byte[] _data = new byte[SlotBytes - FrameFormat.Overhead];
        private readonly byte[] _imei = Ascii("864237040014733");
        private readonly byte[] _imsi = Ascii("460113012467340");
        private readonly byte[] _iccid = Ascii("89861118249000363490");
        private readonly byte[] _cesq = new byte[] { 0x28, 0x00, 0xFF, 0xFF, 0x22, 0x44 };
        private long _nextProductQueryAt;
        private byte _network;
        private int _networkStage;
        private long _networkStageAt = long.MaxValue;

        /// <summary>A module that boots with the MCU and sends its first product query after <paramref name="bootMs"/>.</summary>
        public ScriptedModule(IClock clock, int bootMs)
        {
            _clock = clock;
            _nextProductQueryAt = clock.UptimeMs + bootMs;
        }

        /// <summary>Real-time reports still to fail although the cloud is connected (the cloud lost them).</summary>
        public int RefuseReports;

        /// <summary>Hears every real-time report, or null.</summary>
        public IReportListener Listener;

        /// <summary>Product queries sent.</summary>
        public int ProductQueries;

        /// <summary>True once the MCU answered a product query.</summary>
        public bool ProductInfoReceived;

        /// <summary>Real-time reports (0x05) received.</summary>
        public int Reports;

        /// <summary>Real-time reports the cloud took.</summary>
        public int ReportsDelivered;

        /// <summary>Record reports (0x08) received.</summary>
        public int Records;

        /// <summary>Record reports received while the cloud was away (kept by the module, answered as stored).</summary>
        public int RecordsKeptOffline;

        /// <summary>DP commands (0x09) sent.</summary>
        public int DpCommands;

        /// <summary>DP commands the MCU acknowledged.</summary>
        public int DpCommandsAcknowledged;

        /// <summary>MCU requests this module does not know.</summary>
        public int UnknownRequests;

        /// <summary>Reset commands (0x03) taken: each restarts the module, which joins the network again.</summary>
        public int ModuleResets;

        /// <summary>Writes from the MCU that were not one well-formed frame.</summary>
        public int MalformedWrites;

        /// <summary>Frames that did not fit a free slot (a test bug, never expected).</summary>
        public int Overflows;

        /// <summary>The network status the module last reported.</summary>
        public byte Network
        {
            get { return _network; }
        }

        /// <summary>True when the cloud takes reports.</summary>
        public bool IsCloudConnected
        {
            get { return _network == NetworkStatus.CloudConnected; }
        }

        /// <summary>When <see cref="Poll"/> or <see cref="Read"/> next has something to do, or <see cref="long.MaxValue"/>.</summary>
        public long NextDueMs
        {
            get
            {
                long due = ProductInfoReceived ? _networkStageAt : _nextProductQueryAt;
                for (int i = 0; i < Slots; i++)
                {
                    if (_slotLength[i] > 0 && _slotDue[i] < due)
                    {
                        due = _slotDue[i];
                    }
                }

                return due;
            }
        }

        /// <summary>Sends what the module's own timers say is due: product queries, then the network coming up.</summary>
        public void Poll()
        {
            long now = _clock.UptimeMs;
            if (!ProductInfoReceived && now >= _nextProductQueryAt)
            {
                ProductQueries++;
                Send(TuyaCommand.QueryProductInfo, 0, 0);
                _nextProductQueryAt = now + ProductQueryEveryMs;
            }

            if (now >= _networkStageAt)
            {
                // Searching, network found, connected, cloud connected: one step a second.
                _networkStage++;
                SetNetwork((byte)_networkStage);
                _networkStageAt = _networkStage < NetworkStatus.CloudConnected ? now + 1000 : long.MaxValue;
            }
        }

        /// <summary>Reports a network change (an outage: <see cref="NetworkStatus.ConnectedNotBound"/>; back: <see cref="NetworkStatus.CloudConnected"/>).</summary>
        public void SetNetwork(byte status)
        {
            _network = status;
            _data[0] = status;
            Send(TuyaCommand.ReportNetworkStatus, 1, 0);
        }

        /// <summary>Sends a DP command (0x09) carrying the DP units in <paramref name="units"/>.</summary>
        public void SendDpCommand(byte[] units, int offset, int count)
        {
            DpCommands++;
            Array.Copy(units, offset, _data, 0, count);
            Send(TuyaCommand.SendCommand, count, 0);
        }

        /// <summary>Delivers the frames that are due, whole frames only.</summary>
        public int Read(byte[] buffer, int offset, int count)
        {
            long now = _clock.UptimeMs;
            int taken = 0;
            while (true)
            {
                int next = -1;
                for (int i = 0; i < Slots; i++)
                {
                    if (_slotLength[i] > 0 && _slotDue[i] <= now && (next < 0 || _slotDue[i] < _slotDue[next]))
                    {
                        next = i;
                    }
                }

                if (next < 0 || _slotLength[next] > count - taken)
                {
                    return taken;
                }

                Array.Copy(_slotFrame, next * SlotBytes, buffer, offset + taken, _slotLength[next]);
                taken += _slotLength[next];
                _slotLength[next] = 0;
            }
        }

        /// <summary>
        /// Takes the MCU's bytes. The link writes each frame whole in one call, so a write is checked
        /// as a frame where it lies, with no parser buffer; anything else is counted as malformed.
        /// </summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (count < FrameFormat.Overhead || buffer[offset] != FrameFormat.Header1 || buffer[offset + 1] != FrameFormat.Header2
                || (buffer[offset + FrameFormat.LengthOffset] << 8 | buffer[offset + FrameFormat.LengthOffset + 1]) != count - FrameFormat.Overhead
                || Checksum.Compute(buffer, offset, count - 1) != buffer[offset + count - 1])
            {
                MalformedWrites++;
                return;
            }

            OnFrame(buffer, offset, count);
        }

        // One frame from the MCU: an answer to the module's command, or a request to answer.
        private void OnFrame(byte[] buffer, int offset, int count)
        {
            byte command = buffer[offset + FrameFormat.CommandOffset];
            switch (command)
            {
                case TuyaCommand.QueryProductInfo:
                    if (!ProductInfoReceived)
                    {
                        ProductInfoReceived = true;
                        _networkStage = 0;
                        _networkStageAt = _clock.UptimeMs + 500;
                    }

                    return;
                case TuyaCommand.SendCommand:
                    DpCommandsAcknowledged++;
                    return;
                case TuyaCommand.ReportNetworkStatus:
                case TuyaCommand.CheckBatteryLevel:
                case TuyaCommand.ReportOperatingStatus:
                    return;
                case TuyaCommand.ReportRealTimeStatus:
                    Reports++;
                    bool delivered = IsCloudConnected && RefuseReports == 0;
                    RefuseReports -= RefuseReports > 0 ? 1 : 0;
                    if (Listener != null)
                    {
                        Listener.OnReport(buffer, offset + FrameFormat.DataOffset, count - FrameFormat.Overhead, delivered);
                    }

                    if (delivered)
                    {
                        ReportsDelivered++;
                    }

                    Answer(command, delivered ? CommandResult.ReportSuccess : CommandResult.ReportFailure, CloudLatencyMs);
                    return;
                case TuyaCommand.ReportRecordData:
                    Records++;
                    if (!IsCloudConnected)
                    {
                        RecordsKeptOffline++;
                    }

                    Answer(command, CommandResult.RecordSuccess, IsCloudConnected ? CloudLatencyMs : LocalLatencyMs);
                    return;
            }

            AnswerRequest(command);
        }

        private void AnswerRequest(byte command)
        {
            switch (command)
            {
                case TuyaCommand.GetGmtTime:
                case TuyaCommand.GetLocalTime:
                    TuyaTime.FromUnixSeconds(UnixAtZero + _clock.UptimeMs / 1000).WriteReply(_data, 0, _network == NetworkStatus.CloudConnected);
                    Send(command, TuyaTime.ReplyLength, LocalLatencyMs);
                    return;
                case TuyaCommand.QuerySignalStrength:
                    _data[0] = 1;
                    _data[1] = 40;
                    Send(command, 2, LocalLatencyMs);
                    return;
                case TuyaCommand.GetNetworkStatus:
                    Answer(command, _network == NetworkStatus.Unknown ? NetworkStatus.Searching : _network, LocalLatencyMs);
                    return;
                case TuyaCommand.GetImei:
                    SendBytes(command, _imei);
                    return;
                case TuyaCommand.GetImsi:
                    SendBytes(command, _imsi);
                    return;
                case TuyaCommand.GetIccid:
                    SendBytes(command, _iccid);
                    return;
                case TuyaCommand.GetCesq:
                    SendBytes(command, _cesq);
                    return;
                case TuyaCommand.SetSleepLock:
                case TuyaCommand.SetDeviceSleep:
                    Send(command, 0, LocalLatencyMs);
                    return;
                case TuyaCommand.SendHeartbeat:
                case TuyaCommand.SetHeartbeatInterval:
                case TuyaCommand.SetT3324:
                case TuyaCommand.SetRecordWakeUpInterval:
                    Answer(command, CommandResult.SetSuccess, LocalLatencyMs);
                    return;
                case TuyaCommand.QueryBindingStatus:
                    Answer(command, CommandResult.Bound, LocalLatencyMs);
                    return;
                case TuyaCommand.GetOperatingStatus:
                    Answer(command, 1, LocalLatencyMs);
                    return;
                case TuyaCommand.SetApn:
                    Answer(command, CommandResult.ApnSuccess, LocalLatencyMs);
                    return;
                case TuyaCommand.ResetModule:
                    // As the protocol has it: acknowledged, then the module restarts (it asks for the
                    // product information again) and joins the network again, one step a second.
                    ModuleResets++;
                    Send(command, 0, LocalLatencyMs);
                    _network = NetworkStatus.Unknown;
                    ProductInfoReceived = false;
                    _networkStageAt = long.MaxValue;
                    _nextProductQueryAt = _clock.UptimeMs + LocalLatencyMs + 100;
                    return;
                default:
                    UnknownRequests++;
                    return;
            }
        }

        private void Answer(byte command, byte result, int latencyMs)
        {
            _data[0] = result;
            Send(command, 1, latencyMs);
        }

        private void SendBytes(byte command, byte[] data)
        {
            Array.Copy(data, _data, data.Length);
            Send(command, data.Length, LocalLatencyMs);
        }

        // Frames _data[0..length) into a free slot, due after latencyMs.
        private void Send(byte command, int length, int latencyMs)
        {
            for (int i = 0; i < Slots; i++)
            {
                if (_slotLength[i] == 0)
                {
                    _slotLength[i] = FrameWriter.Write(_slotFrame, i * SlotBytes, 0, command, _data, 0, length);
                    _slotDue[i] = _clock.UptimeMs + latencyMs;
                    return;
                }
            }

            Overflows++;
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
