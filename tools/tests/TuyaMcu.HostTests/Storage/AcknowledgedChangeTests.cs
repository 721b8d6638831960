using System.Text;
using TuyaMcu.AtConsole;
using TuyaMcu.Hal;
using TuyaMcu.HostTests.AtConsole;
using TuyaMcu.Protocol;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Storage;

/// <summary>
/// OK means saved: the process is killed the moment the answer goes out — the flash is copied as
/// the console writes its OK, or as the MCU writes the report back of a DP command — and a device
/// started from that copy has the acknowledged change.
/// </summary>
public sealed class AcknowledgedChangeTests
{
    private const long Minute = 60_000;

    [Theory]
    [InlineData("AT+TDC=11649", "AT+TDC=?", "11649")]
    [InlineData("AT+TR=600", "AT+TR=?", "600")]
    [InlineData("AT+NOUD=12", "AT+NOUD=?", "12")]
    [InlineData("AT+TTRIG=1,30", "AT+TTRIG=?", "1,30")]
    [InlineData("AT+TTRMOD=1", "AT+TTRMOD=?", "1")]
    [InlineData("AT+CALCFLAG=42", "AT+CALCFLAG=?", "42")]
    [InlineData("AT+INTMOD=3", "AT+INTMOD=?", "3")]
    [InlineData("AT+CFGMOD=2", "AT+CFGMOD=?", "2")]
    [InlineData("AT+SETCNT=777", "AT+SETCNT=?", "777")]
    [InlineData("AT+DEBUG=1", "AT+DEBUG=?", "1")]
    [InlineData("AT+DEUI=0011223344556677", "AT+DEUI=?", "0011223344556677")]
    public void Setting_IsOnFlash_WhenItsOkGoesOut(string command, string query, string expected)
    {
        var device = new KilledAtAnswer();

        MemoryStorage flash = device.Send(command);

        Assert.Equal([expected, "OK"], new ConsoleRig(storage: flash).Send(query));
    }

    [Fact]
    public void Password_IsOnFlash_WhenItsOkGoesOut()
    {
        var device = new KilledAtAnswer();

        MemoryStorage flash = device.Send("AT+PWORD=s3cret99");

        var restarted = new ConsoleRig(storage: flash, login: false);
        Assert.StartsWith("ERROR: wrong password", restarted.Send(Cpn01Profile.DefaultPassword)[0]);
        Assert.Equal(["Correct password", "OK"], restarted.Send("s3cret99"));
    }

    [Fact]
    public void ClearedCount_IsOnFlash_WhenItsOkGoesOut()
    {
        var device = new KilledAtAnswer();
        device.Send("AT+SETCNT=777");

        MemoryStorage flash = device.Send("AT+CLRC");

        Assert.Equal(["0", "OK"], new ConsoleRig(storage: flash).Send("AT+SETCNT=?"));
    }

    [Theory]
    [InlineData("AT+CDP=0", true)]
    [InlineData("AT+CLRDTA", false)]
    public void DatalogCommand_IsOnFlash_WhenItsOkGoesOut(string command, bool keepsRecords)
    {
        // Records every 3 minutes, none uplinked yet: pending, with their time known.
        var device = new KilledAtAnswer();
        device.Send("AT+TR=180");
        device.Rig.Run(10 * Minute);
        Assert.True(device.Rig.App.Datalog.PendingCount >= 3);

        MemoryStorage flash = device.Send(command);

        var restarted = new ConsoleRig(storage: flash);
        Assert.Equal(["0 cached record(s)", "OK"], restarted.Send("AT+CDP=?"));
        Assert.Equal(keepsRecords ? device.Rig.App.Datalog.Count : 0, restarted.App.Datalog.Count);
    }

    [Fact]
    public void SleepLock_IsOnFlash_WhenItsOkGoesOut()
    {
        var device = new KilledAtAnswer();

        MemoryStorage flash = device.Send("AT+SLEEPLOCK=1", ConsoleRig.ModuleWaitMs);

        Assert.True(new ConsoleRig(storage: flash).DeviceSettings.SleepLock);
    }

    [Fact]
    public void FactoryReset_HasErased_WhenItsOkGoesOut()
    {
        var device = new KilledAtAnswer();
        device.Send("AT+TDC=600");

        MemoryStorage flash = device.Send("AT+FDR");

        Assert.Equal(["3600", "OK"], new ConsoleRig(storage: flash).Send("AT+TDC=?"));
    }

    [Fact]
    public void Atz_HasSavedTheCounts_WhenItsOkGoesOut()
    {
        var device = new KilledAtAnswer();
        for (int i = 0; i < 3; i++)
        {
            device.Rig.Bench.SetContact(closed: false);
            device.Rig.Run(1_000);
            device.Rig.Bench.SetContact(closed: true);
            device.Rig.Run(1_000);
        }

        MemoryStorage flash = device.Send("ATZ");

        Assert.Equal(["3", "OK"], new ConsoleRig(storage: flash).Send("AT+SETCNT=?"));
    }

