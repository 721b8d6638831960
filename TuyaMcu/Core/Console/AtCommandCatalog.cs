namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// Every AT+ command the console knows, by id (the index in the catalog), with its help text;
    /// and the CPN01 commands that have no job here because the Tuya module, not this MCU, owns
    /// the cloud connection.
    /// </summary>
    public static class AtCommandCatalog
    {
        /// <summary>AT+TDC: uplink interval.</summary>
        public const int Tdc = 0;

        /// <summary>AT+TR: datalog interval.</summary>
        public const int Tr = 1;

        /// <summary>AT+NOUD: datalog records per uplink.</summary>
        public const int Noud = 2;

        /// <summary>AT+TTRIG: open alarm (keep status, keep time).</summary>
        public const int Ttrig = 3;

        /// <summary>AT+TTRMOD: count trigger.</summary>
        public const int Ttrmod = 4;

        /// <summary>AT+CALCFLAG: calculate flag.</summary>
        public const int CalcFlag = 5;

        /// <summary>AT+SETCNT: set the count.</summary>
        public const int SetCnt = 6;

        /// <summary>AT+CLRC: clear the count.</summary>
        public const int Clrc = 7;

        /// <summary>AT+INTMOD: event uplinks.</summary>
        public const int IntMod = 8;

        /// <summary>AT+CFGMOD: working mode.</summary>
        public const int CfgMod = 9;

        /// <summary>AT+CFG: print configuration and state.</summary>
        public const int Cfg = 10;

        /// <summary>AT+FDR: factory data reset.</summary>
        public const int Fdr = 11;

        /// <summary>AT+PWORD: the console password.</summary>
        public const int Pword = 12;

        /// <summary>AT+DEBUG: debug mode.</summary>
        public const int Debug = 13;

        /// <summary>AT+DEUI: device ID.</summary>
        public const int Deui = 14;

        /// <summary>AT+CDP: cached (pending) datalog records.</summary>
        public const int Cdp = 15;

        /// <summary>AT+CLRDTA: clear the datalog.</summary>
        public const int ClrDta = 16;

        /// <summary>AT+UPLINK: uplink now.</summary>
        public const int Uplink = 17;

        /// <summary>AT+APN: set the APN (0xC2).</summary>
        public const int Apn = 18;

        /// <summary>AT+T3324: set the T3324 active timer (0xB9).</summary>
        public const int T3324 = 19;

        /// <summary>AT+HBI: set the heartbeat interval (0xB3).</summary>
        public const int Hbi = 20;

        /// <summary>AT+SLEEPLOCK: the module's sleep lock (0xB2).</summary>
        public const int SleepLock = 21;

        /// <summary>AT+WAKEINT: record wake-up interval (0xC1).</summary>
        public const int WakeInt = 22;

        /// <summary>AT+CSQ: signal strength (0x0B).</summary>
        public const int Csq = 23;

        /// <summary>AT+CESQ: extended signal quality (0xB7).</summary>
        public const int Cesq = 24;

        /// <summary>AT+IMEI (0xBD).</summary>
        public const int Imei = 25;

        /// <summary>AT+IMSI (0xB5).</summary>
        public const int Imsi = 26;

        /// <summary>AT+ICCID (0xB6).</summary>
        public const int Iccid = 27;

        /// <summary>AT+NETSTAT: network status (0x2B).</summary>
        public const int NetStat = 28;

        /// <summary>AT+BIND: binding status (0xBB).</summary>
        public const int Bind = 29;

        /// <summary>AT+MODSTAT: operating status (0xBF).</summary>
        public const int ModStat = 30;

        /// <summary>AT+HEARTBEAT: send a heartbeat (0xB1).</summary>
        public const int Heartbeat = 31;

        /// <summary>AT+MODSLEEP: put the module to sleep (0xC0).</summary>
        public const int ModSleep = 32;

        /// <summary>AT+TIME: fetch GMT time (0x10).</summary>
        public const int Time = 33;

        /// <summary>AT+MODRESET: factory-reset the module (0x03).</summary>
        public const int ModReset = 34;

        /// <summary>Why the Dragino-only commands are refused.</summary>
        public const string NotUsedReason = "not used: the Tuya module handles the cloud connection";

        // Index = id. Ranges here repeat the DP schema's for the reader; the schema enforces them.
        private static readonly AtCommandInfo[] Commands = new AtCommandInfo[]
        {
            new AtCommandInfo("TDC", "Uplink interval, s", "AT+TDC=<s> sets the uplink interval, 30..16777215 s (DP 106 report_interval); AT+TDC=? or AT+TDC shows it"),
            new AtCommandInfo("TR", "Datalog record interval, s", "AT+TR=<s> sets the datalog interval, 180..86400 s (DP 107 record_interval); AT+TR=? shows it"),
            new AtCommandInfo("NOUD", "Datalog records per uplink", "AT+NOUD=<n> sets the datalog records sent per uplink, 0..32 (DP 108 records_per_uplink); AT+NOUD=? shows it"),
            new AtCommandInfo("TTRIG", "Alarm on timeout: keep status, keep time", "AT+TTRIG=<status>,<s>: alarm when the contact stays in a state too long; status 1 watches open, 0 watches closed; keep time 0..65535 s, 0 disables (DPs 109, 110; both checked before either is set); AT+TTRIG=? shows them"),
            new AtCommandInfo("TTRMOD", "Count trigger (0 close->open, 1 open->close)", "AT+TTRMOD=<0|1>: 0 counts close->open (falling edge), 1 counts open->close (rising edge) (DP 111 trigger_mode); AT+TTRMOD=? shows it"),
            new AtCommandInfo("CALCFLAG", "Calculate flag", "AT+CALCFLAG=<0..63> sets the user-defined calculate flag sent in the payload (DP 112 calculate_flag); AT+CALCFLAG=? shows it"),
            new AtCommandInfo("SETCNT", "Set the count", "AT+SETCNT=<n> sets the open/pulse count, 0..16777215 (DP 113 set_count); AT+SETCNT=? shows the count"),
            new AtCommandInfo("CLRC", "Clear the count", "AT+CLRC clears the open/pulse count (DP 114 clear_count)"),
            new AtCommandInfo("INTMOD", "Event uplinks (0 off,1 both,2 open,3 close)", "AT+INTMOD=<0..3>: uplink on contact events: 0 off, 1 on every change, 2 on open, 3 on close (DP 115 event_uplink); AT+INTMOD=? shows it"),
            new AtCommandInfo("CFGMOD", "Working mode (1 contact, 2 pulse)", "AT+CFGMOD=<1|2>: 1 counts contact opens, 2 counts meter pulses (DP 117 work_mode 0/1); AT+CFGMOD=? shows it"),
            new AtCommandInfo("CFG", "Print all configuration and state", "AT+CFG prints every setting (as the AT command that sets it) and the device's state"),
            new AtCommandInfo("FDR", "Factory data reset", "AT+FDR erases the configuration, counters and datalog (not the device ID) and reboots with the defaults"),
            new AtCommandInfo("PWORD", "Serial access password", "AT+PWORD=<password> sets the console password, 4..16 printable characters without spaces; AT+PWORD=? does not show it"),
            new AtCommandInfo("DEBUG", "Debug mode (0 off, 1 on)", "AT+DEBUG=<0|1> disables or enables debug mode; AT+DEBUG=? shows it"),
            new AtCommandInfo("DEUI", "Device ID", "AT+DEUI=<16 hex digits> sets the device ID sent in the payload (kept by AT+FDR); AT+DEUI=? shows it (by default 'f' + the IMEI)"),
            new AtCommandInfo("CDP", "Read or clear cached data", "AT+CDP prints the cached (not yet uplinked) datalog records; AT+CDP=0 clears them (marks them sent)"),
            new AtCommandInfo("CLRDTA", "Clear the datalog", "AT+CLRDTA clears the whole datalog (sent and cached records)"),
            new AtCommandInfo("UPLINK", "Uplink now", "AT+UPLINK sends an uplink as soon as the cloud is reachable"),
            new AtCommandInfo("APN", "Set the APN (module)", "AT+APN=<apn>[,<pdp type>] sets the module's APN (command 0xC2); apn: 1..100 letters, digits, '.', '-', '_'; pdp type IP (default), IPv6, IPv4v6 or Non-IP"),
            new AtCommandInfo("T3324", "Set the T3324 active timer, s (module)", "AT+T3324=<s> sets the module's active timer before PSM, 0..4294967295 s (command 0xB9; needs a SIM card)"),
            new AtCommandInfo("HBI", "Set the heartbeat interval, s (module)", "AT+HBI=<s> sets the module's network heartbeat interval, 1..4294967295 s (command 0xB3; the module's default is 8 h)"),
            new AtCommandInfo("SLEEPLOCK", "Module sleep lock (1 stay awake, 0 may sleep)", "AT+SLEEPLOCK=<0|1>: 1 keeps the module awake, 0 lets it enter PSM when idle (command 0xB2)"),
            new AtCommandInfo("WAKEINT", "Set the record wake-up interval, s (module)", "AT+WAKEINT=<s> sets the wake-up interval for unsent record data, 120..4294967295 s (command 0xC1; the module's minimum is 120 s)"),
            new AtCommandInfo("CSQ", "Signal strength (module)", "AT+CSQ asks the module for the signal (command 0x0B) and prints the RSRP level, dBm and CSQ; AT+CSQ=? prints the last reading"),
            new AtCommandInfo("CESQ", "Extended signal quality (module)", "AT+CESQ asks the module for RxLev, BER, RSCP, Ec/No, RSRQ and RSRP (command 0xB7); AT+CESQ=? prints the last reading"),
            new AtCommandInfo("IMEI", "IMEI (module)", "AT+IMEI asks the module for its IMEI (command 0xBD); AT+IMEI=? prints the one known"),
            new AtCommandInfo("IMSI", "IMSI (module)", "AT+IMSI asks the module for the SIM's IMSI (command 0xB5); AT+IMSI=? prints the one known"),
            new AtCommandInfo("ICCID", "ICCID (module)", "AT+ICCID asks the module for the SIM's ICCID (command 0xB6); AT+ICCID=? prints the one known"),
            new AtCommandInfo("NETSTAT", "Network status (module)", "AT+NETSTAT asks the module for its network status (command 0x2B): 1 searching, 2 network found, 3 connected not bound, 4 cloud connected; AT+NETSTAT=? prints the last known"),
            new AtCommandInfo("BIND", "Binding status (module)", "AT+BIND asks the module whether the device is bound (command 0xBB); AT+BIND=? prints the last known"),
            new AtCommandInfo("MODSTAT", "Operating status (module)", "AT+MODSTAT asks the module for its operating status 0..7 (command 0xBF); AT+MODSTAT=? prints the last known"),
            new AtCommandInfo("HEARTBEAT", "Send a heartbeat (module)", "AT+HEARTBEAT makes the module send a heartbeat packet (command 0xB1)"),
            new AtCommandInfo("MODSLEEP", "Put the module to sleep", "AT+MODSLEEP tells the module to sleep (command 0xC0)"),
            new AtCommandInfo("TIME", "Fetch GMT time (module)", "AT+TIME fetches GMT time from the module (command 0x10), sets the clock and prints it"),
            new AtCommandInfo("MODRESET", "Factory-reset the module", "AT+MODRESET resets the module to its factory settings (command 0x03); it restarts and joins again"),
        };

        // CPN01 commands for Dragino's direct IP uplinks (CoAP, UDP, MQTT, TCP) and its 5 V output.
        private static readonly string[] DraginoOnly = new string[]
        {
            "PRO", "SERVADDR", "URI", "CLIENT", "UNAME", "PWD", "PUBTOPIC", "SUBTOPIC", "RXDL", "5VT",
        };

        /// <summary>Commands in the catalog.</summary>
        public static int Count
        {
            get { return Commands.Length; }
        }

        /// <summary>The command with id <paramref name="id"/>.</summary>
        public static AtCommandInfo Get(int id)
        {
            return Commands[id];
        }

        /// <summary>The id of the command named <paramref name="upperName"/> (upper case, without AT+), or -1.</summary>
        public static int Find(string upperName)
        {
            for (int i = 0; i < Commands.Length; i++)
            {
                if (Commands[i].Name == upperName)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>True for a CPN01 command that has no job here (see <see cref="NotUsedReason"/>).</summary>
        public static bool IsDraginoOnly(string upperName)
        {
            for (int i = 0; i < DraginoOnly.Length; i++)
            {
                if (DraginoOnly[i] == upperName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The Dragino-only command names.</summary>
        public static int DraginoOnlyCount
        {
            get { return DraginoOnly.Length; }
        }

        /// <summary>The Dragino-only command at <paramref name="index"/>.</summary>
        public static string DraginoOnlyAt(int index)
        {
            return DraginoOnly[index];
        }
    }
}
