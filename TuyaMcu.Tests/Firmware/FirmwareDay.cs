using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// A simulated day of the whole firmware (<see cref="FirmwareRig"/>): the module boots and
    /// activates the MCU; then reports every TDC and a datalog record every TR, the contact opening
    /// for three minutes every forty, DP commands from the cloud (two settings, one out of range,
    /// one CPN01 downlink), a three-hour cloud outage the datalog bridges, and two AT console
    /// sessions; from <see cref="SteadyFrom"/> on, only reports, records and contact changes. The same day runs as a test on the device and on the host, and under the host's
    /// memory bench (<c>tuyamcu bench memory</c>).
    /// </summary>
    public sealed class FirmwareDay : IFirmwareDay
    {
        /// <summary>One hour, ms.</summary>
        public const long Hour = 3600L * 1000;

        /// <summary>The day, ms.</summary>
        public const long Day = 24 * Hour;

        /// <summary>By when the module has activated the MCU, ms.</summary>
        public const long ActivatedBy = 2 * 60 * 1000;

        /// <summary>The cloud is away from here...</summary>
        public const long OutageFrom = 8 * Hour;

        /// <summary>...to here.</summary>
        public const long OutageUntil = 11 * Hour;

        /// <summary>From here on the day has only reports, records and contact changes: steady state.</summary>
        public const long SteadyFrom = 12 * Hour;

        /// <summary>TDC the first DP command sets, s.</summary>
        public const int CommandedTdcSeconds = 1800;

        /// <summary>NOUD the second DP command sets.</summary>
        public const int CommandedNoud = 4;

        /// <summary>TDC the CPN01 downlink sets, s.</summary>
        public const int DownlinkTdcSeconds = 3600;

        /// <summary>NOUD the second console session sets.</summary>
        public const int ConsoleNoud = 8;

        private const long ContactEveryMs = 40 * 60 * 1000;
        private const long ContactFirstMs = 25 * 60 * 1000;
        private const long ContactOpenMs = 3 * 60 * 1000;

        private const int ConsoleSession = 0;
        private const int TdcCommand = 1;
        private const int NoudCommand = 2;
        private const int RefusedCommand = 3;
        private const int TdcDownlink = 4;
        private const int CloudLost = 5;
        private const int CloudBack = 6;
        private const int SecondConsoleSession = 7;

        // The scripted events other than the contact's, in time order.
        private static readonly long[] EventAt = new long[] { 1 * Hour, 2 * Hour, 3 * Hour, 5 * Hour, 6 * Hour, OutageFrom, OutageUntil, OutageUntil + Hour / 2 };
        private static readonly int[] EventKind = new int[] { ConsoleSession, TdcCommand, NoudCommand, RefusedCommand, TdcDownlink, CloudLost, CloudBack, SecondConsoleSession };

        private readonly byte[] _units = new byte[16];
        private readonly byte[] _downlink = new byte[] { 0x01, 0x00, 0x0E, 0x10 };
        private readonly DpWriter _writer = new DpWriter();
        private int _nextEvent;
        private long _nextContactAt = ContactFirstMs;
        private bool _contactOpen;

        /// <summary>A day whose firmware keeps <paramref name="datalogCapacity"/> datalog records (0: the firmware's default).</summary>
        public FirmwareDay(int datalogCapacity)
        {
            Rig = new FirmwareRig(datalogCapacity);
        }

        /// <summary>The firmware and its stand-ins.</summary>
        public FirmwareRig Rig { get; private set; }

        /// <summary>Contact openings so far.</summary>
        public int Openings { get; private set; }

        /// <summary>Builds and sets up the firmware (the boot).</summary>
        public void Start()
        {
            Rig.Start();
        }

        /// <summary>Runs the firmware and the script's events until <paramref name="uptimeMs"/>.</summary>
        public void RunUntil(long uptimeMs)
        {
            while (true)
            {
                long next = _nextEvent < EventAt.Length && EventAt[_nextEvent] < _nextContactAt ? EventAt[_nextEvent] : _nextContactAt;
                if (next > uptimeMs)
                {
                    Rig.RunUntil(uptimeMs);
                    return;
                }

                Rig.RunUntil(next);
                if (next == _nextContactAt)
                {
                    ToggleContact();
                }
                else
                {
                    Apply(EventKind[_nextEvent++]);
                }
            }
        }

        private void ToggleContact()
        {
            _contactOpen = !_contactOpen;
            Rig.SetContactOpen(_contactOpen);
            if (_contactOpen)
            {
                Openings++;
                _nextContactAt += ContactOpenMs;
            }
            else
            {
                _nextContactAt += ContactEveryMs - ContactOpenMs;
            }
        }

        private void Apply(int kind)
        {
            switch (kind)
            {
                case ConsoleSession:
                    Rig.ConsoleLine.Type(Cpn01Profile.DefaultPassword);
                    Rig.ConsoleLine.Type("AT+TDC=?");
                    Rig.ConsoleLine.Type("AT+CFG");
                    break;
                case TdcCommand:
                    SendValue(Cpn01Dp.ReportInterval, CommandedTdcSeconds);
                    break;
                case NoudCommand:
                    SendValue(Cpn01Dp.RecordsPerUplink, CommandedNoud);
                    break;
                case RefusedCommand:
                    SendValue(Cpn01Dp.ReportInterval, 10);
                    break;
                case TdcDownlink:
                    _writer.Reset(_units, 0, _units.Length);
                    _writer.WriteRaw(Cpn01Dp.Cpn01Downlink, _downlink, 0, _downlink.Length);
                    Rig.Module.SendDpCommand(_units, 0, _writer.Length);
                    break;
                case CloudLost:
                    Rig.Module.SetNetwork(NetworkStatus.ConnectedNotBound);
                    break;
                case CloudBack:
                    Rig.Module.SetNetwork(NetworkStatus.CloudConnected);
                    break;
                case SecondConsoleSession:
                    Rig.ConsoleLine.Type(Cpn01Profile.DefaultPassword);
                    Rig.ConsoleLine.Type("AT+NOUD=" + ConsoleNoud.ToString());
                    Rig.ConsoleLine.Type("AT+CDP");
                    break;
            }
        }

        private void SendValue(byte dp, int value)
        {
            _writer.Reset(_units, 0, _units.Length);
            _writer.WriteValue(dp, value);
            Rig.Module.SendDpCommand(_units, 0, _writer.Length);
        }
    }
}