    public static TheoryData<string, byte[], byte> DpCommands => new()
    {
        // what, the command's units, the DP its report back carries
        { "report_interval=11649", [Cpn01Dp.ReportInterval, DpType.Value, 0, 4, 0, 0, 0x2D, 0x81], Cpn01Dp.ReportInterval },
        // (fewer than 100 counts from the total: the count-triggered save would not write it)
        { "set_count=42", [Cpn01Dp.SetCount, DpType.Value, 0, 4, 0, 0, 0, 42], Cpn01Dp.TotalCount },
        { "downlink 01002D81 (TDC 11649)", [Cpn01Dp.Cpn01Downlink, DpType.Raw, 0, 4, 0x01, 0x00, 0x2D, 0x81], Cpn01Dp.ReportInterval },
        { "downlink 06000003 (INTMOD 3)", [Cpn01Dp.Cpn01Downlink, DpType.Raw, 0, 4, 0x06, 0x00, 0x00, 0x03], Cpn01Dp.EventUplink },
    };

    [Theory]
    [MemberData(nameof(DpCommands))]
    public void DpCommand_IsOnFlash_WhenItsReportBackGoesOut(string what, byte[] units, byte reported)
    {
        var flash = new MemoryStorage();
        var bench = new DeviceBench(storage: flash);
        MemoryStorage? atReport = null;
        bool sent = false;
        bench.Hardware.ModuleTransport = new ReportTap(bench.World.McuTransport, reported, () =>
        {
            if (sent)
            {
                atReport ??= BrokenFlash.Copy(flash);
            }
        });
        bench.Reboot();
        bench.Loop.RunFor(Minute);

        sent = true;
        bench.Module.SendDpCommand(units);
        bench.Loop.RunFor(10_000);

        Assert.True(atReport != null, what + ": no report back");
        var restarted = new DeviceBench(storage: atReport);
        switch (what)
        {
            case "set_count=42":
                Assert.Equal(42, restarted.Counters.Total);
                break;
            case "downlink 06000003 (INTMOD 3)":
                Assert.Equal(Cpn01Settings.EventsClose, restarted.Settings.EventUplinkMode);
                break;
            default:
                Assert.Equal(11649, restarted.Settings.TdcSeconds);
                break;
        }
    }

    /// <summary>A console whose flash is copied the moment it answers (OK or ERROR): what a process killed right then leaves.</summary>
    private sealed class KilledAtAnswer
    {
        private readonly MemoryStorage _flash = new();
        private readonly StringBuilder _written = new();
        private MemoryStorage? _atAnswer;
        private bool _watching;

        public KilledAtAnswer()
        {
            Rig = new ConsoleRig(new ConsoleOptions { InactivityTimeoutMs = 0 }, storage: _flash, joined: true);
            Rig.Transport.Wrote = OnWrite;
        }

        public ConsoleRig Rig { get; }

        /// <summary>Sends <paramref name="line"/>, asserts the answer ends in OK, and returns the flash as it was when the OK went out.</summary>
        public MemoryStorage Send(string line, long runMs = 50)
        {
            _atAnswer = null;
            _written.Clear();
            _watching = true;
            string[] answer = Rig.Send(line, runMs);
            _watching = false;
            Assert.True(answer.Length > 0 && answer[^1] == "OK", $"{line} -> [{string.Join(" | ", answer)}]");
            return _atAnswer!;
        }

        private void OnWrite(string text)
        {
            _written.Append(text);
            if (_watching && _atAnswer == null && _written.ToString().EndsWith("OK\r\n", StringComparison.Ordinal))
            {
                _atAnswer = BrokenFlash.Copy(_flash);
            }
        }
    }

    /// <summary>The MCU's side of the module line, calling back the moment the MCU writes a real-time report (0x05) carrying DP <paramref name="dp"/>.</summary>
    private sealed class ReportTap(IByteTransport inner, byte dp, Action onReport) : IByteTransport
    {
        public int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public void Write(byte[] buffer, int offset, int count)
        {
            if (count > 7 && buffer[offset] == 0x55 && buffer[offset + 1] == 0xAA && buffer[offset + 3] == TuyaCommand.ReportRealTimeStatus)
            {
                var reader = new DpReader();
                reader.Reset(buffer, offset + 6, (buffer[offset + 4] << 8) | buffer[offset + 5]);
                while (reader.MoveNext())
                {
                    if (reader.Id == dp)
                    {
                        onReport();
                    }
                }
            }

            inner.Write(buffer, offset, count);
        }
    }
}
