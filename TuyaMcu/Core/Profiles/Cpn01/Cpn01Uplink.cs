using TuyaMcu.Dispatch;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Protocol;
using TuyaMcu.Storage;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01's uplink, as a state machine the application starts and the module's answers drive:
    /// the signal query, the real-time report (the state DPs and the CPN01 payload), then the pending
    /// datalog records, each as a record report with its own time; a report the module does not
    /// acknowledge is tried again with the back-off of <see cref="UplinkRetry"/>. Also the report of a
    /// setting an AT command changed, so the cloud shows it. Allocates nothing.
    /// </summary>
    public sealed class Cpn01Uplink : IModuleRequestObserver
    {
        private const string Component = "sensor";
        private const int TagSignal = -1;
        private const int TagReport = -2;
        private const int TagSettingReport = -3;
        private const int TagRecord = 0;

        private readonly IDpHandler _dps;
        private readonly CommandDispatcher _dispatcher;
        private readonly Persistence _persistence;
        private readonly UplinkRetry _retry;
        private readonly Datalog _datalog;
        private readonly Cpn01Settings _settings;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly DpWriter _writer = new DpWriter();
        private readonly byte[] _report;
        private readonly byte[] _record = new byte[32];

        private UplinkStage _stage;
        private int _recordCursor;
        private int _recordsThisUplink;
        private int _recordLimit;
        private uint _recordInFlight;

        // The settings an AT command changed, to report, one bit per DP id: 32 bytes where a bool[256]
        // would take 276 of heap.
        private readonly int[] _settingReports = new int[8];
        private int _settingReportsPending;

        /// <summary>Sends through <paramref name="device"/>'s dispatcher what <paramref name="dps"/> (the application) writes, with <paramref name="datalog"/>'s records.</summary>
        public Cpn01Uplink(Device device, IDpHandler dps, Datalog datalog, Cpn01Settings settings)
        {
            _dps = dps;
            _dispatcher = device.Dispatcher;
            _persistence = device.Persistence;
            _retry = device.Retry;
            _datalog = datalog;
            _settings = settings;
            _clock = device.Hardware.Clock;
            _log = device.Hardware.Log == null ? NullLog.Instance : device.Hardware.Log;
            _report = _dispatcher.ReportBuffer;
        }

        /// <summary>True when an uplink is to go as soon as the cloud is reachable.</summary>
        public bool Due { get; set; }

        /// <summary>True while the cloud is connected (the application follows the network status): records go only then.</summary>
        public bool Online { get; set; }

        /// <summary>True when no uplink is under way.</summary>
        public bool IsIdle
        {
            get { return _stage == UplinkStage.Idle; }
        }

        /// <summary>True while a setting's report waits for room in the request queue.</summary>
        public bool HasSettingReports
        {
            get { return _settingReportsPending > 0; }
        }

        /// <summary>Uplinks started.</summary>
        public long Uplinks { get; private set; }

        /// <summary>Uplinks put off because the cloud could not be reached.</summary>
        public long UplinksPutOff { get; private set; }

        /// <summary>Real-time reports the module did not acknowledge (the uplink is tried again).</summary>
        public long ReportFailures { get; private set; }

        /// <summary>Real-time reports the module acknowledged.</summary>
        public long ReportsAcknowledged { get; private set; }

        /// <summary>Record reports the module acknowledged.</summary>
        public long RecordsAcknowledged { get; private set; }

        /// <summary>Record reports that failed (the record stays pending and is sent again).</summary>
        public long RecordFailures { get; private set; }

        /// <summary>
        /// Starts an uplink: the signal, then the report, then records. <paramref name="wholeBacklog"/>:
        /// the first uplink after an outage (or failures) sends every pending record, so the datalog
        /// does not fill up while it drains NOUD at a time; otherwise NOUD records (none at 0).
        /// </summary>
        public void Start(bool wholeBacklog)
        {
            _recordLimit = _settings.Noud == 0 ? 0 : wholeBacklog ? _datalog.Capacity : _settings.Noud;
            Due = false;
            _retry.Started();
            Uplinks++;
            _stage = UplinkStage.Signal;
            if (!_dispatcher.QuerySignal(this, TagSignal))
            {
                SendReport();
            }
        }

        /// <summary>The cloud is out of reach: the chip need not wait for it, the uplink is tried again later.</summary>
        public void PutOff(long now)
        {
            Due = false;
            UplinksPutOff++;
            _retry.Failed(now, _settings.TdcSeconds, false);
            byte status = _dispatcher.State.NetworkStatus;
            string why = _dispatcher.Recovery.IsUnreachable ? "the module does not answer" : "network status " + status.ToString() + " (" + NetworkStatus.GetName(status) + ")";
            _log.Write(LogLevel.Info, Component, "uplink put off: " + why + "; tried again in " + ((_retry.RetryAtMs - now) / 1000).ToString() + " s");
        }

        /// <summary>Reports <paramref name="dp"/> (a setting an AT command changed; the count for set_count and clear_count) at the next <see cref="ReportSettings"/>.</summary>
        public void QueueSettingReport(byte dp)
        {
            if (dp == Cpn01Dp.SetCount || dp == Cpn01Dp.ClearCount)
            {
                dp = Cpn01Dp.TotalCount;
            }

            DpDefinition definition = _dispatcher.Dps.Find(dp);
            if (definition != null && definition.IsReported && (_settingReports[dp >> 5] & (1 << (dp & 31))) == 0)
            {
                _settingReports[dp >> 5] |= 1 << (dp & 31);
                _settingReportsPending++;
            }
        }

        /// <summary>Queues the report of one changed setting, if the request queue has room.</summary>
        public void ReportSettings()
        {
            for (int dp = 1; dp < 256; dp++)
            {
                if ((_settingReports[dp >> 5] & (1 << (dp & 31))) == 0)
                {
                    continue;
                }

                _writer.Reset(_record, 0, _record.Length);
                _dispatcher.Dps.WriteCurrent(dp, _writer);
                if (_writer.Length > 0 && !_dispatcher.ReportStatus(_record, 0, _writer.Length, this, TagSettingReport))
                {
                    // The queue is full: try again on the next pass.
                    return;
                }

                _settingReports[dp >> 5] &= ~(1 << (dp & 31));
                _settingReportsPending--;
                return;
            }
        }

        void IModuleRequestObserver.OnRequestCompleted(ModuleRequestOutcome outcome)
        {
            long now = _clock.UptimeMs;
            if (outcome.Tag == TagSignal)
            {
                SendReport();
                return;
            }

            if (outcome.Tag == TagSettingReport)
            {
                return;
            }

            bool success = CommandDispatcher.IsSuccess(outcome);
            if (outcome.Tag == TagReport)
            {
                if (!success)
                {
                    // Records would fare no better: they go with the retry.
                    ReportFailures++;
                    _retry.Failed(now, _settings.TdcSeconds, outcome.Status == ModuleRequestStatus.Answered);
                    _log.Write(LogLevel.Warning, Component, "uplink report not acknowledged (" + StatusText(outcome) + "); tried again in " + ((_retry.RetryAtMs - now) / 1000).ToString() + " s");
                    _stage = UplinkStage.Idle;
                    return;
                }

                ReportsAcknowledged++;
                _retry.Succeeded();
                _stage = UplinkStage.Records;
                _recordCursor = 0;
                _recordsThisUplink = 0;
                SendNextRecord();
                return;
            }

            // TagRecord: a record report.
            if (success)
            {
                RecordsAcknowledged++;
                _datalog.MarkSent(_recordInFlight);
                _persistence.StateChanged(0, false);
                SendNextRecord();
                return;
            }

            RecordFailures++;
            _log.Write(LogLevel.Warning, Component, "record " + _recordInFlight.ToString() + " not acknowledged (" + StatusText(outcome) + "); kept for the next uplink");
            _stage = UplinkStage.Idle;
        }

        private void SendReport()
        {
            _writer.Reset(_report, 0, _report.Length);
            _dps.WriteCurrent(Cpn01Dp.DoorContactState, _writer);
            _dps.WriteCurrent(Cpn01Dp.BatteryPercentage, _writer);
            _dps.WriteCurrent(Cpn01Dp.BatteryState, _writer);
            _dps.WriteCurrent(Cpn01Dp.TotalCount, _writer);
            _dps.WriteCurrent(Cpn01Dp.LastOpenDuration, _writer);
            _dps.WriteCurrent(Cpn01Dp.OpenAlarm, _writer);
            _dps.WriteCurrent(Cpn01Dp.BatteryVoltage, _writer);
            _dps.WriteCurrent(Cpn01Dp.SignalStrength, _writer);
            _dps.WriteCurrent(Cpn01Dp.Cpn01Payload, _writer);
            _stage = UplinkStage.Report;
            if (!_dispatcher.ReportStatus(_report, 0, _writer.Length, this, TagReport))
            {
                ReportFailures++;
                _log.Write(LogLevel.Warning, Component, "uplink report not queued: request queue full");
                _stage = UplinkStage.Idle;
                Due = true;
            }
        }

        private void SendNextRecord()
        {
            // A record goes only while the cloud is connected: the module would keep it, and could lose it.
            int index = _recordsThisUplink < _recordLimit && Online ? _datalog.NextSendable(_recordCursor) : -1;
            if (index < 0)
            {
                _stage = UplinkStage.Idle;
                return;
            }

            _recordCursor = index + 1;
            _recordsThisUplink++;
            _recordInFlight = _datalog.SequenceAt(index);
            _writer.Reset(_record, 0, _record.Length);
            _writer.WriteBool(Cpn01Dp.DoorContactState, !_datalog.ClosedAt(index));
            _writer.WriteValue(Cpn01Dp.TotalCount, _datalog.TotalAt(index));
            _writer.WriteValue(Cpn01Dp.LastOpenDuration, _datalog.DurationAt(index));
            if (!_dispatcher.ReportRecord(_datalog.StampAt(index), _record, 0, _writer.Length, this, TagRecord))
            {
                _stage = UplinkStage.Idle;
            }
        }

        private static string StatusText(ModuleRequestOutcome outcome)
        {
            if (outcome.Status == ModuleRequestStatus.Answered)
            {
                return "result 0x" + outcome.FirstDataByte.ToString("X2");
            }

            return outcome.Status == ModuleRequestStatus.TimedOut ? "timed out" : outcome.Status == ModuleRequestStatus.Malformed ? "malformed answer" : "cancelled";
        }

        // Where the uplink is: idle, asking for the signal, sending the report, sending the records.
        private enum UplinkStage
        {
            Idle,
            Signal,
            Report,
            Records,
        }
    }
}
