using TuyaMcu.Board;
using TuyaMcu.Profiles.Pom01n;
using TuyaMcu.Protocol;

namespace TuyaMcu.Tests.Firmware
{
    /// <summary>
    /// A simulated day of the whole POM01-N firmware (<see cref="FirmwareRig"/> on the DevKitC's
    /// POM01-N wiring): activation, a brown-out, an AT console session, a CLOCKLOG downlink and a
    /// refused one, a four-hour outage in battery mode (deep sleeps, each wake a new boot from flash),
    /// a cloud gap hiding a short outage; from <see cref="FirmwareDay.SteadyFrom"/> on, only TDC
    /// uplinks, clock-log samples and a brown-out every three hours, on mains. The same day runs on the
    /// device and on the host, and under the memory bench (<c>tuyamcu bench memory --profile pom01n</c>).
    /// </summary>
    public sealed class Pom01nDay : IFirmwareDay
    {
        private const long Hour = FirmwareDay.Hour;
        private const long Minute = 60 * 1000;

        private const int LowOn = 0;
        private const int LowOff = 1;
        private const int OutageOn = 2;
        private const int OutageOff = 3;
        private const int ConsoleSession = 4;
        private const int ClockLogDownlink = 5;
        private const int RefusedDownlink = 6;
        private const int CloudLost = 7;
        private const int CloudBack = 8;

        private static readonly long[] EventAt = new long[]
        {
            1 * Hour, 1 * Hour + 30 * Minute + 1000, 2 * Hour, 3 * Hour, 4 * Hour, 5 * Hour + 7000, 9 * Hour + 7000,
            10 * Hour, 10 * Hour + 20 * Minute + 3000, 10 * Hour + 40 * Minute + 3000, 11 * Hour,
            13 * Hour + 1000, 13 * Hour + 5 * Minute + 1000, 16 * Hour + 1000, 16 * Hour + 5 * Minute + 1000,
            19 * Hour + 1000, 19 * Hour + 5 * Minute + 1000, 22 * Hour + 1000, 22 * Hour + 5 * Minute + 1000,
        };

        private static readonly int[] EventKind = new int[]
        {
            LowOn, LowOff, ConsoleSession, ClockLogDownlink, RefusedDownlink, OutageOn, OutageOff,
            CloudLost, OutageOn, OutageOff, CloudBack,
            LowOn, LowOff, LowOn, LowOff, LowOn, LowOff, LowOn, LowOff,
        };

        private readonly byte[] _units = new byte[16];
        private readonly byte[] _clockLog = new byte[] { 0x0A, 0x01, 0x00, 0x00, 0x0F, 0x08 };
        private readonly byte[] _refused = new byte[] { 0x0A, 0x01, 0x0E, 0x10, 0x0F, 0x08 };
        private readonly DpWriter _writer = new DpWriter();
        private int _next;

        /// <summary>A day of the POM01-N firmware with its factory settings, keeping <paramref name="logCapacity"/> log entries (0: the firmware's default).</summary>
        public Pom01nDay(int logCapacity)
        {
            Rig = new FirmwareRig(Boards.Esp32DevKitCPom01n(), logCapacity > 0 ? new Pom01nProfile(null, logCapacity) : new Pom01nProfile());
        }

        /// <inheritdoc />
        public FirmwareRig Rig { get; private set; }

        /// <inheritdoc />
        public void Start()
        {
            Rig.Start();
        }

        /// <inheritdoc />
        public void RunUntil(long uptimeMs)
        {
            while (_next < EventAt.Length && EventAt[_next] <= uptimeMs)
            {
                Rig.RunUntil(EventAt[_next]);
                Apply(EventKind[_next++]);
            }

            Rig.RunUntil(uptimeMs);
        }

        private void Apply(int kind)
        {
            switch (kind)
            {
                case LowOn:
                case LowOff:
                    Rig.SetActive(Pom01nApplication.LowVoltageRole, kind == LowOn);
                    break;
                case OutageOn:
                case OutageOff:
                    Rig.SetActive(Pom01nApplication.PowerOutageRole, kind == OutageOn);
                    break;
                case ConsoleSession:
                    Rig.ConsoleLine.Type(Pom01nProfile.DefaultPassword);
                    Rig.ConsoleLine.Type("AT+INTMOD=1,3");
                    Rig.ConsoleLine.Type("AT+CFG");
                    break;
                case ClockLogDownlink:
                    Downlink(_clockLog);
                    break;
                case RefusedDownlink:
                    Downlink(_refused);
                    break;
                case CloudLost:
                    Rig.Module.SetNetwork(NetworkStatus.ConnectedNotBound);
                    break;
                case CloudBack:
                    Rig.Module.SetNetwork(NetworkStatus.CloudConnected);
                    break;
            }
        }

        private void Downlink(byte[] value)
        {
            _writer.Reset(_units, 0, _units.Length);
            _writer.WriteRaw(Pom01nDp.Pom01nDownlink, value, 0, value.Length);
            Rig.Module.SendDpCommand(_units, 0, _writer.Length);
        }
    }
}
