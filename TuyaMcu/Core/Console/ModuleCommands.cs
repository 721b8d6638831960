using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Platform;

// Why this file is long: one AT command per module request of the serial protocol, each a
// few lines of parsing, sending and answering; splitting them by command would scatter one table.
namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The commands that ask the Tuya module something through the serial protocol: APN, T3324,
    /// HBI, SLEEPLOCK, WAKEINT, CSQ, CESQ, IMEI, IMSI, ICCID, NETSTAT, BIND, MODSTAT, HEARTBEAT,
    /// MODSLEEP, TIME, MODRESET. The run and set forms queue a request; the answer is printed when
    /// its outcome arrives (<see cref="IsWaiting"/> until then). The get form of a query prints
    /// what is already known without asking. Values are checked before anything is sent.
    /// </summary>
    public sealed class ModuleCommands : IAtCommandGroup, IModuleRequestObserver
    {
        private readonly CommandDispatcher _dispatcher;
        private readonly DeviceSettings _settings;
        private readonly ConsoleOutput _out;
        private string _pending;
        private int _tag;
        private string _pendingDetail;

        /// <summary>Sends through <paramref name="dispatcher"/>, answering on <paramref name="output"/>; <paramref name="settings"/> keep the sleep lock.</summary>
        public ModuleCommands(CommandDispatcher dispatcher, DeviceSettings settings, ConsoleOutput output)
        {
            _dispatcher = dispatcher;
            _settings = settings;
            _out = output;
        }

        /// <summary>True while a request waits for its outcome.</summary>
        public bool IsWaiting
        {
            get { return _pending != null; }
        }

        /// <inheritdoc />
        public void WriteSummaries(ConsoleOutput output)
        {
            output.Line("AT+APN: Set the APN (module)");
            output.Line("AT+T3324: Set the T3324 active timer, s (module)");
            output.Line("AT+HBI: Set the heartbeat interval, s (module)");
            output.Line("AT+SLEEPLOCK: Module sleep lock (1 stay awake, 0 may sleep)");
            output.Line("AT+WAKEINT: Set the record wake-up interval, s (module)");
            output.Line("AT+CSQ: Signal strength (module)");
            output.Line("AT+CESQ: Extended signal quality (module)");
            output.Line("AT+IMEI: IMEI (module)");
            output.Line("AT+IMSI: IMSI (module)");
            output.Line("AT+ICCID: ICCID (module)");
            output.Line("AT+NETSTAT: Network status (module)");
            output.Line("AT+BIND: Binding status (module)");
            output.Line("AT+MODSTAT: Operating status (module)");
            output.Line("AT+HEARTBEAT: Send a heartbeat (module)");
            output.Line("AT+MODSLEEP: Put the module to sleep");
            output.Line("AT+TIME: Fetch GMT time (module)");
            output.Line("AT+MODRESET: Factory-reset the module");
        }

        /// <inheritdoc />
        public void WriteNotes(ConsoleOutput output)
        {
        }

        /// <inheritdoc />
        public string Usage(string name)
        {
            switch (name)
            {
                case "APN": return "AT+APN=<apn>[,<pdp type>] sets the module's APN (command 0xC2); apn: 1..100 letters, digits, '.', '-', '_'; pdp type IP (default), IPv6, IPv4v6 or Non-IP";
                case "T3324": return "AT+T3324=<s> sets the module's active timer before PSM, 0..4294967295 s (command 0xB9; needs a SIM card)";
                case "HBI": return "AT+HBI=<s> sets the module's network heartbeat interval, 1..4294967295 s (command 0xB3; the module's default is 8 h)";
                case "SLEEPLOCK": return "AT+SLEEPLOCK=<0|1>: 1 keeps the module awake, 0 lets it enter PSM when idle (command 0xB2)";
                case "WAKEINT": return "AT+WAKEINT=<s> sets the wake-up interval for unsent record data, 120..4294967295 s (command 0xC1; the module's minimum is 120 s)";
                case "CSQ": return "AT+CSQ asks the module for the signal (command 0x0B) and prints the RSRP level, dBm and CSQ; AT+CSQ=? prints the last reading";
                case "CESQ": return "AT+CESQ asks the module for RxLev, BER, RSCP, Ec/No, RSRQ and RSRP (command 0xB7); AT+CESQ=? prints the last reading";
                case "IMEI": return "AT+IMEI asks the module for its IMEI (command 0xBD); AT+IMEI=? prints the one known";
                case "IMSI": return "AT+IMSI asks the module for the SIM's IMSI (command 0xB5); AT+IMSI=? prints the one known";
                case "ICCID": return "AT+ICCID asks the module for the SIM's ICCID (command 0xB6); AT+ICCID=? prints the one known";
                case "NETSTAT": return "AT+NETSTAT asks the module for its network status (command 0x2B): 1 searching, 2 network found, 3 connected not bound, 4 cloud connected; AT+NETSTAT=? prints the last known";
                case "BIND": return "AT+BIND asks the module whether the device is bound (command 0xBB); AT+BIND=? prints the last known";
                case "MODSTAT": return "AT+MODSTAT asks the module for its operating status 0..7 (command 0xBF); AT+MODSTAT=? prints the last known";
                case "HEARTBEAT": return "AT+HEARTBEAT makes the module send a heartbeat packet (command 0xB1)";
                case "MODSLEEP": return "AT+MODSLEEP tells the module to sleep (command 0xC0)";
                case "TIME": return "AT+TIME fetches GMT time from the module (command 0x10), sets the clock and prints it";
                case "MODRESET": return "AT+MODRESET resets the module to its factory settings (command 0x03); it restarts and joins again";
                default: return null;
            }
        }

        /// <summary>Runs the command (not the help form); false when it is not one of these. <see cref="IsWaiting"/> tells whether a request went out whose answer follows later.</summary>
        public bool Execute(AtLine line)
        {
            string name = line.Name;
            switch (name)
            {
                case "APN":
                    SetApn(name, line);
                    return true;
                case "T3324":
                    SetSeconds(name, line, 0);
                    return true;
                case "HBI":
                    SetSeconds(name, line, 1);
                    return true;
                case "WAKEINT":
                    SetSeconds(name, line, 120);
                    return true;
                case "SLEEPLOCK":
                    SetSleepLock(name, line);
                    return true;
                case "HEARTBEAT":
                case "MODSLEEP":
                case "TIME":
                case "MODRESET":
                    if (line.Form != AtForm.Run)
                    {
                        _out.Error(Replies.RunOnly(line));
                        return true;
                    }

                    Send(name, null);
                    return true;
                case "CSQ":
                case "CESQ":
                case "IMEI":
                case "IMSI":
                case "ICCID":
                case "NETSTAT":
                case "BIND":
                case "MODSTAT":
                    Query(name, line);
                    return true;
                default:
                    return false;
            }
        }

        /// <inheritdoc />
        public void WriteConfiguration(ConsoleOutput output)
        {
        }

        /// <inheritdoc />
        public void WriteState(ConsoleOutput output)
        {
            ModuleState module = _dispatcher.State;
            output.Line("Network: " + NetworkText(module.NetworkStatus));
            output.Line("Signal: " + (module.RsrpLevel < 0 ? "unknown" : SignalText(module.RsrpLevel)));
            output.Line("IMEI: " + Known(module.Imei));
            output.Line("IMSI: " + Known(module.Imsi));
            output.Line("ICCID: " + Known(module.Iccid));
            output.Line("Time synced: " + (module.TimeSyncedAtMs < 0 ? "no" : "yes"));
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

        void IModuleRequestObserver.OnRequestCompleted(ModuleRequestOutcome outcome)
        {
            if (_pending == null || outcome.Tag != _tag)
            {
                return;
            }

            string id = _pending;
            _pending = null;
            if (outcome.Status == ModuleRequestStatus.TimedOut)
            {
                _out.Error("module did not answer");
                return;
            }

            if (outcome.Status == ModuleRequestStatus.Cancelled)
            {
                _out.Error("module did not answer (the link was reset, the module restarted)");
                return;
            }

            if (outcome.Status == ModuleRequestStatus.Malformed)
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
            string notSaved = id == "SLEEPLOCK" ? _settings.RememberSleepLock(_dispatcher.State.SleepLocked) : null;
            if (notSaved != null)
            {
                _out.Error("the module took it, but " + notSaved + " (tried again later)");
                return;
            }

            _out.Reply(SuccessText(id, outcome));
        }

        private void SetApn(string id, AtLine line)
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

        private void SetSeconds(string id, AtLine line, long min)
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
            if (id == "T3324")
            {
                Start(id, "T3324 set to " + seconds.ToString() + " s");
                queued = _dispatcher.SetT3324(value, this, _tag);
            }
            else if (id == "HBI")
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

        private void SetSleepLock(string id, AtLine line)
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

        private void Query(string id, AtLine line)
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

        private void Send(string id, string detail)
        {
            Start(id, detail);
            bool queued;
            switch (id)
            {
                case "CSQ":
                    queued = _dispatcher.QuerySignal(this, _tag);
                    break;
                case "CESQ":
                    queued = _dispatcher.QueryCesq(this, _tag);
                    break;
                case "IMEI":
                    queued = _dispatcher.QueryImei(this, _tag);
                    break;
                case "IMSI":
                    queued = _dispatcher.QueryImsi(this, _tag);
                    break;
                case "ICCID":
                    queued = _dispatcher.QueryIccid(this, _tag);
                    break;
                case "NETSTAT":
                    queued = _dispatcher.QueryNetworkStatus(this, _tag);
                    break;
                case "BIND":
                    queued = _dispatcher.QueryBindingStatus(this, _tag);
                    break;
                case "MODSTAT":
                    queued = _dispatcher.QueryOperatingStatus(this, _tag);
                    break;
                case "HEARTBEAT":
                    queued = _dispatcher.SendHeartbeat(this, _tag);
                    break;
                case "MODSLEEP":
                    queued = _dispatcher.RequestModuleSleep(this, _tag);
                    break;
                case "TIME":
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
        private void Start(string id, string detail)
        {
            _tag++;
            _pending = id;
            _pendingDetail = detail;
        }

        private void QueueFull()
        {
            _pending = null;
            _out.Error("request queue full (the module link is busy; try again in a moment)");
        }

        private string KnownText(string id)
        {
            ModuleState state = _dispatcher.State;
            switch (id)
            {
                case "CSQ":
                    return state.RsrpLevel < 0 ? "no reading yet (AT+CSQ asks the module)" : SignalText(state.RsrpLevel);
                case "CESQ":
                    return state.HasCesq ? CesqText(state.Cesq) : "no reading yet (AT+CESQ asks the module)";
                case "IMEI":
                    return state.Imei == null ? "unknown yet (AT+IMEI asks the module)" : state.Imei;
                case "IMSI":
                    return state.Imsi == null ? "unknown yet (AT+IMSI asks the module)" : state.Imsi;
                case "ICCID":
                    return state.Iccid == null ? "unknown yet (AT+ICCID asks the module)" : state.Iccid;
                case "NETSTAT":
                    return NetworkText(state.NetworkStatus);
                case "BIND":
                    return BindingText(state.Bound);
                default:
                    return state.OperatingStatus == OperatingStatus.Unknown ? "unknown" : OperatingText(state.OperatingStatus);
            }
        }

        private string SuccessText(string id, ModuleRequestOutcome outcome)
        {
            ModuleState state = _dispatcher.State;
            switch (id)
            {
                case "CSQ":
                    return SignalText(state.RsrpLevel);
                case "CESQ":
                    return CesqText(state.Cesq);
                case "IMEI":
                    return state.Imei;
                case "IMSI":
                    return state.Imsi;
                case "ICCID":
                    return state.Iccid;
                case "NETSTAT":
                    return NetworkText(state.NetworkStatus);
                case "BIND":
                    return BindingText(state.Bound);
                case "MODSTAT":
                    return OperatingText(state.OperatingStatus);
                case "HEARTBEAT":
                    return "heartbeat sent";
                case "MODSLEEP":
                    return "the module goes to sleep";
                case "MODRESET":
                    return "module reset to factory settings; it restarts and joins again";
                case "TIME":
                    bool success;
                    TuyaTime time;
                    TuyaTime.DecodeReply(outcome.Buffer, outcome.DataOffset, outcome.DataLength, out success, out time);
                    return time.ToString() + "Z (Unix " + time.ToUnixSeconds().ToString() + ")";
                default:
                    return _pendingDetail;
            }
        }

        private static string RefusalText(string id)
        {
            switch (id)
            {
                case "CSQ":
                    return "module refused: it has no signal reading (not on a network yet?)";
                case "TIME":
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

        private static string Known(string value)
        {
            return value == null ? "unknown" : value;
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
