using TuyaMcu.HostTests.Application;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class SettingCommandTests
{
    public static TheoryData<string, int, int, int> NumericSettings => new()
    {
        // command, default, min, max
        { "TDC", 3600, 30, 16777215 },
        { "TR", 900, 180, 86400 },
        { "NOUD", 8, 0, 32 },
        { "TTRMOD", 0, 0, 1 },
        { "CALCFLAG", 0, 0, 63 },
        { "INTMOD", 1, 0, 3 },
    };

    private static int Current(ConsoleRig rig, string command) => command switch
    {
        "TDC" => rig.Settings.TdcSeconds,
        "TR" => rig.Settings.TrSeconds,
        "NOUD" => rig.Settings.Noud,
        "TTRMOD" => rig.Settings.TriggerMode,
        "CALCFLAG" => rig.Settings.CalculateFlag,
        "INTMOD" => rig.Settings.EventUplinkMode,
        _ => throw new ArgumentException(command),
    };

    [Theory]
    [MemberData(nameof(NumericSettings))]
    public void NumericSetting_AllForms_AndEveryKindOfBadValue(string name, int defaultValue, int min, int max)
    {
        var rig = new ConsoleRig();
        string cmd = "AT+" + name;

        rig.Ok(cmd + "=?", defaultValue.ToString());
        rig.Ok(cmd, defaultValue.ToString());
        rig.Ok(cmd.ToLowerInvariant() + "=?", defaultValue.ToString());
        Assert.Contains(cmd + "=<", rig.Send(cmd + "?")[0]);

        rig.Ok(cmd + "=" + min);
        Assert.Equal(min, Current(rig, name));
        rig.Ok(cmd + "=" + max);
        Assert.Equal(max, Current(rig, name));
        rig.Ok(cmd + "=?", max.ToString());

        // Each refusal names the command and the value, and changes nothing.
        rig.Error(cmd + "=" + (max + 1L), cmd + "=" + (max + 1L) + ": must be " + min + ".." + max);
        if (min > 0)
        {
            rig.Error(cmd + "=" + (min - 1), cmd + "=" + (min - 1) + ": must be " + min + ".." + max);
        }

        rig.Error(cmd + "=-1", cmd + "=-1: must be " + min + ".." + max);
        rig.Error(cmd + "=12x", cmd + "=12x: not a whole number");
        rig.Error(cmd + "=", cmd + "=: a value is needed");
        rig.Error(cmd + "=99999999999", cmd + "=99999999999: must be");
        rig.Error(cmd + "=1.5", "not a whole number");
        rig.Error(cmd + "=0x1", "not a whole number");
        Assert.Equal(max, Current(rig, name));
    }

    [Fact]
    public void Tdc_SaysItsUnit_AndChangesTheUplinkInterval()
    {
        var rig = new ConsoleRig();
        rig.Error("AT+TDC=29", "AT+TDC=29: must be 30..16777215 s");

        rig.Ok("AT+TDC=600");
        Assert.Equal(600, rig.App.Get(Cpn01Dp.ReportInterval));
    }

    [Fact]
    public void Ttrig_SetsBoth_AllOrNothing()
    {
        var rig = new ConsoleRig();
        rig.Ok("AT+TTRIG=?", "0,0");

        rig.Ok("AT+TTRIG=1,30");
        Assert.Equal((1, 30), (rig.Settings.AlarmKeepStatus, rig.Settings.AlarmKeepTimeSeconds));
        rig.Ok("AT+TTRIG", "1,30");
        rig.Ok("AT+TTRIG= 0 , 65535 ");
        rig.Ok("AT+TTRIG=?", "0,65535");

        rig.Error("AT+TTRIG=2,10", "AT+TTRIG=2,10: keep status must be 0..1");
        rig.Error("AT+TTRIG=1,65536", "AT+TTRIG=1,65536: keep time must be 0..65535 s");
        rig.Error("AT+TTRIG=1,-1", "keep time must be");
        rig.Error("AT+TTRIG=1", "AT+TTRIG=1: two values are needed");
        rig.Error("AT+TTRIG=", "two values are needed");
        rig.Error("AT+TTRIG=1,2,3", "keep time not a whole number");
        rig.Error("AT+TTRIG=x,5", "keep status not a whole number");
        rig.Error("AT+TTRIG=,5", "keep status a value is needed");
        Assert.Equal((0, 65535), (rig.Settings.AlarmKeepStatus, rig.Settings.AlarmKeepTimeSeconds));
    }

    [Fact]
    public void SetCnt_SetsTheCount_AndSavesIt()
    {
        var rig = new ConsoleRig();

        rig.Ok("AT+SETCNT=100");
        Assert.Equal(100, rig.App.Get(Cpn01Dp.TotalCount));

        // Saved at once: a power cut right after loses nothing.
        rig.Bench.PowerCut();
        rig.Reattach();
        rig.Ok("AT+SETCNT=?", "100");
        rig.Ok("AT+SETCNT=16777215");
        rig.Ok("AT+SETCNT=0");

        rig.Error("AT+SETCNT", "AT+SETCNT needs a value: AT+SETCNT=<count>");
        rig.Error("AT+SETCNT=16777216", "AT+SETCNT=16777216: must be 0..16777215");
        rig.Error("AT+SETCNT=-3", "must be 0..16777215");
        rig.Error("AT+SETCNT=ten", "not a whole number");
        Assert.Equal(0, rig.App.Get(Cpn01Dp.TotalCount));
    }

    [Fact]
    public void Clrc_ClearsTheCount_AndTakesNoValue()
    {
        var rig = new ConsoleRig();
        rig.Send("AT+SETCNT=42");

        rig.Error("AT+CLRC=1", "AT+CLRC takes no value (run it as AT+CLRC)");
        rig.Error("AT+CLRC=?", "AT+CLRC has no value to get");
        Assert.Equal(42, rig.App.Get(Cpn01Dp.TotalCount));
        rig.Ok("AT+CLRC");
        Assert.Equal(0, rig.App.Get(Cpn01Dp.TotalCount));
    }

    [Fact]
    public void CfgMod_MapsOneAndTwo_ToContactAndPulse()
    {
        var rig = new ConsoleRig();
        rig.Ok("AT+CFGMOD=?", "1");

        rig.Ok("AT+CFGMOD=2");
        Assert.Equal(Cpn01Settings.ModePulse, rig.Settings.WorkMode);
        rig.Ok("AT+CFGMOD", "2");
        rig.Ok("AT+CFGMOD=1");
        Assert.Equal(Cpn01Settings.ModeContact, rig.Settings.WorkMode);

        rig.Error("AT+CFGMOD=0", "AT+CFGMOD=0: must be 1..2 (1 contact, 2 pulse)");
        rig.Error("AT+CFGMOD=3", "must be 1..2");
        rig.Error("AT+CFGMOD=pulse", "not a whole number");
        Assert.Equal(Cpn01Settings.ModeContact, rig.Settings.WorkMode);
    }

    [Fact]
    public void SettingsMadeOverAt_AreReportedToTheCloud()
    {
        var rig = new ConsoleRig(joined: true);

        rig.Ok("AT+TDC=1200");
        rig.Run(10_000);

        Assert.Contains(CloudDps.Reports(rig.Bench.Module), r => r.Dps.TryGetValue(Cpn01Dp.ReportInterval, out object? v) && (int)v == 1200);
    }

    [Fact]
    public void SettingsMadeOverAt_SurviveAReboot()
    {
        var rig = new ConsoleRig();
        rig.Ok("AT+TDC=600");
        rig.Ok("AT+TTRIG=1,45");
        rig.Ok("AT+INTMOD=3");
        rig.Run(1_000);

        // A reboot without ATZ: the settings were saved when they changed.
        rig.Bench.Reboot();
        rig.Reattach();

        rig.Ok("AT+TDC=?", "600");
        rig.Ok("AT+TTRIG=?", "1,45");
        rig.Ok("AT+INTMOD=?", "3");
    }
}
