using TuyaMcu.Dispatch;
using TuyaMcu.Link;
using TuyaMcu.Protocol;
using TuyaMcu.Sensor;

namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The commands that ask the Tuya module something through the serial protocol: APN, T3324,
    /// HBI, SLEEPLOCK, WAKEINT, CSQ, CESQ, IMEI, IMSI, ICCID, NETSTAT, BIND, MODSTAT, HEARTBEAT,
    /// MODSLEEP, TIME, MODRESET. The run and set forms queue a request; the answer is printed when
    /// its outcome arrives (<see cref="IsPending"/> until then). The get form of a query prints
    /// what is already known without asking. Values are checked before anything is sent.
    /// </summary>
    public sealed class ModuleCommands : IRequestObserver
    {
        private readonly CommandDispatcher _dispatcher;
        private readonly SensorApplication _app;
        private readonly ConsoleOutput _out;
        private int _pendingId = -1;
        private int _tag;
        private string _pendingDetail;

        /// <summary>Sends through <paramref name="dispatcher"/>, answering on <paramref name="output"/>; <paramref name="app"/> keeps the sleep lock.</summary>
        public ModuleCommands(CommandDispatcher dispatcher, SensorApplication app, ConsoleOutput output)
        {
            _dispatcher = dispatcher;
            _app = app;
            _out = output;
        }

        /// <summary>True while a request waits for its outcome.</summary>
        public bool IsPending
        {
            get { return _pendingId >= 0; }
        }

        /// <summary>True when <paramref name="id"/> is one of these commands.</summary>
        public static bool Handles(int id)
        {
            return id >= AtCommandCatalog.Apn && id <= AtCommandCatalog.ModReset;
        }

        /// <summary>Runs the command (not the help form). True when a request went out and the answer follows later.</summary>
        public bool Execute(int id, AtLine line)
        {
            switch (id)
            {
                case AtCommandCatalog.Apn:
                    SetApn(id, line);
                    break;
                case AtCommandCatalog.T3324:
                    SetSeconds(id, line, 0);
                    break;
                case AtCommandCatalog.Hbi:
                    SetSeconds(id, line, 1);
                    break;
                case AtCommandCatalog.WakeInt:
                    SetSeconds(id, line, 120);
                    break;
                case AtCommandCatalog.SleepLock:
                    SetSleepLock(id, line);
                    break;
                case AtCommandCatalog.Heartbeat:
                case AtCommandCatalog.ModSleep:
                case AtCommandCatalog.Time:
                case AtCommandCatalog.ModReset:
                    if (line.Form != AtForm.Run)
                    {
                        _out.Error(Replies.RunOnly(line));
                        break;
                    }

                    Send(id, null);
                    break;
                default:
                    Query(id, line);
                    break;
            }

            return IsPending;
        }

        /// <summary>A network status as "4 (cloud connected)", or "unknown".</summary>
        public static string NetworkText(byte status)
        {
            return status == NetworkStatus.Unknown ? "unknown" : status.ToString() + " (" + NetworkStatus.GetName(status) + ")";
        }

        /// <summary>An RSRP level as "RSRP level 80, -61 dBm, CSQ 25" (level 255: unknown).</summary>
        public static string SignalText(int level)
        {
            int csq = SignalConversion.RsrpLevelToCsq(level);
            if (level < 0 || level > SignalQuality.MaxRsrpLevel)
            {
                return "RSRP level " + level.ToString() + " (unknown), CSQ " + csq.ToString();
            }

            int dbm = SignalQuality.RsrpLevelToDbm(level);
            string qualifier = level == 0 ? " or less" : level == SignalQuality.MaxRsrpLevel ? " or more" : string.Empty;
            return "RSRP level " + level.ToString() + ", " + dbm.ToString() + " dBm" + qualifier + ", CSQ " + csq.ToString();
        }

        void IRequestObserver.OnRequestCompleted(RequestOutcome outcome)
        {
            if (_pendingId < 0 || outcome.Tag != _tag)
            {
                return;
            }

            int id = _pendingId;
            _pendingId = -1;
            if (outcome.Status == RequestStatus.TimedOut)
            {
                _out.Error("module did not answer");
                return;
            }

            if (outcome.Status == RequestStatus.Cancelled)
            {
                _out.Error("module did not answer (the link was reset, the module restarted)");
                return;
            }

            if (outcome.Status == RequestStatus.Malformed)
            {
                _out.Error("module refused: its answer was malformed");
                return;
            }

            if (!CommandDispatcher.IsSuccess(outcome))
            {
                _out.Error(RefusalText(id));
                return;
            }

            // The sleep lock is remembered across reboots: OK only once that is saved.
            string notSaved = id == AtCommandCatalog.SleepLock ? _app.RememberSleepLock(_dispatcher.State.SleepLocked) : null;
            if (notSaved != null)
            {
                _out.Error("the module took it, but " + notSaved + " (tried again later)");
                return;
            }

            _out.Reply(SuccessText(id, outcome));
        }

        private void SetApn(int id, AtLine line)
        {
            if (!IsSetForm(line, "<apn>[,<pdp type>]"))
            {
                return;
            }

            string apn = line.Value;
            string pdpType = "IP";
            int comma = apn.IndexOf(',');
            if (comma >= 0)
            {
                pdpType = CanonicalPdpType(apn.Substring(comma + 1).Trim());
                apn = apn.Substring(0, comma).Trim();
            }

            ApnSettings settings = new ApnSettings(apn, pdpType);
            string error = settings.Validate();
            if (error != null)
            {
                _out.Error(Replies.BadValue(line, error));
                return;
            }

            Start(id, "APN set to " + apn + " (" + pdpType + ")");
            if (!_dispatcher.SetApn(settings, this, _tag))
            {
                QueueFull();
            }
        }

        private void SetSeconds(int id, AtLine line, long min)
        {
            if (!IsSetForm(line, "<seconds>"))
            {
                return;
            }

            long seconds;
            string error = line.ParseNumber(min, uint.MaxValue, "s", null, out seconds);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            uint value = (uint)seconds;
            bool queued;
            if (id == AtCommandCatalog.T3324)
            {
                Start(id, "T3324 set to " + seconds.ToString() + " s");
                queued = _dispatcher.SetT3324(value, this, _tag);
            }
            else if (id == AtCommandCatalog.Hbi)
            {
                Start(id, "heartbeat interval set to " + seconds.ToString() + " s");
                queued = _dispatcher.SetHeartbeatInterval(value, this, _tag);
            }
            else
            {
                Start(id, "record wake-up interval set to " + seconds.ToString() + " s");
                queued = _dispatcher.SetRecordWakeUpInterval(value, this, _tag);
            }

            if (!queued)
            {
                QueueFull();
            }
        }

        private void SetSleepLock(int id, AtLine line)
        {
            if (!IsSetForm(line, "<0|1>"))
            {
                return;
            }

            long value;
            string error = line.ParseNumber(0, 1, null, "(1 keeps the module awake, 0 lets it sleep)", out value);
            if (error != null)
            {
                _out.Error(error);
                return;
            }

            Start(id, value == 1 ? "sleep lock on: the module stays awake" : "sleep lock off: the module may sleep when idle");
            if (!_dispatcher.SetSleepLock(value == 1, this, _tag))
            {
                QueueFull();
            }
        }

        // The module's settings are only ever set: the protocol has no query to read them back.
        private bool IsSetForm(AtLine line, string valueForm)
        {
            if (line.Form == AtForm.Set)
            {
                return true;
            }

            _out.Error(line.Form == AtForm.Get ? Replies.CannotRead(line) : Replies.NeedsValue(line, valueForm));
            return false;
        }

        private void Query(int id, AtLine line)
        {
            if (line.Form == AtForm.Set)
            {
                _out.Error(Replies.RunOnly(line));
                return;
            }

            if (line.Form == AtForm.Get)
            {
                _out.Reply(KnownText(id));
                return;
            }

            Send(id, null);
        }

        private void Send(int id, string detail)
        {
            Start(id, detail);
            bool queued;
            switch (id)
            {
                case AtCommandCatalog.Csq:
                    queued = _dispatcher.QuerySignal(this, _tag);
                    break;
                case AtCommandCatalog.Cesq:
                    queued = _dispatcher.QueryCesq(this, _tag);
                    break;
                case AtCommandCatalog.Imei:
                    queued = _dispatcher.QueryImei(this, _tag);
                    break;
                case AtCommandCatalog.Imsi:
                    queued = _dispatcher.QueryImsi(this, _tag);
                    break;
                case AtCommandCatalog.Iccid:
                    queued = _dispatcher.QueryIccid(this, _tag);
                    break;
                case AtCommandCatalog.NetStat:
                    queued = _dispatcher.QueryNetworkStatus(this, _tag);
                    break;
                case AtCommandCatalog.Bind:
                    queued = _dispatcher.QueryBindingStatus(this, _tag);
                    break;
                case AtCommandCatalog.ModStat:
                    queued = _dispatcher.QueryOperatingStatus(this, _tag);
                    break;
                case AtCommandCatalog.Heartbeat:
                    queued = _dispatcher.SendHeartbeat(this, _tag);
                    break;
                case AtCommandCatalog.ModSleep:
                    queued = _dispatcher.RequestModuleSleep(this, _tag);
                    break;
                case AtCommandCatalog.Time:
                    queued = _dispatcher.QueryGmtTime(this, _tag);
                    break;
                default:
                    queued = _dispatcher.ResetModule(this, _tag);
                    break;
            }

            if (!queued)
            {
                QueueFull();
            }
        }

        // Marks the request pending before it is queued, under a fresh tag, so a late outcome
        // of an earlier request can never be taken for this one's.
        private void Start(int id, string detail)
        {
            _tag++;
            _pendingId = id;
            _pendingDetail = detail;
        }

        private void QueueFull()
        {
            _pendingId = -1;
            _out.Error("request queue full (the module link is busy; try again in a moment)");
        }

        private string KnownText(int id)
        {
            ModuleState state = _dispatcher.State;
            switch (id)
            {
                case AtCommandCatalog.Csq:
                    return state.RsrpLevel < 0 ? "no reading yet (AT+CSQ asks the module)" : SignalText(state.RsrpLevel);
                case AtCommandCatalog.Cesq:
                    return state.HasCesq ? CesqText(state.Cesq) : "no reading yet (AT+CESQ asks the module)";
                case AtCommandCatalog.Imei:
                    return state.Imei == null ? "unknown yet (AT+IMEI asks the module)" : state.Imei;
                case AtCommandCatalog.Imsi:
                    return state.Imsi == null ? "unknown yet (AT+IMSI asks the module)" : state.Imsi;
                case AtCommandCatalog.Iccid:
                    return state.Iccid == null ? "unknown yet (AT+ICCID asks the module)" : state.Iccid;
                case AtCommandCatalog.NetStat:
                    return NetworkText(state.NetworkStatus);
                case AtCommandCatalog.Bind:
                    return BindingText(state.Bound);
                default:
                    return state.OperatingStatus == OperatingStatus.Unknown ? "unknown" : OperatingText(state.OperatingStatus);
            }
        }

        private string SuccessText(int id, RequestOutcome outcome)
        {
            ModuleState state = _dispatcher.State;
            switch (id)
            {
                case AtCommandCatalog.Csq:
                    return SignalText(state.RsrpLevel);
                case AtCommandCatalog.Cesq:
                    return CesqText(state.Cesq);
                case AtCommandCatalog.Imei:
                    return state.Imei;
                case AtCommandCatalog.Imsi:
                    return state.Imsi;
                case AtCommandCatalog.Iccid:
                    return state.Iccid;
                case AtCommandCatalog.NetStat:
                    return NetworkText(state.NetworkStatus);
                case AtCommandCatalog.Bind:
                    return BindingText(state.Bound);
                case AtCommandCatalog.ModStat:
                    return OperatingText(state.OperatingStatus);
                case AtCommandCatalog.Heartbeat:
                    return "heartbeat sent";
                case AtCommandCatalog.ModSleep:
                    return "the module goes to sleep";
                case AtCommandCatalog.ModReset:
                    return "module reset to factory settings; it restarts and joins again";
                case AtCommandCatalog.Time:
                    bool success;
                    TuyaTime time;
                    TuyaTime.DecodeReply(outcome.Buffer, outcome.DataOffset, outcome.DataLength, out success, out time);
                    return time.ToString() + "Z (Unix " + time.ToUnixSeconds().ToString() + ")";
                default:
                    return _pendingDetail;
            }
        }

        private static string RefusalText(int id)
        {
            switch (id)
            {
                case AtCommandCatalog.Csq:
                    return "module refused: it has no signal reading (not on a network yet?)";
                case AtCommandCatalog.Time:
                    return "module refused: it does not know the time (no cloud connection yet?)";
                default:
                    return "module refused";
            }
        }

        private static string CesqText(byte[] cesq)
        {
            return "RxLev " + cesq[0].ToString() + ", BER " + cesq[1].ToString() + ", RSCP " + cesq[2].ToString()
                + ", Ec/No " + cesq[3].ToString() + ", RSRQ " + cesq[4].ToString() + ", RSRP " + cesq[5].ToString();
        }

        private static string BindingText(int bound)
        {
            return bound < 0 ? "unknown" : bound == 1 ? "1 (bound)" : "0 (not bound)";
        }

        private static string OperatingText(byte status)
        {
            return status.ToString() + " (" + OperatingStatus.GetName(status) + ")";
        }

        private static string CanonicalPdpType(string text)
        {
            // Accept any case; the module wants the spec's spelling.
            string upper = text.ToUpper();
            if (upper == "IP")
            {
                return "IP";
            }

            if (upper == "IPV6")
            {
                return "IPv6";
            }

            if (upper == "IPV4V6")
            {
                return "IPv4v6";
            }

            return upper == "NON-IP" ? "Non-IP" : text;
        }
    }
}
